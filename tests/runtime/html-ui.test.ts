// HtmlService templates and the editor Ui: escaping, files, sidebars, menus, alerts, auth modes of onOpen.
import { createRuntime, gas, loadBundle } from '../../local/runtime';

describe('HtmlService', () => {
  it('escapes <?= ?>, prints <?!= ?> raw and runs <? ?> scriptlets with template variables', () => {
    const rt = createRuntime();
    const t = gas(rt).HtmlService.createTemplate(
      '<p><?= name ?></p><?!= raw ?><ul><? for (var i = 0; i < items.length; i++) { ?><li><?= items[i] ?></li><? } ?></ul>',
    ) as GoogleAppsScript.HTML.HtmlTemplate & Record<string, unknown>;
    t.name = '<script>alert("x")</script>';
    t.raw = '<b>ok</b>';
    t.items = ['a&b', "c'd"];
    expect(t.evaluate().getContent()).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p><b>ok</b><ul><li>a&amp;b</li><li>c&#39;d</li></ul>',
    );
  });

  it('reads files given to the runtime, lets templates call the script, and names a missing file', () => {
    const rt = createRuntime({
      htmlFiles: { Sidebar: '<?!= include("Style") ?><h1><?= title ?></h1>', Style: '<style></style>' },
    });
    loadBundle(
      rt,
      `function include(name) { return HtmlService.createHtmlOutputFromFile(name).getContent(); }
       function show() {
         var t = HtmlService.createTemplateFromFile('Sidebar'); t.title = 'Việc tốt';
         SpreadsheetApp.getUi().showSidebar(t.evaluate().setTitle('Mỗi tuần'));
         SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<p>hi</p>').setWidth(400).setHeight(300), 'Hỏi');
       }
       function missing() { HtmlService.createHtmlOutputFromFile('Nope'); }`,
    );
    rt.run('show');
    expect(rt.ui.sidebars).toEqual([
      { title: 'Mỗi tuần', html: '<style></style><h1>Việc tốt</h1>', at: rt.clock.now() },
    ]);
    expect(rt.ui.dialogs[0]).toMatchObject({ title: 'Hỏi', html: '<p>hi</p>', width: 400, height: 300, modal: true });
    expect(() => rt.run('missing')).toThrow('No HTML file named Nope was found.');
  });
});

describe('Ui', () => {
  const BUNDLE = `
    function onOpen(e) {
      SpreadsheetApp.getUi().createMenu('Việc tốt').addItem('Thiết lập', 'setup').addSeparator()
        .addSubMenu(SpreadsheetApp.getUi().createMenu('Báo cáo').addItem('Tuần', 'weekly')).addToUi();
      if (e.authMode == ScriptApp.AuthMode.NONE) return 'none';
      return PropertiesService.getDocumentProperties().getProperty('x');
    }
    function ask() {
      var ui = SpreadsheetApp.getUi();
      var a = ui.alert('Xoá?', 'Chắc chưa?', ui.ButtonSet.YES_NO);
      var p = ui.prompt('Tên?', ui.ButtonSet.OK_CANCEL);
      SpreadsheetApp.getActive().toast('Xong', 'Việc tốt');
      return [a == ui.Button.NO, String(p.getSelectedButton()), p.getResponseText()];
    }
    function mail() { MailApp.sendEmail('a@example.org', 's', 'b'); }
    function logs() { Logger.log('n=%s', 3); console.warn('careful', { a: 1 }); }
  `;

  it('records menus built by onOpen, which runs in AuthMode.LIMITED', () => {
    const rt = createRuntime();
    loadBundle(rt, BUNDLE);
    const [opened] = rt.openSpreadsheet();
    expect(opened!.error).toBeUndefined();
    expect(rt.ui.menus).toEqual([
      {
        name: 'Việc tốt',
        addon: false,
        items: [
          { caption: 'Thiết lập', functionName: 'setup' },
          { caption: 'Tuần', functionName: 'weekly', subMenu: 'Báo cáo' },
        ],
      },
    ]);
  });

  it('forbids services that need authorisation in LIMITED and nearly everything in NONE', () => {
    const rt = createRuntime();
    loadBundle(rt, BUNDLE);
    expect(rt.openSpreadsheet({ authMode: 'NONE' })[0]!.result).toBe('none');
    expect(() => rt.run('mail', [], { authMode: 'LIMITED' })).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    loadBundle(rt, `function onOpen() { PropertiesService.getDocumentProperties(); }`);
    expect(String(rt.openSpreadsheet({ authMode: 'NONE' })[0]!.error)).toContain(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  it('answers alerts and prompts from the queue and records them, with toasts', () => {
    const rt = createRuntime();
    loadBundle(rt, BUNDLE);
    rt.ui.alertResponses.push('NO', { button: 'OK', text: 'An' });
    expect(rt.run('ask')).toEqual([true, 'OK', 'An']);
    expect(rt.ui.alerts.map((a) => [a.kind, a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ['alert', 'Xoá?', 'Chắc chưa?', 'YES_NO', 'NO'],
      ['prompt', undefined, 'Tên?', 'OK_CANCEL', 'OK'],
    ]);
    expect(rt.ui.toasts[0]).toMatchObject({ message: 'Xong', title: 'Việc tốt' });
  });

  it('captures Logger and console output', () => {
    const rt = createRuntime();
    loadBundle(rt, BUNDLE);
    rt.run('logs');
    expect(rt.logs.map((l) => [l.level, l.message])).toEqual([
      ['log', 'n=3'],
      ['warn', 'careful { a: 1 }'],
    ]);
  });
});

describe('Session', () => {
  it('reports the runtime user, script time zone and Vietnamese locale', () => {
    const rt = createRuntime({ user: 'dv@example.org' });
    const { Session } = gas(rt);
    expect(Session.getActiveUser().getEmail()).toBe('dv@example.org');
    rt.setUser('other@example.org');
    expect(Session.getEffectiveUser().getEmail()).toBe('other@example.org');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(Session.getActiveUserLocale()).toBe('vi');
  });
});
