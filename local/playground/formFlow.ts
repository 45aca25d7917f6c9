// The playground's Google Form as a unit's clerk meets it: the form (or one's own response reopened by its edit link,
// answers filled in), sending it through the bundle's real onFormSubmit, then the form's own confirmation and the
// email the unit receives — with, for a refused report, the link that opens the same response to fix it.
import { esc, page, redirect } from './html';
import type { NavLink } from './html';
import type { Playground, Reply, Request, Route } from './server';
import { deliverNotices } from '../flows';

/** A response's edit link as Forms makes it (…/viewform?edit2=<id>), answered here by GET /form?edit2=<id>. */
const EDIT_LINK = /https:\/\/docs\.google\.com\/forms\/d\/e\/[^/\s]+\/viewform\?edit2=([\w-]+)/g;

/** A plain-text email body as HTML, its response edit links opening the playground's form. */
export const mailBodyHtml = (body: string): string =>
  esc(body).replace(EDIT_LINK, (_all, id: string) => `<a href="/form?edit2=${id}">/form?edit2=${id}</a>`);

/** What Google Forms says when it refuses an answer, in Vietnamese (the emulator's texts are Apps Script's English). */
function formsRefusal(message: string): string {
  const required = /The question "(.+)" is required/.exec(message);
  if (required) return `Câu «${required[1]!}» là bắt buộc: hãy trả lời rồi gửi lại.`;
  const invalid = /Invalid response submitted to item \d+: (.*)/.exec(message);
  if (invalid) return `Câu trả lời «${invalid[1]!}» không hợp lệ cho câu hỏi này: hãy chọn hoặc nhập lại.`;
  if (/not accepting responses/.test(message)) return 'Biểu mẫu hiện không nhận câu trả lời.';
  if (/does not allow editing/.test(message)) return 'Biểu mẫu không cho sửa câu trả lời đã gửi.';
  return `Google Biểu mẫu không nhận câu trả lời (${message}).`;
}

/** The answers to show in the form: the response being edited, or what was typed before a refusal by Forms itself. */
function shownAnswers(pg: Playground, editId: string | null): Record<string, string> {
  const form = pg.addOn.runtime.forms[0];
  const response = editId ? form?.getResponses().find((r) => r.getId() === editId) : undefined;
  if (!response) return pg.draft ?? {};
  const out: Record<string, string> = {};
  for (const item of response.getItemResponses()) out[item.getItem().getTitle()] = String(item.getResponse());
  return { ...out, ...pg.draft };
}

function itemRequired(item: GoogleAppsScript.Forms.Item): boolean {
  const type = String(item.getType());
  if (type === 'LIST') return item.asListItem().isRequired();
  if (type === 'MULTIPLE_CHOICE') return item.asMultipleChoiceItem().isRequired();
  if (type === 'PARAGRAPH_TEXT') return item.asParagraphTextItem().isRequired();
  if (type === 'DATE') return item.asDateItem().isRequired();
  return item.asTextItem().isRequired();
}

function field(item: GoogleAppsScript.Forms.Item, i: number, value: string): string {
  const type = String(item.getType());
  const title = item.getTitle();
  // A page of the real form (one per loại hình, reached from the unit's answer): a section shown once the unit is
  // chosen (PAGE_SCRIPT); Forms keeps only the answers of the page the unit's choice leads to.
  if (type === 'PAGE_BREAK')
    return `</section><section data-page="${item.getId()}"><h2>${esc(title)}</h2><p><small>${esc(item.getHelpText())}</small></p>`;
  const required = itemRequired(item);
  const name = `q${i}`;
  const label = `<label for="${name}">${esc(title)}${required ? ' *' : ''}<small>${esc(item.getHelpText())}</small></label>`;
  const req = required ? ' required' : '';
  if (type === 'LIST') {
    const options = item
      .asListItem()
      .getChoices()
      .map((c) => {
        const page = c.getGotoPage(); // the unit's answer leads to its loại hình's page
        const goto = page ? ` data-goto="${page.getId()}"` : '';
        return `<option${goto}${c.getValue() === value ? ' selected' : ''}>${esc(c.getValue())}</option>`;
      })
      .join('');
    return `${label}<select id="${name}" name="${esc(title)}"${req}><option value=""></option>${options}</select>`;
  }
  if (type === 'MULTIPLE_CHOICE') {
    const radios = item
      .asMultipleChoiceItem()
      .getChoices()
      .map(
        (c) =>
          `<label class="choice"><input type="radio" name="${esc(title)}" value="${esc(c.getValue())}"${c.getValue() === value ? ' checked' : ''}${req}> ${esc(c.getValue())}</label>`,
      )
      .join('');
    const legend = `<legend>${esc(title)}${required ? ' *' : ''}<small>${esc(item.getHelpText())}</small></legend>`;
    return `<fieldset>${legend}${radios}</fieldset>`;
  }
  if (type === 'PARAGRAPH_TEXT')
    return `${label}<textarea id="${name}" name="${esc(title)}"${req}>${esc(value)}</textarea>`;
  const kind = type === 'DATE' ? ' type="date"' : '';
  return `${label}<input${kind} id="${name}" name="${esc(title)}" value="${esc(value)}"${req}>`;
}

/**
 * As Forms goes from page 1 to the page the unit's answer leads to: only that page is shown, and the others' fields
 * are disabled (not sent, not required) — Forms drops the answers of pages off the respondent's path.
 */
const PAGE_SCRIPT = `(() => {
  const pages = [...document.querySelectorAll('section[data-page]')];
  const unit = document.querySelector('option[data-goto]')?.parentElement;
  if (!unit) return;
  const show = () => {
    const goto = unit.selectedOptions[0]?.dataset.goto;
    for (const s of pages) {
      const on = s.dataset.page === goto;
      s.hidden = !on;
      for (const e of s.querySelectorAll('input, select, textarea')) e.disabled = !on;
    }
  };
  unit.addEventListener('change', show);
  show();
})();`;

export function formRoutes(nav: readonly NavLink[], flash: (pg: Playground) => string): Record<string, Route> {
  /** The form, empty, refilled after Forms refused it, or one's own response reopened by its edit link. */
  const formPage = (pg: Playground, req: Request): Reply => {
    const form = pg.addOn.runtime.forms[0];
    if (!form) return { body: page('Biểu mẫu', nav, '<p>Chưa có biểu mẫu: chạy Thiết lập.</p>', '/form') };
    const editId = req.query.get('edit2');
    const answers = shownAnswers(pg, editId);
    pg.draft = undefined;
    const fields = `<section>${form
      .getItems()
      .map((item, i) => field(item, i, answers[item.getTitle()] ?? ''))
      .join('')}</section><script>${PAGE_SCRIPT}</script>`;
    const action = editId ? `/form?edit2=${encodeURIComponent(editId)}` : '/form';
    const editing = editId
      ? '<p class="note warn">Bạn đang sửa báo cáo đã gửi (mở từ đường dẫn trong thư): các câu trả lời cũ vẫn còn, sửa chỗ cần sửa rồi bấm Gửi.</p>'
      : '';
    const body = `${flash(pg)}<form class="web" method="post" action="${esc(action)}"><h1>${esc(form.getTitle())}</h1>${editing}<p>${esc(form.getDescription())}</p>${fields}<p><button type="submit">Gửi</button></p></form>`;
    return { body: page('Biểu mẫu', nav, body, '/form') };
  };

  /** Sends it (or the edit): Forms' own checks first, then the bundle's real onFormSubmit; then what the unit sees. */
  const formSubmit = (pg: Playground, req: Request): Reply => {
    const { runtime } = pg.addOn;
    const form = runtime.forms[0];
    if (!form) return redirect('/form');
    const answers: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(req.body)) if (v.trim() !== '') answers[k] = v;
    const editId = req.query.get('edit2');
    const sentBefore = runtime.mail.sent.length;
    // The clock moves as on a real day (at least a second per send): a resend minutes later is a new response.
    const now = Date.now();
    runtime.clock.advance(Math.max(1000, now - (pg.wallAt ?? now)));
    pg.wallAt = now;
    let outcome;
    try {
      const editUrl = editId
        ? form
            .getResponses()
            .find((r) => r.getId() === editId)
            ?.getEditResponseUrl()
        : undefined;
      if (editId && !editUrl) throw new Error(`No response ${editId}`);
      outcome = editUrl ? runtime.editResponse(editUrl, answers)[0] : runtime.submitForm(form, answers)[0];
    } catch (err) {
      pg.draft = answers; // Forms keeps what was typed on the page when it refuses
      pg.lastMessage = formsRefusal(err instanceof Error ? err.message : String(err));
      return redirect(editId ? `/form?edit2=${encodeURIComponent(editId)}` : '/form');
    }
    const result = outcome?.result as { status: string; id: string } | undefined;
    deliverNotices(pg.addOn); // the minute after: the notice goes from its one-time trigger (src/app/noticeMail.ts)
    pg.lastSent = {
      status: result?.status ?? 'error',
      mails: runtime.mail.sent.slice(sentBefore).map((m) => ({ to: m.to, subject: m.subject, body: m.body })),
      problem: result
        ? result.status === 'duplicate'
          ? 'Lần gửi này trùng một lần gửi đã nhận (trigger chạy lặp): không ghi lại, không gửi thư nữa.'
          : ''
        : `Lỗi khi xử lý: ${String(outcome?.error ?? 'không có trigger nhận biểu mẫu')}`,
    };
    return redirect('/form/sent');
  };

  /** Forms' confirmation page, then (as the playground can show it) the email the unit was sent. */
  const sentPage = (pg: Playground): Reply => {
    const form = pg.addOn.runtime.forms[0];
    const sent = pg.lastSent;
    const mails = (sent?.mails ?? [])
      .map(
        (m) =>
          `<article class="note ${m.subject.includes('bị trả lại') ? 'warn' : 'ok'}"><p><strong>Thư tới ${esc(m.to)}</strong>: ${esc(m.subject)}</p>` +
          `<pre style="white-space:pre-wrap;font:inherit">${mailBodyHtml(m.body)}</pre></article>`,
      )
      .join('');
    const shown =
      mails ||
      `<p class="note warn">${esc(sent?.problem || 'Chưa có thư nào cho lần gửi này (hạn mức thư, hoặc chưa có địa chỉ).')}</p>`;
    const body = `<section class="web" style="max-width:640px"><h1>${esc(form?.getTitle() ?? 'Biểu mẫu')}</h1>
<p class="note ok" role="status">${esc(form?.getConfirmationMessage() ?? '')}</p>
<p><a href="/form">Gửi một báo cáo khác</a></p>
<h2>Thư đơn vị nhận được</h2>${shown}</section>`;
    return { body: page('Đã gửi', nav, body, '/form') };
  };

  return { 'GET /form': formPage, 'POST /form': formSubmit, 'GET /form/sent': sentPage };
}
