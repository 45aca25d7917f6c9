// Fake Session, Logger and console: the user's identity and locale, and logs captured into runtime.logs.
// https://developers.google.com/apps-script/reference/base/session
// https://developers.google.com/apps-script/reference/base/logger

import { format } from 'node:util';
import { Facade, type Context, type Emulates, type LogEntry } from './context';

type GasSession = GoogleAppsScript.Base.Session;

export class FakeSession
  extends Facade
  implements
    Emulates<
      GasSession,
      'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
    >
{
  constructor(ctx: Context) {
    super(ctx, 'Base.Session');
  }

  private user(email: string): unknown {
    return this.ctx.expose('Base.User', { getEmail: () => email });
  }

  /** The user running the script; inside an installable trigger, the trigger's owner. */
  getActiveUser(): unknown {
    return this.user(this.ctx.currentUser());
  }

  getEffectiveUser(): unknown {
    return this.user(this.ctx.currentUser());
  }

  getScriptTimeZone(): string {
    return this.ctx.timeZone;
  }

  getActiveUserLocale(): string {
    return 'vi';
  }

  getTemporaryActiveUserKey(): string {
    return Buffer.from(`${this.ctx.currentUser()}`).toString('base64').replace(/=+$/, '');
  }
}

/** printf-style %s formatting of Logger.log(format, values…); objects are shown as JSON. */
function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

type GasLogger = GoogleAppsScript.Base.Logger;

export class FakeLogger extends Facade implements Emulates<GasLogger, 'log' | 'getLog' | 'clear'> {
  private lines: string[] = [];

  constructor(ctx: Context) {
    super(ctx, 'Base.Logger');
  }

  log(data: unknown, ...values: unknown[]): FakeLogger {
    let message = show(data);
    if (typeof data === 'string' && values.length) {
      let i = 0;
      message = data.replace(/%s/g, () => show(values[i++]));
    }
    this.lines.push(message);
    this.ctx.log('log', message);
    return this.proxy;
  }

  getLog(): string {
    return this.lines.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.lines = [];
  }
}

/** The console the script sees: log/info/warn/error go to runtime.logs (CONSOLE_MEMBERS says why only these). */
export function fakeConsole(ctx: Context): Record<string, (...args: unknown[]) => void> {
  const write =
    (level: LogEntry['level']) =>
    (...args: unknown[]) =>
      ctx.log(level, format(...args));
  return ctx.expose('console', {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
  });
}
