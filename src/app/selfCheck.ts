// «Kiểm tra hệ thống» (admins only): runs every probe of gas/probes.ts, times each, and writes the results to the
// tab «Kiểm tra» with a JSON block to paste into an issue, so a real Sheet can be compared with the emulator.
import { PROBES } from '../gas/probes';
import { ensureTab, replaceBody } from '../gas/sheets';
import { activeUserEmail } from '../gas/session';
import { alert, showDialog } from '../gas/ui';
import { escapeHtml } from '#shared/escape';
import * as MSG_SELF_CHECK from '#shared/messages/selfCheck';
import { adminsOf } from './config';
import { errorText } from '#shared/errorText';
import { SELF_CHECK } from '../domain/tabs';

export interface ProbeResult {
  key: string;
  ok: boolean;
  observed: string;
  ms: number;
}

export interface SelfCheckReport {
  at: string;
  passed: number;
  total: number;
  results: ProbeResult[];
}

/** Runs every probe, one failure never stopping the others. */
export function runProbes(): SelfCheckReport {
  const results = PROBES.map((probe) => {
    const started = Date.now();
    let ok = true;
    let observed: string;
    try {
      observed = probe.run();
    } catch (err) {
      ok = false;
      observed = errorText(err);
    }
    return { key: probe.key, ok, observed, ms: Date.now() - started };
  });
  return {
    at: new Date().toISOString(),
    passed: results.filter((r) => r.ok).length,
    total: results.length,
    results,
  };
}

/** The tab «Kiểm tra»: one row a probe, then the JSON block. */
function writeTab(report: SelfCheckReport): void {
  const sheet = ensureTab(SELF_CHECK);
  const rows = report.results.map((r, i) => {
    const probe = PROBES[i]!;
    return [r.key, probe.label, probe.expected, r.ok ? MSG_SELF_CHECK.pass : MSG_SELF_CHECK.fail, r.observed, r.ms];
  });
  const blank = SELF_CHECK.headers.map(() => '');
  const json = [MSG_SELF_CHECK.jsonLabel, JSON.stringify(report), '', '', '', ''];
  replaceBody(sheet, [...rows, blank, json], SELF_CHECK.width);
}

/** The menu item: refuses anyone who is not an admin of «Cấu hình», then runs, writes and shows the result. */
export function selfCheckFromMenu(): void {
  if (!adminsOf().includes(activeUserEmail())) {
    alert(MSG_SELF_CHECK.title, MSG_SELF_CHECK.adminsOnly);
    return;
  }
  const report = runProbes();
  writeTab(report);
  const html =
    `<p style="font-family:sans-serif">${escapeHtml(MSG_SELF_CHECK.summary(report.passed, report.total))}</p>` +
    `<p style="font-family:sans-serif">${escapeHtml(MSG_SELF_CHECK.copyHint)}</p>` +
    `<textarea readonly style="width:100%;height:300px">${escapeHtml(JSON.stringify(report, null, 1))}</textarea>`;
  showDialog(html, MSG_SELF_CHECK.title, 640, 460);
}
