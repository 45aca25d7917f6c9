// A small SVG line chart (log-log) of pessimistic modelled time against rows, ours and the competent peer, per operation.
interface Point {
  op: string;
  rows: number;
  impl: string;
  pessimisticMs: number;
}

const COLORS: Record<string, string> = {
  submission: '#1d4ed8',
  'sidebar page': '#059669',
  'reviewer action': '#b45309',
  'monthly summary': '#b91c1c',
  'weekly digest': '#7c3aed',
  'ladder rebuild («Làm mới»)': '#0f766e',
};

export function chartSvg(points: readonly Point[]): string {
  const W = 720;
  const H = 420;
  const pad = { l: 70, r: 190, t: 20, b: 50 };
  const data = points.filter((p) => p.rows > 0 && p.pessimisticMs > 0 && p.impl !== 'naive' && p.op in COLORS);
  const xs = data.map((p) => Math.log10(p.rows));
  const ys = data.map((p) => Math.log10(p.pessimisticMs));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.floor(Math.min(...ys)), Math.ceil(Math.max(...ys))];
  const px = (v: number) => pad.l + ((Math.log10(v) - x0) / (x1 - x0 || 1)) * (W - pad.l - pad.r);
  const py = (v: number) => H - pad.b - ((Math.log10(v) - y0) / (y1 - y0 || 1)) * (H - pad.t - pad.b);
  const series = [...new Set(data.map((p) => `${p.op}|${p.impl}`))];
  const lines = series.map((key, i) => {
    const [op, impl] = key.split('|') as [string, string];
    const pts = data.filter((p) => p.op === op && p.impl === impl).sort((a, b) => a.rows - b.rows);
    const color = COLORS[op] ?? '#334155';
    const dash = impl === 'competent' ? ' stroke-dasharray="6 4"' : '';
    const path = pts.map((p) => `${px(p.rows).toFixed(1)},${py(p.pessimisticMs).toFixed(1)}`).join(' ');
    const label = `<text x="${W - pad.r + 10}" y="${pad.t + 16 + i * 18}" font-size="12" fill="${color}">${impl === 'competent' ? '- - ' : '—— '}${op}${impl === 'competent' ? ' (competent)' : ''}</text>`;
    return `<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${path}"/>${label}`;
  });
  const yTicks = Array.from({ length: y1 - y0 + 1 }, (_, k) => y0 + k).map(
    (e) =>
      `<text x="${pad.l - 8}" y="${py(10 ** e) + 4}" font-size="11" text-anchor="end">${e >= 3 ? `${10 ** (e - 3)} s` : `${10 ** e} ms`}</text><line x1="${pad.l}" x2="${W - pad.r}" y1="${py(10 ** e)}" y2="${py(10 ** e)}" stroke="#e2e8f0"/>`,
  );
  const xTicks = [...new Set(data.map((p) => p.rows))].map(
    (r) =>
      `<text x="${px(r)}" y="${H - pad.b + 18}" font-size="11" text-anchor="middle">${r.toLocaleString('en')}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif"><rect width="100%" height="100%" fill="#fff"/>${yTicks.join('')}${xTicks.join('')}<text x="${(W - pad.r + pad.l) / 2}" y="${H - 10}" font-size="12" text-anchor="middle">deed rows (log scale)</text>${lines.join('')}</svg>\n`;
}
