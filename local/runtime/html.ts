// Fake HtmlService: outputs, and templates with <?= ?> (escaped), <?!= ?> (raw) and <? ?> scriptlets.
// https://developers.google.com/apps-script/guides/html/templates
// https://developers.google.com/apps-script/reference/html/html-output
// Only the IFRAME sandbox exists (APPS-SCRIPT-FACTS.md): setSandboxMode records the mode but changes nothing.

import { Facade, enumName, makeEnum, type Context, type Emulates } from './context';
import { FakeBlob } from './utilities';

export const SandboxMode = makeEnum(['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = makeEnum(['ALLOWALL', 'DEFAULT']);

/** HTML-escapes printed values. Apps Script escapes by context (attributes, JavaScript); this escapes for HTML. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Runs compiled template code where the script's functions and globals are visible. */
export type TemplateRunner = (source: string) => (vars: object, output: TemplateOutput) => void;

export interface TemplateOutput {
  append(html: unknown): void;
  appendUntrusted(text: unknown): void;
}

/** Turns a template into the source of a sloppy-mode function (vars, output) that prints into output. */
export function compileTemplate(template: string): string {
  let body = '';
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('<?');
    const text = open < 0 ? rest : rest.slice(0, open);
    if (text) body += `output.append(${JSON.stringify(text)});\n`;
    if (open < 0) break;
    const close = rest.indexOf('?>', open);
    if (close < 0) throw new Error('Unterminated scriptlet in template');
    const scriptlet = rest.slice(open + 2, close);
    if (scriptlet.startsWith('!=')) body += `output.append(${scriptlet.slice(2)});\n`;
    else if (scriptlet.startsWith('=')) body += `output.appendUntrusted(${scriptlet.slice(1)});\n`;
    else body += `${scriptlet}\n`;
    rest = rest.slice(close + 2);
  }
  return `(function (__vars, output) { with (__vars) {\n${body}} })`;
}

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput
  extends Facade
  implements
    Emulates<
      GasHtmlOutput,
      | 'getContent'
      | 'setContent'
      | 'append'
      | 'appendUntrusted'
      | 'clear'
      | 'getTitle'
      | 'setTitle'
      | 'getWidth'
      | 'setWidth'
      | 'getHeight'
      | 'setHeight'
      | 'setXFrameOptionsMode'
      | 'setSandboxMode'
      | 'addMetaTag'
      | 'getMetaTags'
      | 'setFaviconUrl'
      | 'getFaviconUrl'
      | 'asTemplate'
    >
{
  content = '';
  title = '';
  width = 600;
  height = 400;
  xFrameOptions = 'DEFAULT';
  sandbox = 'IFRAME';
  favicon: string | null = null;
  metaTags: { name: string; content: string }[] = [];

  constructor(
    ctx: Context,
    private readonly service: FakeHtmlService,
  ) {
    super(ctx, 'Html.HtmlOutput');
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): FakeHtmlOutput {
    this.content = String(content);
    return this.proxy;
  }

  append(addedContent: string): FakeHtmlOutput {
    this.content += String(addedContent);
    return this.proxy;
  }

  appendUntrusted(addedContent: string): FakeHtmlOutput {
    this.content += escapeHtml(addedContent);
    return this.proxy;
  }

  clear(): FakeHtmlOutput {
    this.content = '';
    return this.proxy;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): FakeHtmlOutput {
    this.title = String(title);
    return this.proxy;
  }

  getWidth(): number {
    return this.width;
  }

  setWidth(width: number): FakeHtmlOutput {
    this.width = width;
    return this.proxy;
  }

  getHeight(): number {
    return this.height;
  }

  setHeight(height: number): FakeHtmlOutput {
    this.height = height;
    return this.proxy;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): FakeHtmlOutput {
    this.xFrameOptions = enumName(mode) ?? 'DEFAULT';
    return this.proxy;
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): FakeHtmlOutput {
    this.sandbox = enumName(mode) ?? 'IFRAME';
    return this.proxy;
  }

  addMetaTag(name: string, content: string): FakeHtmlOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.proxy;
  }

  getMetaTags(): unknown[] {
    return this.ctx.array(
      this.metaTags.map((t) =>
        this.ctx.expose('Html.HtmlOutputMetaTag', { getName: () => t.name, getContent: () => t.content }),
      ),
    );
  }

  setFaviconUrl(iconUrl: string): FakeHtmlOutput {
    this.favicon = String(iconUrl);
    return this.proxy;
  }

  getFaviconUrl(): string {
    return this.favicon ?? '';
  }

  asTemplate(): FakeHtmlTemplate {
    return this.service._template(this.content);
  }
}

type GasTemplate = GoogleAppsScript.HTML.HtmlTemplate;

export class FakeHtmlTemplate
  extends Facade
  implements Emulates<GasTemplate, 'evaluate' | 'getCode' | 'getCodeWithComments' | 'getRawContent'>
{
  constructor(
    ctx: Context,
    private readonly service: FakeHtmlService,
    private readonly source: string,
  ) {
    super(ctx, 'Html.HtmlTemplate');
  }

  /** Runs the scriptlets with the properties the script assigned to the template as variables. */
  evaluate(): FakeHtmlOutput {
    const output = this.service._output('');
    const sink: TemplateOutput = {
      append: (html) => void (output.content += html === null || html === undefined ? '' : String(html)),
      appendUntrusted: (text) => void (output.content += escapeHtml(text)),
    };
    const fn = this.service.runner(compileTemplate(this.source));
    fn(this.ctx.expandosOf(this.proxy), sink);
    return output.proxy;
  }

  getCode(): string {
    return compileTemplate(this.source);
  }

  getCodeWithComments(): string {
    return compileTemplate(this.source);
  }

  getRawContent(): string {
    return this.source;
  }
}

type GasHtmlService = GoogleAppsScript.HTML.HtmlService;

export class FakeHtmlService
  extends Facade
  implements
    Emulates<
      GasHtmlService,
      'createHtmlOutput' | 'createHtmlOutputFromFile' | 'createTemplate' | 'createTemplateFromFile'
    >
{
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(
    ctx: Context,
    /** name (with or without .html) → content: the loader fills it from dist/*.html. */
    private readonly files: Record<string, string>,
    readonly runner: TemplateRunner,
  ) {
    super(ctx, 'Html.HtmlService');
  }

  _output(content: string): FakeHtmlOutput {
    const output = new FakeHtmlOutput(this.ctx, this);
    output.content = content;
    return output;
  }

  _template(source: string): FakeHtmlTemplate {
    return new FakeHtmlTemplate(this.ctx, this, source).proxy;
  }

  private file(filename: string): string {
    const name = String(filename);
    const content = this.files[name] ?? this.files[`${name}.html`] ?? this.files[name.replace(/\.html$/, '')];
    if (content === undefined) throw this.ctx.error(`No HTML file named ${name} was found.`);
    return content;
  }

  createHtmlOutput(html?: unknown): FakeHtmlOutput {
    const blob = this.ctx.fakeOf(html, FakeBlob);
    const content = blob ? blob.getDataAsString() : html === undefined ? '' : String(html);
    return this._output(content).proxy;
  }

  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    return this._output(this.file(filename)).proxy;
  }

  createTemplate(html: unknown): FakeHtmlTemplate {
    const blob = this.ctx.fakeOf(html, FakeBlob);
    return this._template(blob ? blob.getDataAsString() : String(html));
  }

  createTemplateFromFile(filename: string): FakeHtmlTemplate {
    return this._template(this.file(filename));
  }
}
