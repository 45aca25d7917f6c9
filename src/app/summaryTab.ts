// Writes a summary tab without ever showing half of one: the new tab is built under a temporary name, then
// the old tab is deleted and the new one takes its name. A failure before the swap removes the new tab and
// leaves the old one as it was. Each block is one setValues.
import type { BlockKey, TabBlock, TabLayout } from '../ui/summarySheet';
import * as MSG_REPORT from '#shared/messages/report';
import { spreadsheet, toCell } from '../gas/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#f1f5f9';

export function replaceTab(name: string, layout: TabLayout): Sheet {
  const ss = spreadsheet();
  const temporary = name + MSG_REPORT.building;
  const stale = ss.getSheetByName(temporary); // left by a run that stopped between the delete and the rename
  if (stale) ss.deleteSheet(stale);
  const old = ss.getSheetByName(name);
  const sheet = ss.insertSheet(temporary, old ? old.getIndex() - 1 : ss.getNumSheets());
  try {
    sheet.hideSheet(); // a run cut off at the time limit cleans nothing up: people never see the half tab
    fill(sheet, layout);
    if (old) ss.deleteSheet(old);
  } catch (err) {
    ss.deleteSheet(sheet);
    throw err;
  }
  try {
    sheet.setName(name);
  } catch (err) {
    // The old tab is gone and the new one is complete: one more try before leaving it under the temporary name.
    console.warn(`Renaming ${temporary} failed once: ${String(err)}`);
    sheet.setName(name);
  }
  sheet.showSheet();
  return sheet;
}

/** Values block by block; then the formatting of the whole tab in a few calls, and the charts. */
function fill(sheet: Sheet, layout: TabLayout): void {
  const { blocks } = layout;
  const widthOf = (b: TabBlock) => Math.max(b.header?.length ?? 1, ...b.rows.map((r) => r.length));
  const width = Math.max(...blocks.map(widthOf));
  const weights: ('bold' | null)[][] = [];
  const backgrounds: (string | null)[][] = [];
  const firstRowOf: Partial<Record<BlockKey, number>> = {};
  const line = (weight: 'bold' | null, shade: readonly (string | null)[] = []) => {
    weights.push(Array.from({ length: width }, () => weight));
    backgrounds.push(Array.from({ length: width }, (_, c) => shade[c] ?? null));
  };
  for (const b of blocks) {
    line('bold');
    if (b.header)
      line(
        'bold',
        Array.from({ length: widthOf(b) }, () => HEADER_BACKGROUND),
      );
    if (b.key) firstRowOf[b.key] = weights.length + 1;
    b.rows.forEach((_, r) => line(null, b.shade?.[r]));
    for (let i = 0; i <= (b.space ?? 0); i++) line(null);
  }
  const height = weights.length;
  if (height > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), height - sheet.getMaxRows());
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  let row = 1;
  for (const b of blocks) {
    const w = widthOf(b);
    const lines = [[b.title], ...(b.header ? [[...b.header]] : []), ...b.rows];
    sheet
      .getRange(row, 1, lines.length, w)
      .setValues(lines.map((l) => Array.from({ length: w }, (_, i) => toCell(l[i] ?? ''))));
    row += lines.length + 1 + (b.space ?? 0);
  }
  const all = sheet.getRange(1, 1, height, width);
  all.setFontWeights(weights).setBackgrounds(backgrounds).setWrap(true).setVerticalAlignment('top');
  sheet.getRange(1, 1).setFontSize(14);
  layout.widths.forEach(([from, count, px]) => sheet.setColumnWidths(from, count, px));
  for (const chart of layout.charts) {
    const data = blocks.find((b) => b.key === chart.data);
    const first = firstRowOf[chart.data];
    const at = firstRowOf[chart.anchor];
    if (!data || first === undefined || at === undefined || data.rows.length === 0) continue;
    const builder = sheet.newChart();
    const typed = (chart.kind === 'bar' ? builder.asBarChart() : builder.asColumnChart()) as unknown as typeof builder;
    sheet.insertChart(
      typed
        .addRange(sheet.getRange(first - 1, 1, data.rows.length + 1, 1))
        .addRange(sheet.getRange(first - 1, 2, data.rows.length + 1, 1))
        .setNumHeaders(1)
        .setOption('title', chart.title)
        .setOption('legend', { position: 'none' })
        .setOption('width', chart.width)
        .setOption('height', chart.height)
        .setPosition(at, chart.column, 0, 0)
        .build(),
    );
  }
}
