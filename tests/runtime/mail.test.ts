// MailApp: every overload, recipient quotas per day with the reset 24 h after the first send, address checks.
import { createRuntime, gas } from '../../local/runtime';

describe('MailApp', () => {
  it('records messages from every overload', () => {
    const rt = createRuntime();
    const { MailApp, Utilities } = gas(rt);
    MailApp.sendEmail('a@example.org', 'S1', 'B1');
    MailApp.sendEmail('b@example.org', 'S2', 'B2', { htmlBody: '<b>B2</b>', cc: 'c@example.org', name: 'Bot' });
    MailApp.sendEmail('d@example.org', 'reply@example.org', 'S3', 'B3');
    MailApp.sendEmail({
      to: 'e@example.org',
      subject: 'S4',
      body: 'B4',
      bcc: 'f@example.org',
      attachments: [Utilities.newBlob('hello', 'text/plain', 'a.txt')],
    });
    const sent = rt.mail.sent;
    expect(sent.map((m) => m.subject)).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(sent[1]).toMatchObject({ to: 'b@example.org', cc: 'c@example.org', htmlBody: '<b>B2</b>', name: 'Bot' });
    expect(sent[2]).toMatchObject({ to: 'd@example.org', replyTo: 'reply@example.org', body: 'B3' });
    expect(sent[3]!.attachments).toEqual([{ name: 'a.txt', mimeType: 'text/plain', bytes: 5, text: 'hello' }]);
    expect(sent[0]!.at.getTime()).toBe(rt.clock.now().getTime());
  });

  it('counts recipients (to + cc + bcc) against the daily quota, which resets 24 h after the first send', () => {
    const rt = createRuntime({ mailQuota: 3 });
    const { MailApp } = gas(rt);
    MailApp.sendEmail({ to: 'a@example.org', cc: 'b@example.org', subject: 's', body: 'b' });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    rt.clock.advance(12 * 3600_000);
    MailApp.sendEmail('c@example.org', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('d@example.org', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    rt.clock.advance(12 * 3600_000 - 1);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    rt.clock.advance(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(3);
  });

  it('keeps a quota per user', () => {
    const rt = createRuntime({ mailQuota: 1 });
    const { MailApp } = gas(rt);
    MailApp.sendEmail('a@example.org', 's', 'b');
    rt.setUser('other@example.org');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('refuses invalid addresses and more than 50 recipients in one message', () => {
    const rt = createRuntime();
    const { MailApp } = gas(rt);
    expect(() => MailApp.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@example.org`).join(',');
    expect(() => MailApp.sendEmail(many, 's', 'b')).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(rt.mail.sent).toHaveLength(0);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });
});
