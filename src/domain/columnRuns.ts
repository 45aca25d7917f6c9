// Runs of adjacent columns, so that a set of columns is read or formatted in one Sheets call per run.

/** The columns (any order, repeats allowed) as runs of adjacent ones: [first, last], ascending. */
export function columnRuns(columns: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const c of [...new Set(columns)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else out.push([c, c]);
  }
  return out;
}
