// A month of the campaign on the emulated runtime, through the built bundle: set-up, realistic submissions
// through onFormSubmit with the clock on each day, reviewers' decisions through the sidebar's server
// function, weekly triggers on Mondays, and the monthly trigger on the 1st of the next month.
import { closingDay, parseMonthKey } from '../src/domain/calendar';
import { SETTING_SPECS } from '../src/domain/settings';
import { RECOGNITIONS } from '../src/shared/codes';
import type { Recognition } from '../src/shared/codes';
import type { Unit } from '../src/domain/submission';
import type { DeedDetail, ReviewAction } from '#contract';
import { bootAddOn } from './addon';
import type { AddOn } from './addon';
import { SAMPLE_UNITS, demoSubmission, rng } from './demo';
import { ADMIN, LEADER, review, setUpSheet, submitAnswers } from './flows';
import type { SentMail } from './runtime';
import { UNITS } from '../src/domain/tabs';

export interface SimulateOptions {
  /** yyyy-MM */
  month: string;
  /** Units that submit (the registry keeps all 48 sample units, plus synthetic ones above 48). */
  units: number;
  deeds: number;
  seed: number;
}

export interface SimulateCounts {
  month: string;
  units: number;
  submitted: number;
  stored: number;
  needsFix: number;
  accepted: number;
  rejected: number;
  infoRequested: number;
  marked: Record<Recognition, number>;
  mailsSent: number;
  monthlyMail: { bytes: number; textBytes: number } | null;
  monthlyJob: { error: string | null; sheetsCalls: number; estimateMs: number };
}

const HOUR = 3_600_000;
/** The settings' default: at least two radio models a week; the simulated reviewers stop there. */
const RADIO_TARGET = 2;
const NOTES = [
  'Việc làm kịp thời, được người dân ghi nhận; đề nghị biểu dương.',
  'Đơn vị đã xác minh, có hình ảnh minh chứng.',
  'Gương tiêu biểu, nên nhân rộng trong khối.',
];

/** The month's days as UTC dates (what a date picker answers), and the instant of a local hour on one. */
const localInstant = (day: Date, hour: number) => new Date(day.getTime() + (hour - 7) * HOUR);

/** The submitting units: a seeded choice among the sample units, plus synthetic communes beyond 48. */
function submittingUnits(addOn: AddOn, count: number, random: () => number): Unit[] {
  const shuffled = [...SAMPLE_UNITS].sort(() => random() - 0.5);
  if (count <= shuffled.length) return shuffled.slice(0, count);
  const extra: Unit[] = Array.from({ length: count - shuffled.length }, (_, i) => ({
    code: `KP-${i + 1}`,
    name: `Chi bộ khu phố ${i + 1}`,
    unitType: 'xa_thi_tran',
    parent: 'HU-CUCHI',
    email: `kp-${i + 1}@example.org`,
    active: true,
  }));
  const registry = addOn.runtime.spreadsheet.getSheetByName(UNITS.name);
  if (!registry) throw new Error('No registry: set the sheet up first');
  const first = registry.getLastRow() + 1;
  registry.insertRowsAfter(registry.getMaxRows(), extra.length);
  registry
    .getRange(first, 1, extra.length, 6)
    .setValues(extra.map((u) => [u.code, u.name, 'Đảng bộ xã, thị trấn', u.parent, u.email, true]));
  addOn.call('menuSetup'); // the form's unit list follows the registry
  return [...shuffled, ...extra];
}

export function simulateMonth(options: SimulateOptions): { addOn: AddOn; counts: SimulateCounts } {
  const ym = parseMonthKey(options.month);
  if (!ym) throw new Error(`--month must look like 2026-11, not ${options.month}`);
  const days = new Date(Date.UTC(ym.year, ym.month, 0)).getUTCDate();
  const dayOf = (d: number) => new Date(Date.UTC(ym.year, ym.month - 1, d));
  const addOn = bootAddOn({ now: localInstant(dayOf(1), 7) });
  const { runtime } = addOn;
  setUpSheet(addOn);
  const random = rng(options.seed);
  const units = submittingUnits(addOn, options.units, random);
  const counts: SimulateCounts = {
    month: options.month,
    units: units.length,
    submitted: 0,
    stored: 0,
    needsFix: 0,
    accepted: 0,
    rejected: 0,
    infoRequested: 0,
    marked: Object.fromEntries(Object.keys(RECOGNITIONS).map((r) => [r, 0])) as Record<Recognition, number>,
    mailsSent: 0,
    monthlyMail: null,
    monthlyJob: { error: null, sheetsCalls: 0, estimateMs: 0 },
  };
  const radioPerWeek = new Map<string, number>();

  const plan = Array.from({ length: options.deeds }, () => {
    const day = 1 + Math.floor(random() * days);
    return { day, at: localInstant(dayOf(day), 7 + random() * 15) };
  }).sort((a, b) => a.at.getTime() - b.at.getTime());

  for (const { day, at } of plan) {
    runtime.triggers.runUntil(at); // the weekly trigger fires on the Mondays on the way
    runtime.setUser(ADMIN);
    const answers = demoSubmission(random, units, dayOf(day));
    const result = submitAnswers(addOn, answers);
    counts.submitted += 1;
    if (result.status === 'needs_fix') counts.needsFix += 1;
    if (result.status !== 'stored' || !result.id) continue;
    counts.stored += 1;
    decide(addOn, result.id, answers, random, counts, radioPerWeek);
  }

  // The last days of the month and the grace days, then the closing day at the trigger's hour (set-up default: 6 h).
  const closing = closingDay(options.month, Number(SETTING_SPECS.find((x) => x.key === 'monthlyGraceDays')?.initial));
  const closingUtc = new Date(Date.UTC(closing.year, closing.month - 1, closing.day));
  runtime.triggers.runUntil(localInstant(closingUtc, 0));
  runtime.meter.reset();
  const fired = runtime.triggers.runUntil(localInstant(closingUtc, 6.5)).filter((f) => f.handler === 'monthlyReport');
  counts.monthlyJob = {
    error: fired[0]?.error ? String(fired[0].error) : fired.length === 0 ? 'the monthly trigger did not fire' : null,
    sheetsCalls: runtime.meter.sheetsCalls(),
    estimateMs: runtime.meter.estimateMs(),
  };
  const mail = monthlyMailOf(runtime.mail.sent);
  counts.mailsSent = runtime.mail.sent.length;
  counts.monthlyMail = mail
    ? { bytes: Buffer.byteLength(mail.htmlBody ?? ''), textBytes: Buffer.byteLength(mail.body) }
    : null;
  return { addOn, counts };
}

export function monthlyMailOf(sent: readonly SentMail[]): SentMail | undefined {
  return [...sent].reverse().find((m) => m.to.split(',').includes(LEADER));
}

/** A reviewer's decisions on one new deed: mostly accepted, some rejected or asked for more, some marked. */
function decide(
  addOn: AddOn,
  id: string,
  answers: Record<string, string>,
  random: () => number,
  counts: SimulateCounts,
  radioPerWeek: Map<string, number>,
): void {
  let deed: DeedDetail | undefined;
  const act = (action: ReviewAction): boolean => {
    const result = review(addOn, deed ?? { id, version: 1 }, action);
    if (result.ok) deed = result.value;
    return result.ok;
  };
  const r = random();
  if (r < 0.04) {
    if (act({ kind: 'reject', reason: 'Trùng với báo cáo trước của đơn vị.' })) counts.rejected += 1;
    return;
  }
  if (r < 0.08) {
    if (act({ kind: 'request_info', message: 'Xin bổ sung hình ảnh hoặc xác nhận của địa phương.' }))
      counts.infoRequested += 1;
    return;
  }
  if (!act({ kind: 'accept' }) || !deed) return;
  counts.accepted += 1;
  const mark = (recognition: Recognition, period?: string, note?: string): boolean => {
    if (note) act({ kind: 'note', note });
    const done = act({ kind: 'mark', recognition, on: true, ...(period ? { period } : {}) });
    if (done) counts.marked[recognition] += 1;
    return done;
  };
  const note = NOTES[Math.floor(random() * NOTES.length)];
  const proposed = answers.proposal ?? '';
  // Reviewers pass about half of the units' proposals, and pick a few deeds nobody proposed.
  const passes = (award: string) => (proposed === award && random() < 0.5) || random() < 0.02;
  if (deed.nature === 'dot_xuat' && passes(RECOGNITIONS.thu_khen)) mark('thu_khen', undefined, note);
  if (deed.nature === 'thuong_xuyen' && passes(RECOGNITIONS.giay_khen)) mark('giay_khen', undefined, note); // refused under the minimum duration
  const week = deed.week;
  const picks = radioPerWeek.get(week) ?? 0;
  if (picks < RADIO_TARGET && random() < 0.12 && mark('phat_thanh', week)) radioPerWeek.set(week, picks + 1);
  if (random() < 0.04) mark('ban_tin', deed.doneOn.slice(0, 7));
  if (random() < 0.05) mark('chuyen_duoi_co');
}
