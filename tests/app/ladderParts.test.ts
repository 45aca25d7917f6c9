// The ladder's partitioned aggregates through the real bundle: spread over 64 partitions, each row folded once when
// two follow-ups run, a partition edited by hand detected by its checksum and the pass rebuilt.
import { REVIEWER } from '../../local/flows';
import type { AddOn } from '../../local/addon';
import type { LadderView, PerformerHistory } from '#contract';
import { okValue, sidebarCall } from '../helpers';
import { fire, putDeeds, sheetAt } from './reporting-fixtures';
import { FOLLOW_UP, finish, pending, tabs, undisturbed } from './ladderFixtures';
import type { DeedSpec } from './reporting-fixtures';
import { LADDER, LADDER_PASS } from '../../src/domain/tabs';

const NOW = '2026-11-27T09:00:00+07:00';
const MONDAY = '2026-11-30T07:00:00+07:00';
/** One row over a trigger execution's 10,000: two executions. */
const ROWS = 10_001;

/** `ROWS` deeds by 2,000 performers of five units, a long-running one every 7th, a Thư khen now and then. */
const DEEDS: DeedSpec[] = Array.from({ length: ROWS }, (_, i) => ({
  doneOn: `2026-${String(6 + (i % 6)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
  unit: i % 5,
  performerName: `Người số ${i % 2_000}`,
  title: `Việc ${i}`,
  thuKhen: i % 97 === 0,
  ...(i % 7 === 0 ? { nature: 'thuong_xuyen' as const, startDate: `2026-0${1 + (i % 4)}-01` } : {}),
}));

function sheetWith(): AddOn {
  const addOn = sheetAt(NOW);
  putDeeds(addOn, DEEDS);
  addOn.runtime.clock.set(new Date(MONDAY));
  return addOn;
}

const scratch = (addOn: AddOn) => addOn.runtime.spreadsheet.getSheetByName(LADDER_PASS.name)!;

/** «Làm mới» then the first follow-up: the first 10,000 rows folded into the partitions, the pass going on. */
function halfway(): AddOn {
  const addOn = sheetWith();
  okValue(sidebarCall<LadderView>(addOn, REVIEWER, 'refreshLadder'));
  expect(fire(addOn, FOLLOW_UP).error).toBeUndefined();
  expect(pending(addOn)).toBe(true);
  return addOn;
}

describe('the ladder`s partitioned aggregates', () => {
  it('saves the aggregates by performer in 64 partitions, an execution holding one at a time', () => {
    const addOn = halfway();
    const sheet = scratch(addOn);
    const parts = sheet
      .getRange(2, 1, 64, sheet.getMaxColumns())
      .getValues()
      .map((r) => (JSON.parse(r.join('') || '[]') as unknown[]).length);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(2_000); // every performer once
    expect(Math.max(...parts)).toBeLessThan(2_000 / 16); // spread evenly enough
    expect(finish(addOn)).toBe(1);
    const done = tabs(addOn);
    expect(done.ladder).toHaveLength(2_000); // five deeds each in the honours year: all candidates
    const unitCode = String(done.ladder[0]![LADDER.col.unitCode]);
    const people = okValue(sidebarCall<PerformerHistory[]>(addOn, REVIEWER, 'getHistory', { unitCode }));
    expect(people).toHaveLength(400);
    expect(undisturbed(addOn, 2)).toEqual(done);
  });

  it('folds each row once when a second follow-up runs as the first lets the lock go', () => {
    const addOn = sheetWith();
    okValue(sidebarCall<LadderView>(addOn, REVIEWER, 'refreshLadder'));
    const trigger = addOn.runtime.triggers.list().find((t) => t.handler === FOLLOW_UP)!;
    let second: { error?: unknown } | undefined;
    let secondCells = 0;
    // A second follow-up trigger (two installed) fires the moment the first has saved its step.
    addOn.runtime.faults.onLockRelease('document', () => {
      addOn.runtime.triggers.add({ ...trigger, uid: `${trigger.uid}-2` });
      const before = addOn.runtime.meter.cellsRead;
      second = fire(addOn, FOLLOW_UP);
      secondCells = addOn.runtime.meter.cellsRead - before;
    });
    expect(fire(addOn, FOLLOW_UP).error).toBeUndefined();
    expect(second?.error).toBeUndefined();
    expect(secondCells).toBeLessThan(2_000); // it went on from the cursor: the last row and the partitions
    const done = tabs(addOn);
    expect(done.ladder.map((r) => r[LADDER.col.accepted]).reduce((a, b) => Number(a) + Number(b), 0)).toBe(ROWS);
    finish(addOn); // the first's follow-up starts a pass of its own: the same tabs again
    expect(tabs(addOn)).toEqual(done);
    expect(undisturbed(addOn, 2)).toEqual(done);
  });

  it('detects a partition edited by hand and rebuilds the pass from the first row', () => {
    const addOn = halfway();
    // Still valid JSON: a count changed in the first partition's first cell.
    const first = scratch(addOn)
      .getRange(2, 1, 64, 1)
      .getValues()
      .findIndex((r) => r[0] !== '');
    const cell = scratch(addOn).getRange(2 + first, 1);
    const text = String(cell.getValue());
    expect(text).toMatch(/"accepted":\d/);
    cell.setValue(`'${text.replace(/"accepted":(\d+)/, (_, n: string) => `"accepted":${Number(n) + 40}`)}`);
    expect(finish(addOn)).toBe(2); // started again: the whole sheet folded anew
    const done = tabs(addOn);
    expect(undisturbed(addOn, 2)).toEqual(done);
  });
});
