// The self-check's probes: one small call of every kind of Apps Script service the add-on uses, on scratch
// objects removed afterwards, each saying what it observed or throwing what went wrong. A real deployment runs
// them from «Kiểm tra hệ thống»; `npm test` runs the same on the emulated runtime, so the two compare row by row.
import { FORM_ITEMS, QUESTIONS } from '../domain/form';
import { utf8Length } from '#shared/escape';
import { documentCache } from './cache';
import { TIME_ZONE } from './clock';
import * as HANDLER from '#shared/handlers';
import { errorText } from '#shared/errorText';
import { DEED } from '../domain/tabs';
import { headerMatches } from '../domain/structure';
import * as MSG_STRUCTURE from '#shared/messages/structure';
import { checkStructure, driftText } from './structure';
import { campaignForm } from './form';

export interface Probe {
  /** Stable key: rows of a real run and an emulated run are matched on it. */
  key: string;
  /** What the probe does, in Vietnamese, for the «Kiểm tra» tab. */
  label: string;
  /** What Apps Script is expected to do (the emulator's model), in Vietnamese. */
  expected: string;
  /** What was observed; throws when the service did not behave as expected. */
  run: () => string;
}

/** Scratch objects that outlive one run are reused, never piled up: their ids are kept here. */
const SCRATCH_FORM = 'selfCheck:formId';
const SCRATCH_FILE = 'selfCheck:spreadsheetId';
const SCRATCH_TITLE = 'Kiểm tra hệ thống (tệp thử của add-on, có thể xoá)';

/** CacheService: keys ≤ 250 characters, values ≤ 100 KB (developers.google.com/apps-script/reference/cache/cache). */
const CACHE_KEY_CHARS = 250;
const CACHE_VALUE_BYTES = 100 * 1024;
/** PropertiesService: 9 KB per value (developers.google.com/apps-script/guides/services/quotas). */
const PROPERTY_VALUE_BYTES = 9 * 1024;
/** Triggers per user per script (quotas page). */
const MAX_TRIGGERS = 20;

function check(ok: boolean, observed: string): string {
  if (!ok) throw new Error(`Không như mong đợi: ${observed}`);
  return observed;
}

/** Whether `work` throws; its message when it does. */
function thrown(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (err) {
    return errorText(err);
  }
}

/** A text of exactly `bytes` UTF-8 bytes made of Vietnamese letters (3 bytes each) and ASCII padding. */
function textOfBytes(bytes: number): string {
  const wide = 'ệ'.repeat(Math.floor(bytes / 3));
  return wide + 'a'.repeat(bytes - utf8Length(wide));
}

function scratchForm(props: GoogleAppsScript.Properties.Properties): GoogleAppsScript.Forms.Form {
  const id = props.getProperty(SCRATCH_FORM);
  if (id) {
    try {
      return FormApp.openById(id);
    } catch {
      // deleted by a person, or not ours: a new one below
    }
  }
  const form = FormApp.create(SCRATCH_TITLE).setAcceptingResponses(false);
  props.setProperty(SCRATCH_FORM, form.getId());
  return form;
}

/** Adds one item of each kind the campaign's form uses, configured on the typed item as set-up does. */
function addEveryKind(form: GoogleAppsScript.Forms.Form): void {
  const choices = ['Một', 'Hai'];
  form.addListItem().setTitle('list').setChoiceValues(choices).setRequired(true).setHelpText('?');
  form.addMultipleChoiceItem().setTitle('choice').setChoiceValues(choices).setRequired(false).setHelpText('?');
  form.addTextItem().setTitle('text').setRequired(true).setHelpText('?');
  form.addParagraphTextItem().setTitle('paragraph').setRequired(false).setHelpText('?');
  form.addDateItem().setTitle('date').setRequired(false).setHelpText('?');
}

function probeForm(): string {
  const form = scratchForm(PropertiesService.getDocumentProperties());
  try {
    addEveryKind(form);
    const typed = form.addListItem();
    // A typed item has no as…Item(): only a generic Item from getItems() does (the emulator's model).
    const typedHasAs = typeof (typed as unknown as Record<string, unknown>).asListItem === 'function';
    const items = form.getItems();
    const generic = items.filter((i) => i.getType() === FormApp.ItemType.LIST).map((i) => i.asListItem().getTitle());
    const kinds = new Set(QUESTIONS.map((q) => q.kind)).size;
    return check(
      !typedHasAs && generic.includes('list'),
      `${items.length} câu hỏi, ${kinds} loại; ListItem có asListItem: ${typedHasAs ? 'có' : 'không'}`,
    );
  } finally {
    form.getItems().forEach((item) => form.deleteItem(item));
  }
}

/** Text questions of the response probe: what a response's getters cost per question calibrates the cost model. */
const RESPONSE_QUESTIONS = 5;

/**
 * A response read back as intake reads one (getItemResponses, then each item's title and answer), timed; an answer
 * typed as "=1+1" must come back as typed. Submitted by the script, so no trigger fires; deleted afterwards.
 */
function probeResponseRead(): string {
  const form = scratchForm(PropertiesService.getDocumentProperties());
  form.setAcceptingResponses(true);
  try {
    const items = Array.from({ length: RESPONSE_QUESTIONS }, (_, i) => form.addTextItem().setTitle(`q${i}`));
    const response = form.createResponse();
    items.forEach((item) => response.withItemResponse(item.createResponse('=1+1')));
    response.submit();
    const started = Date.now();
    const answers = (form.getResponses()[0]?.getItemResponses() ?? []).map((r) => [
      r.getItem().getTitle(),
      String(r.getResponse()),
    ]);
    const ms = Date.now() - started;
    const calls = 2 + 3 * answers.length;
    return check(
      answers.length === RESPONSE_QUESTIONS && answers.every(([, a]) => a === '=1+1'),
      `${answers.length} câu trả lời đọc trong ${ms} ms (${(ms / calls).toFixed(1)} ms mỗi lệnh); "=1+1" giữ nguyên: ${answers.every(([, a]) => a === '=1+1') ? 'có' : 'không'}`,
    );
  } finally {
    form.deleteAllResponses();
    form.getItems().forEach((item) => form.deleteItem(item));
    form.setAcceptingResponses(false);
  }
}

/** The campaign's own form, reached as the sweep reaches it: by the id set-up recorded. */
function probeCampaignForm(): string {
  const form = campaignForm();
  if (!form) throw new Error('Chưa có biểu mẫu: hãy chạy «Thiết lập»');
  const questions = form.getItems().length;
  return check(
    questions === FORM_ITEMS.length,
    `${questions}/${FORM_ITEMS.length} mục; đang nhận trả lời: ${form.isAcceptingResponses() ? 'có' : 'không'}`,
  );
}

function probeTriggers(): string {
  const trigger = ScriptApp.newTrigger(HANDLER.sweep)
    .timeBased()
    .after(7 * 24 * 3600_000)
    .create();
  try {
    const mine = ScriptApp.getProjectTriggers();
    const listed = mine.some((t) => t.getUniqueId() === trigger.getUniqueId());
    return check(
      listed && mine.length <= MAX_TRIGGERS,
      `${mine.length}/${MAX_TRIGGERS} trigger của bạn (kể cả trigger thử)`,
    );
  } finally {
    ScriptApp.deleteTrigger(trigger);
  }
}

function probeLocks(): string {
  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  const held = lock.hasLock();
  SpreadsheetApp.flush();
  lock.releaseLock();
  const script = LockService.getScriptLock();
  const got = script.tryLock(1_000);
  if (got) script.releaseLock();
  return check(held && got && !lock.hasLock(), 'khoá tài liệu và khoá script lấy được, trả lại được');
}

function probeCache(): string {
  const cache = documentCache();
  const key = 'k'.repeat(CACHE_KEY_CHARS);
  try {
    cache.put(key, textOfBytes(CACHE_VALUE_BYTES), 60);
    const kept = utf8Length(cache.get(key) ?? '') === CACHE_VALUE_BYTES;
    const overValue = thrown(() => cache.put(key, textOfBytes(CACHE_VALUE_BYTES + 1), 60));
    const overKey = thrown(() => cache.put(`${key}k`, 'x', 60));
    return check(
      kept && overValue !== null && overKey !== null,
      `giá trị ${CACHE_VALUE_BYTES} byte: giữ được; ${CACHE_VALUE_BYTES + 1} byte: ${overValue ?? 'không lỗi'}; khoá ${CACHE_KEY_CHARS + 1} ký tự: ${overKey ?? 'không lỗi'}`,
    );
  } finally {
    cache.remove(key);
  }
}

function probeProperties(): string {
  const props = PropertiesService.getDocumentProperties();
  const key = 'selfCheck:probe';
  try {
    props.setProperty(key, textOfBytes(PROPERTY_VALUE_BYTES));
    const kept = utf8Length(props.getProperty(key) ?? '') === PROPERTY_VALUE_BYTES;
    const over = thrown(() => props.setProperty(key, textOfBytes(PROPERTY_VALUE_BYTES + 1)));
    return check(
      kept && over !== null,
      `giá trị ${PROPERTY_VALUE_BYTES} byte: giữ được; ${PROPERTY_VALUE_BYTES + 1} byte: ${over ?? 'không lỗi'}`,
    );
  } finally {
    props.deleteProperty(key);
  }
}

/** The Sheets API on a spreadsheet of the add-on's own (drive.file): a write past the default grid is refused. */
function probeSheetsApi(): string {
  if (typeof Sheets === 'undefined') throw new Error('Dịch vụ nâng cao Sheets chưa bật trong appsscript.json');
  const api: GoogleAppsScript.Sheets = Sheets;
  const props = PropertiesService.getDocumentProperties();
  const write = (id: string, a1: string) =>
    api.Spreadsheets!.Values!.batchUpdate(
      { valueInputOption: 'RAW', data: [{ range: `'Thử'!${a1}`, values: [['x']] }] },
      id,
    );
  let id = props.getProperty(SCRATCH_FILE);
  if (!id || thrown(() => write(id!, 'A1')) !== null) {
    id =
      api.Spreadsheets!.create({ properties: { title: SCRATCH_TITLE }, sheets: [{ properties: { title: 'Thử' } }] })
        .spreadsheetId ?? '';
    props.setProperty(SCRATCH_FILE, id);
    write(id, 'A1');
  }
  const beyond = thrown(() => write(id!, 'A1001'));
  return check(beyond !== null, `ghi ở A1 được; ghi ở A1001 (ngoài lưới 1000 × 26): ${beyond ?? 'không lỗi'}`);
}

function probeScratchTab(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet(`Kiểm tra tạm ${Date.now()}`);
  try {
    sheet.getRange(1, 1, 1, 2).setValues([["'=1+1", "'0912345678"]]);
    const back = sheet.getRange(1, 1, 1, 2).getValues()[0] ?? [];
    return check(back[0] === '=1+1' && back[1] === '0912345678', `đọc lại: ${JSON.stringify(back)}`);
  } finally {
    ss.deleteSheet(sheet);
  }
}

/**
 * A basic filter hiding a row of a scratch tab: whether TextFinder finds it (the emulator says not: unverified; the
 * add-on reads a filter's rows itself either way), while getValues, getLastRow and a write treat it as any row.
 */
function probeFilter(): string {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet(`Kiểm tra lọc ${Date.now()}`);
  try {
    sheet.getRange('A1:A3').setValues([['k'], ['a'], ['b']]);
    const hide = SpreadsheetApp.newFilterCriteria().setHiddenValues(['b']).build();
    sheet.getRange('A1:A3').createFilter().setColumnFilterCriteria(1, hide);
    sheet.getRange('B3').setValue('x');
    const [read, last] = [sheet.getRange('A3:B3').getValues()[0] ?? [], sheet.getLastRow()];
    const found = sheet.createTextFinder('b').findNext() !== null;
    return check(
      sheet.isRowHiddenByFilter(3) && read.join() === 'b,x' && last === 3,
      `TextFinder thấy: ${found ? 'có' : 'không'}`,
    );
  } finally {
    ss.deleteSheet(sheet);
  }
}

/** A timed read of the deeds tab (at most 2,000 rows: ~8 s at the 0.1 ms a cell published for formatted sheets): its ms per cell calibrates the benchmarks' cost model. */
function probeRead(): string {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(DEED.name);
  if (!sheet || sheet.getLastRow() < 2) return 'tab «Việc tốt» chưa có dòng nào: bỏ qua';
  const rows = Math.min(sheet.getLastRow() - 1, 2_000);
  const started = Date.now();
  const cells = sheet.getRange(2, 1, rows, sheet.getLastColumn()).getValues().length * sheet.getLastColumn();
  const ms = Date.now() - started;
  return `${cells} ô trong ${ms} ms (${(ms / cells).toFixed(4)} ms/ô)`;
}

/** Every owned tab's header row against its schema: a header renamed, moved or inserted by hand fails, named. */
function probeStructure(): string {
  const tabs = checkStructure();
  const wrong = tabs.flatMap((t) => (t.drift && !headerMatches(t.drift) ? [driftText(t.schema, t.drift)] : []));
  const seen = tabs.map((t) => (t.drift ? MSG_STRUCTURE.matches(t.schema.name) : MSG_STRUCTURE.absent(t.schema.name)));
  return check(wrong.length === 0, wrong.length > 0 ? wrong.join(' ') : seen.join('; '));
}

function probeLocale(): string {
  const locale = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
  return check(locale === 'vi_VN', `ngôn ngữ bảng tính: ${locale}`);
}

function probePdf(): string {
  const pdf = Utilities.newBlob('<p>Kiểm tra</p>', 'text/html', 'kiem-tra.html').getAs('application/pdf');
  const bytes = pdf.getBytes().length;
  return check(bytes > 0, `PDF ${bytes} byte`);
}

function probeMailQuota(): string {
  const left = MailApp.getRemainingDailyQuota();
  return check(left >= 0, `còn ${left} người nhận hôm nay (không gửi thư nào)`);
}

function probeAuthorization(): string {
  const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
  const status = String(info.getAuthorizationStatus());
  return check(status === 'NOT_REQUIRED', `trạng thái cấp quyền: ${status}`);
}

function probeDates(): string {
  const text = Utilities.formatDate(new Date(Date.UTC(2026, 10, 27, 2, 5)), TIME_ZONE, 'dd/MM/yyyy HH:mm');
  return check(text === '27/11/2026 09:05', text);
}

const probe = (key: string, label: string, expected: string, run: () => string): Probe => ({
  key,
  label,
  expected,
  run,
});

/** Every probe: key, what it does, what Apps Script is expected to do, and the probe itself. */
export const PROBES: readonly Probe[] = [
  probe('sheet.scratchTab', 'Tab tạm: ghi, đọc lại, xoá', '"=1+1" và số 0 đầu giữ nguyên là chữ', probeScratchTab),
  probe('sheet.read', 'Đọc tab «Việc tốt» (tối đa 2.000 dòng)', 'đo thời gian đọc mỗi ô', probeRead),
  probe('sheet.filter', 'Dòng bộ lọc ẩn', 'TextFinder thấy: không (chưa xác minh)', probeFilter),
  probe('sheet.structure', MSG_STRUCTURE.probeLabel, MSG_STRUCTURE.probeExpected, probeStructure),
  probe('sheet.locale', 'Ngôn ngữ bảng tính', 'vi_VN (Thiết lập đặt)', probeLocale),
  probe('form.items', 'Biểu mẫu tạm: mọi loại câu hỏi', 'ListItem không có asListItem()', probeForm),
  probe(
    'form.responseRead',
    'Đọc một câu trả lời biểu mẫu như khi nhận bài',
    'đo thời gian mỗi lệnh đọc; "=1+1" giữ nguyên',
    probeResponseRead,
  ),
  probe(
    'form.campaign',
    'Biểu mẫu của phong trào (mở theo liên kết của Sheet)',
    'mở được, đủ câu hỏi',
    probeCampaignForm,
  ),
  probe('script.triggers', 'Tạo và xoá một trigger', 'tối đa 20 trigger mỗi người', probeTriggers),
  probe('lock.both', 'Khoá tài liệu và khoá script', 'lấy, flush, trả lại', probeLocks),
  probe('cache.limits', 'Bộ nhớ đệm ở giới hạn', '100 KB (byte) mỗi giá trị, khoá 250 ký tự', probeCache),
  probe('properties.limits', 'Thuộc tính ở giới hạn', '9 KB (byte) mỗi giá trị', probeProperties),
  probe('sheetsApi.grid', 'Sheets API: ghi ngoài lưới mặc định', 'bị từ chối (exceeds grid limits)', probeSheetsApi),
  probe('blob.pdf', 'Chuyển HTML sang PDF', 'có thể lỗi; tính vào hạn mức ngày', probePdf),
  probe('mail.quota', 'Hạn mức gửi thư còn lại', 'đọc được, không gửi thư', probeMailQuota),
  probe('script.authorization', 'Quyền đã cấp', 'NOT_REQUIRED: đã cấp đủ', probeAuthorization),
  probe('utilities.formatDate', 'Ngày giờ Việt Nam', '27/11/2026 09:05', probeDates),
];
