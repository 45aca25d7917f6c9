// Fake Ui of the editors (SpreadsheetApp.getUi()): menus, alerts and prompts answered from a queue, sidebars.
// https://developers.google.com/apps-script/reference/base/ui
// https://developers.google.com/apps-script/reference/base/menu

import { Facade, asEnum, enumName, makeEnum, type Context, type Emulates } from './context';
import { FakeHtmlOutput } from './html';
import type { Toast } from './spreadsheet';

export const Button = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
type ButtonName = keyof typeof Button;

export interface MenuItemRecord {
  caption: string;
  functionName: string;
  /** Set for an item of a sub-menu: the sub-menu's caption. */
  subMenu?: string;
}

export interface MenuRecord {
  name: string;
  items: MenuItemRecord[];
  addon: boolean;
}

/** An answer queued for the next alert or prompt: a button name, or a button and the text typed. */
export type UiAnswer = ButtonName | { button?: ButtonName; text?: string };

export interface UiState {
  menus: MenuRecord[];
  sidebars: { title: string; html: string; at: Date }[];
  dialogs: { title: string; html: string; width: number; height: number; modal: boolean; at: Date }[];
  alerts: {
    kind: 'alert' | 'prompt';
    title?: string;
    prompt: string;
    buttons: string;
    answer: string;
    text?: string;
  }[];
  toasts: Toast[];
  /** Push answers here before the script calls ui.alert / ui.prompt; without one, the first button of the set. */
  alertResponses: UiAnswer[];
}

export function newUiState(): UiState {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], toasts: [], alertResponses: [] };
}

const BUTTONS_OF_SET: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

type GasMenu = GoogleAppsScript.Base.Menu;

export class FakeMenu
  extends Facade
  implements Emulates<GasMenu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'>
{
  readonly items: MenuItemRecord[] = [];

  constructor(
    ctx: Context,
    private readonly state: UiState,
    readonly name: string,
    private readonly addon: boolean,
  ) {
    super(ctx, 'Base.Menu');
  }

  addItem(caption: string, functionName: string): FakeMenu {
    if (typeof functionName !== 'string' || !functionName) throw this.ctx.error('Invalid argument: functionName');
    this.items.push({ caption: String(caption), functionName });
    return this.proxy;
  }

  addSeparator(): FakeMenu {
    return this.proxy;
  }

  addSubMenu(menu: unknown): FakeMenu {
    const sub = this.ctx.fakeOf(menu, FakeMenu);
    if (!sub) throw this.ctx.error('Invalid argument: menu');
    for (const item of sub.items) this.items.push({ ...item, subMenu: item.subMenu ?? sub.name });
    return this.proxy;
  }

  /** Adds the menu to the editor; a menu of the same name added earlier (a previous onOpen) is replaced. */
  addToUi(): void {
    const record: MenuRecord = { name: this.name, items: [...this.items], addon: this.addon };
    const i = this.state.menus.findIndex((m) => m.name === this.name);
    if (i >= 0) this.state.menus[i] = record;
    else this.state.menus.push(record);
  }
}

type GasUi = GoogleAppsScript.Base.Ui;

export class FakeUi
  extends Facade
  implements
    Emulates<
      GasUi,
      'createMenu' | 'createAddonMenu' | 'alert' | 'prompt' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
    >
{
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    ctx: Context,
    private readonly state: UiState,
    private readonly addonName: string,
  ) {
    super(ctx, 'Base.Ui');
  }

  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.ctx, this.state, String(caption), false).proxy;
  }

  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.ctx, this.state, this.addonName, true).proxy;
  }

  /** Splits the (prompt) / (prompt, buttons) / (title, prompt, buttons) overloads. */
  private dialogArgs(args: unknown[]): { title?: string; prompt: string; buttons: string } {
    const [a, b, c] = args;
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: enumName(c) ?? 'OK' };
    if (b !== undefined && enumName(b) && BUTTONS_OF_SET[enumName(b) as string])
      return { prompt: String(a), buttons: enumName(b) as string };
    if (b !== undefined) return { title: String(a), prompt: String(b), buttons: 'OK' };
    return { prompt: String(a), buttons: 'OK' };
  }

  private answer(buttons: string): { button: ButtonName; text: string } {
    const allowed = BUTTONS_OF_SET[buttons] ?? ['OK'];
    const queued = this.state.alertResponses.shift();
    const button = (typeof queued === 'string' ? queued : queued?.button) ?? allowed[0] ?? 'OK';
    if (button !== 'CLOSE' && !allowed.includes(button))
      throw new Error(`The queued answer ${button} is not a button of ButtonSet.${buttons}`);
    return { button, text: typeof queued === 'object' ? (queued.text ?? '') : '' };
  }

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const d = this.dialogArgs(args);
    const { button } = this.answer(d.buttons);
    this.state.alerts.push({ kind: 'alert', ...d, answer: button });
    return asEnum(Button[button]);
  }

  prompt(...args: unknown[]): unknown {
    const d = this.dialogArgs(args);
    const { button, text } = this.answer(d.buttons);
    this.state.alerts.push({ kind: 'prompt', ...d, answer: button, text });
    return this.ctx.expose('Base.PromptResponse', {
      getResponseText: () => text,
      getSelectedButton: () => Button[button],
    });
  }

  private html(userInterface: unknown): FakeHtmlOutput {
    const output = this.ctx.fakeOf(userInterface, FakeHtmlOutput);
    if (!output) throw this.ctx.error('Invalid argument: userInterface');
    return output;
  }

  showSidebar(userInterface: unknown): void {
    const output = this.html(userInterface);
    this.state.sidebars.push({ title: output.getTitle(), html: output.getContent(), at: this.ctx.clock.now() });
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.dialog(userInterface, title, true);
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.dialog(userInterface, title, false);
  }

  private dialog(userInterface: unknown, title: string, modal: boolean): void {
    const output = this.html(userInterface);
    this.state.dialogs.push({
      title: String(title),
      html: output.getContent(),
      width: output.getWidth(),
      height: output.getHeight(),
      modal,
      at: this.ctx.clock.now(),
    });
  }
}
