// Who may do what: forms and triggers belong to the user who made them, a user may grant only some scopes
// (granular consent), and each user's triggers share a daily runtime quota.
import { createRuntime, loadBundle } from '../../local/runtime';

const A = 'admin@example.org';
const B = 'other.admin@example.org';
const SCOPE = 'https://www.googleapis.com/auth/';
const MANIFEST = ['spreadsheets.currentonly', 'forms', 'script.send_mail', 'script.scriptapp', 'userinfo.email'].map(
  (s) => SCOPE + s,
);

const BUNDLE = `
function makeForm() { return FormApp.create('Biểu mẫu').getId(); }
function openForm(id) { return FormApp.openById(id).getTitle(); }
function share(id, email) { FormApp.openById(id).addEditor(email); }
function install() { return ScriptApp.newTrigger('tick').timeBased().everyMinutes(1).create(); }
function remove(trigger) { ScriptApp.deleteTrigger(trigger); }
function mine() { return ScriptApp.getProjectTriggers().length; }
function tick() { Utilities.sleep(20000); }
function mail() { MailApp.sendEmail('x@example.org', 'Chủ đề', 'Nội dung'); }
function info(mode) {
  var i = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode[mode]);
  return [String(i.getAuthorizationStatus()), i.getAuthorizationUrl()];
}
function infoWithScopes() { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, ['${SCOPE}forms']); }
function authorizedScopes() { return ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizedScopes(); }
function requireAll() { ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL); return 'ok'; }
function requireSome(scopes) { ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, scopes); return 'ok'; }
`;

function boot(options: Parameters<typeof createRuntime>[0] = {}) {
  const rt = createRuntime({ oauthScopes: MANIFEST, ...options });
  loadBundle(rt, BUNDLE);
  return rt;
}

const NO_ACCESS =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

describe('ownership', () => {
  it('a form belongs to its creator: another user cannot open it until it is shared with them', () => {
    const rt = boot();
    const id = rt.run('makeForm', [], { user: A }) as string;
    expect(rt.run('openForm', [id], { user: A })).toBe('Biểu mẫu');
    expect(() => rt.run('openForm', [id], { user: B })).toThrow(NO_ACCESS);
    rt.run('share', [id, B], { user: A });
    expect(rt.run('openForm', [id], { user: B })).toBe('Biểu mẫu');
  });

  it('fails the next openById once when told to, with Apps Script’s transient error', () => {
    const rt = boot();
    const id = rt.run('makeForm', [], { user: A }) as string;
    rt.faults.failNextFormOpen();
    expect(() => rt.run('openForm', [id], { user: A })).toThrow(
      "We're sorry, a server error occurred. Please wait a bit and try again.",
    );
    expect(rt.run('openForm', [id], { user: A })).toBe('Biểu mẫu');
  });

  it('lists only the current user’s triggers and refuses to delete another user’s', () => {
    const rt = boot();
    const trigger = rt.run('install', [], { user: A });
    expect(rt.run('mine', [], { user: B })).toBe(0);
    expect(() => rt.run('remove', [trigger], { user: B })).toThrow('belongs to another user');
    expect(rt.triggers.list()).toHaveLength(1);
    rt.run('remove', [trigger], { user: A });
    expect(rt.triggers.list()).toHaveLength(0);
  });
});

describe('granular consent', () => {
  it('refuses a call whose scope the user did not grant, even in FULL mode, with Apps Script’s message', () => {
    const rt = boot();
    rt.faults.grantScopes(
      A,
      MANIFEST.filter((s) => !s.endsWith('send_mail')),
    );
    expect(() => rt.run('mail', [], { user: A })).toThrow(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${SCOPE}script.send_mail`,
    );
    rt.run('mail', [], { user: B }); // B granted everything
    expect(rt.mail.sent).toHaveLength(1);
  });

  it('refuses a call whose scope the manifest does not list', () => {
    const rt = boot({ oauthScopes: MANIFEST.filter((s) => !s.endsWith('forms')) });
    expect(() => rt.run('makeForm', [], { user: A })).toThrow(
      `You do not have permission to call FormApp.create. Required permissions: ${SCOPE}forms`,
    );
  });

  it('reports what authorization is missing, only in FULL mode, with only the members @types declares', () => {
    const rt = boot();
    expect(rt.run('info', ['FULL'], { user: A })).toEqual(['NOT_REQUIRED', null]);
    rt.faults.grantScopes(A, [SCOPE + 'spreadsheets.currentonly']);
    const [status, url] = rt.run('info', ['FULL'], { user: A }) as [string, string];
    expect(status).toBe('REQUIRED');
    expect(url).toMatch(/^https:\/\/script\.google\.com\/.*forms/);
    expect(rt.run('info', ['LIMITED'], { user: A })).toEqual(['NOT_REQUIRED', null]);
    expect(() => rt.run('infoWithScopes', [], { user: A })).toThrow("don't match the method signature");
    expect(() => rt.run('authorizedScopes', [], { user: A })).toThrow('getAuthorizedScopes is not a function');
  });

  it('requireAllScopes and requireScopes end the execution when consent is missing', () => {
    const rt = boot();
    expect(rt.run('requireAll', [], { user: A })).toBe('ok');
    rt.faults.grantScopes(A, [SCOPE + 'spreadsheets.currentonly', SCOPE + 'forms']);
    expect(() => rt.run('requireAll', [], { user: A })).toThrow('Authorization is required to perform that action.');
    expect(rt.run('requireSome', [[SCOPE + 'forms']], { user: A })).toBe('ok');
    expect(() => rt.run('requireSome', [[SCOPE + 'script.send_mail']], { user: A })).toThrow(
      'Authorization is required',
    );
    rt.faults.grantScopes(A, null);
    expect(rt.run('requireAll', [], { user: A })).toBe('ok');
  });
});

describe('daily trigger runtime', () => {
  it('fails the owner’s triggers once the day’s runtime is spent, and resets 24 hours after the first run', () => {
    const rt = boot({ triggerRuntimeMs: 60_000 });
    rt.run('install', [], { user: A });
    const start = rt.clock.now().getTime();
    const fired = rt.triggers.runUntil(new Date(start + 10 * 60_000));
    expect(fired.slice(0, 3).map((f) => [f.error, f.runtimeMs])).toEqual([
      [undefined, 20_000],
      [undefined, 20_000],
      [undefined, 20_000],
    ]);
    expect(fired.slice(3).map((f) => String(f.error))).toEqual(
      fired.slice(3).map(() => 'Exception: Service using too much computer time for one day'),
    );
    expect(rt.triggers.runtimeUsedMs(A)).toBe(60_000);
    expect(rt.triggers.runtimeUsedMs(B)).toBe(0);
    rt.triggers.runUntil(new Date(start + 24 * 3_600_000 + 60_000));
    expect(rt.triggers.runtimeUsedMs(A)).toBeLessThanOrEqual(40_000);
  });

  it('a consumer account has 90 minutes a day by default', () => {
    expect(boot().triggers.dailyRuntimeMs).toBe(90 * 60_000);
  });
});
