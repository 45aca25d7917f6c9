// Who may run an entry point (issue 13): a trigger handler only from its own installed trigger, never from a page's
// google.script.run (the emulator's scriptRun), and the report menu items only for reviewers and admins.
import type { AddOn } from '../../local/addon';
import { ADMIN, LEADER, OUTSIDER, REVIEWER, fireTrigger, submitAnswers } from '../../local/flows';
import { SAMPLE_UNITS } from '../../local/demo';
import { DEED, INCIDENTS } from '../../src/domain/tabs';
import * as MSG_ACCESS from '../../src/shared/messages/access';
import * as MSG_REPORT from '../../src/shared/messages/report';
import { GOOD, fireSubmission, freshAddOn, rowsWithDeferred, tabRows, titledAnswers } from '../helpers';
import { gas } from '../../local/runtime';
import { WEEKLY_HANDLER, addWards, fire, putDeeds, sheetAt } from './reporting-fixtures';

const MONDAY = '2026-11-30T07:00:00+07:00';
const deeds = (addOn: AddOn) => tabRows(addOn, DEED.name).length;
const sent = (addOn: AddOn) => addOn.runtime.mail.sent.length;
const refusals = (addOn: AddOn) =>
  rowsWithDeferred(addOn, INCIDENTS.name, 'incident').filter((r) => r[1] === MSG_ACCESS.callerJob);

/** A sheet where the handler has work waiting, and how to tell that the work was done. */
interface Case {
  handler: string;
  stage: () => AddOn;
  done: (addOn: AddOn, before: { deeds: number; sent: number }) => boolean;
  /** Fires the handler's own trigger (default: its installed time-driven trigger). */
  run?: (addOn: AddOn) => void;
}

const mailed = (addOn: AddOn, before: { sent: number }) => sent(addOn) > before.sent;
const stored = (addOn: AddOn, before: { deeds: number }) => deeds(addOn) > before.deeds;

const CASES: Case[] = [
  {
    handler: 'monthlyReport',
    stage: () => {
      const addOn = sheetAt('2026-11-02T09:00:00+07:00');
      putDeeds(addOn, [{ doneOn: '2026-11-03', thuKhen: true }]);
      addOn.runtime.clock.set(new Date('2026-12-01T06:00:00+07:00'));
      return addOn;
    },
    done: (addOn) => addOn.runtime.mail.sent.some((m) => m.to.includes(LEADER)),
  },
  {
    handler: WEEKLY_HANDLER,
    stage: () => {
      const addOn = sheetAt('2026-11-23T09:00:00+07:00');
      putDeeds(addOn, [{ doneOn: '2026-11-24', unit: 0 }]);
      addOn.runtime.clock.set(new Date(MONDAY));
      return addOn;
    },
    done: mailed,
  },
  {
    // A weekly job too big for one execution leaves its rest to a one-time trigger.
    handler: 'reportFollowUp',
    stage: () => {
      const addOn = sheetAt('2026-11-23T09:00:00+07:00', { mailQuota: 1500 }); // a Workspace account
      addWards(addOn, 200);
      addOn.runtime.clock.set(new Date(MONDAY));
      expect(fire(addOn, WEEKLY_HANDLER).error).toBeUndefined();
      expect(sent(addOn)).toBeLessThan(SAMPLE_UNITS.length + 201); // the rest waits for the follow-up
      return addOn;
    },
    done: mailed,
  },
  {
    handler: 'sendQueuedMail',
    stage: () => {
      const addOn = freshAddOn();
      addOn.runtime.faults.mailQuotaLeft(0);
      submitAnswers(addOn, { ...GOOD, title: 'Ví', description: 'quá ngắn' }); // «please complete», queued
      addOn.runtime.faults.mailQuotaLeft(100);
      expect(sent(addOn)).toBe(0);
      return addOn;
    },
    done: mailed,
  },
  {
    handler: 'retryPending',
    stage: () => {
      const addOn = freshAddOn();
      addOn.runtime.faults.holdLock('document', true);
      expect((fireSubmission(addOn, GOOD) as { status: string }).status).toBe('queued');
      addOn.runtime.faults.holdLock('document', false);
      return addOn;
    },
    done: stored,
  },
  {
    handler: 'sweepResponses',
    stage: () => {
      const addOn = freshAddOn();
      const { ScriptApp } = gas(addOn.runtime);
      for (const t of ScriptApp.getProjectTriggers())
        if (t.getHandlerFunction() === 'onFormSubmit') ScriptApp.deleteTrigger(t);
      addOn.runtime.submitForm(addOn.runtime.forms[0]!, titledAnswers());
      expect(deeds(addOn)).toBe(0);
      addOn.runtime.clock.advance(65 * 60_000); // old enough for the sweep: its own trigger is not at it
      return addOn;
    },
    done: stored,
  },
  {
    handler: 'onFormSubmit',
    stage: () => freshAddOn(),
    done: stored,
    run: (addOn) => void addOn.runtime.submitForm(addOn.runtime.forms[0]!, titledAnswers()),
  },
];

describe.each(CASES)('$handler', ({ handler, stage, done, run }) => {
  it.each([OUTSIDER, REVIEWER])('called from a page by %s: refused, nothing done, one incident per call', (user) => {
    const addOn = stage();
    const uid = addOn.runtime.triggers.list().find((t) => t.handler === handler)!.uid;
    const before = { deeds: deeds(addOn), sent: sent(addOn) };
    addOn.runtime.setUser(user);
    const refusal = { ok: false, code: 'forbidden', error: MSG_ACCESS.callerRefused };
    expect(addOn.runtime.scriptRun(handler)).toEqual(refusal);
    // The admin's trigger id, copied into a forged event: not one of this user's triggers.
    expect(addOn.runtime.scriptRun(handler, { triggerUid: uid, values: ['27/11/2026 9:00:00', 'x'] })).toEqual(refusal);
    expect(done(addOn, before)).toBe(false);
    expect({ deeds: deeds(addOn), sent: sent(addOn) }).toEqual(before);
    expect(refusals(addOn).map((r) => [r[2], r[3]])).toEqual([
      [handler, MSG_ACCESS.callerProblem(handler, user)],
      [handler, MSG_ACCESS.callerProblem(handler, user)],
    ]);

    // The same work, fired by its own trigger, is done.
    addOn.runtime.setUser(ADMIN);
    if (run) run(addOn);
    else expect(fireTrigger(addOn, handler).error).toBeUndefined();
    expect(done(addOn, before)).toBe(true);
    expect(refusals(addOn)).toHaveLength(2);
  });
});

describe('the report menu items', () => {
  // No answers queued: every prompt and confirmation would get its first button (OK, YES), so the old code sent.
  it.each(['menuMonthlyReport', 'menuWeeklyReport'])(
    '%s: an editor who is neither reviewer nor admin is told so, and nothing is built or sent',
    (item) => {
      const addOn = sheetAt('2026-11-02T09:00:00+07:00');
      putDeeds(addOn, [{ doneOn: '2026-11-24', thuKhen: true }]);
      addOn.runtime.clock.set(new Date('2026-12-03T10:00:00+07:00'));
      const tabs = addOn.runtime.spreadsheet.getSheets().length;
      const { ui } = addOn.runtime;
      const before = ui.alerts.length;
      addOn.call(item, [], { user: OUTSIDER });
      expect(ui.alerts.slice(before).map((a) => a.prompt)).toEqual([MSG_REPORT.reviewersOnly]);
      expect(sent(addOn)).toBe(0);
      expect(addOn.runtime.spreadsheet.getSheets()).toHaveLength(tabs);
    },
  );
});
