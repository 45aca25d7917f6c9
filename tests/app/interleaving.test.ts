// Two executions interleaved at a lock release, through the bundle: the next holder reads what the first wrote.
import { auditRows } from '../auditView';
import { ADMIN, REVIEWER, deliverSubmission, runTrigger, submitAnswers } from '../../local/flows';
import type { DeedDetail, Result } from '#contract';
import * as MSG_OUTBOX from '../../src/shared/messages/outbox';
import { GOOD, freshAddOn, getDeed, okValue, sidebarCall, tabRows, withoutUnitAddresses } from '../helpers';
import { DEED, OUTBOX } from '../../src/domain/tabs';

describe('a second execution run when the first releases its lock', () => {
  it('records a response delivered twice once', () => {
    const addOn = freshAddOn();
    const { runtime } = addOn;
    let second: ReturnType<typeof runtime.triggers.fire> | undefined;
    // The same response's event again, the moment the first execution lets the lock go.
    runtime.faults.onLockRelease('document', () => {
      const form = runtime.forms[0]!;
      const trigger = runtime.triggers.list().find((t) => t.eventType === 'ON_FORM_SUBMIT')!;
      const event = { response: form.getResponses().at(-1), source: form, triggerUid: trigger.uid };
      second = runtime.triggers.fire(trigger, event);
    });
    const first = deliverSubmission(addOn, GOOD);
    expect(first.error).toBeUndefined();
    expect(second?.result).toMatchObject({ status: 'duplicate' });
    expect(tabRows(addOn, DEED.name)).toHaveLength(1);
  });

  it('numbers two outbox appends apart, so each message goes to its own recipient once', () => {
    const addOn = withoutUnitAddresses(freshAddOn());
    const mine = submitAnswers(addOn, GOOD).id!;
    const other = submitAnswers(addOn, {
      ...GOOD,
      title: 'Sửa đường liên ấp bị sạt lở',
      email: 'chibo.b@example.org',
    }).id!;
    const d = getDeed(addOn, other);
    const ask = { kind: 'request_info', message: 'Xin gửi thêm hình ảnh.' } as const;
    // The first review releases the document lock twice: after the deed, then after queueing its mail.
    addOn.runtime.faults.onLockRelease(
      'document',
      () =>
        okValue(sidebarCall(addOn, ADMIN, 'reviewDeed', { id: other, row: d.row, version: d.version, action: ask })),
      2,
    );
    const m = getDeed(addOn, mine);
    okValue(sidebarCall(addOn, REVIEWER, 'reviewDeed', { id: mine, row: m.row, version: m.version, action: ask }));
    runTrigger(addOn, 'sendQueuedMail');

    const asked = addOn.runtime.mail.sent.filter((s) => s.body.includes(ask.message));
    expect(asked.map((s) => s.to).sort()).toEqual([GOOD.email, 'chibo.b@example.org'].sort());
    const outbox = tabRows(addOn, OUTBOX.name)
      .filter((r) => String(r[0]).startsWith('request_info|'))
      .map((r) => [String(r[0]).split('|')[1], r[2], r[4]]);
    expect(outbox.sort()).toEqual(
      [
        [mine, GOOD.email, MSG_OUTBOX.status.sent],
        [other, 'chibo.b@example.org', MSG_OUTBOX.status.sent],
      ].sort(),
    );
  });

  it("refuses the second reviewer's action made on the version the first just changed", () => {
    const addOn = freshAddOn();
    const id = submitAnswers(addOn, GOOD).id!;
    const d = getDeed(addOn, id);
    let late: Result<DeedDetail> | undefined;
    addOn.runtime.faults.onLockRelease('document', () => {
      late = sidebarCall<DeedDetail>(addOn, ADMIN, 'reviewDeed', {
        id,
        row: d.row,
        version: d.version,
        action: { kind: 'reject', reason: 'Không phải việc tốt' },
      });
    });
    const first = okValue(
      sidebarCall<DeedDetail>(addOn, REVIEWER, 'reviewDeed', {
        id,
        row: d.row,
        version: d.version,
        action: { kind: 'accept' },
      }),
    );
    expect(late).toMatchObject({ ok: false, code: 'stale' });
    expect(getDeed(addOn, id)).toMatchObject({ status: first.status, version: d.version + 1 });
    expect(auditRows(addOn)).toHaveLength(1);
  });
});
