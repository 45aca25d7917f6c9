// The weekly media pack, pure: the week's radio and flag-ceremony picks told as plain spoken Vietnamese.
import type { LocalDate } from './calendar';
import { parseLocalDate, viDayMonth } from './calendar';
import type { ReportDeed, ReportWeek } from './summary';
import * as MSG_MEDIA from '#shared/messages/media';

/** What a story is told from: a deed's fields as reporting reads them (never its id or codes). */
export type StoryDeed = Pick<
  ReportDeed,
  | 'title'
  | 'description'
  | 'unitName'
  | 'performerKind'
  | 'performerName'
  | 'performerRole'
  | 'place'
  | 'beneficiaries'
  | 'field'
  | 'nature'
  | 'startDate'
  | 'doneOn'
>;

/** A deed's story: its title (a cue for the reader, not read aloud) and the text to read. */
export interface Story {
  title: string;
  text: string;
}

export interface RadioScript {
  /** The segment's name and the week's days: "Chuyên mục «…» — tuần 23/11–29/11". */
  heading: string;
  opening: string;
  stories: Story[];
  closing: string;
}

export interface MediaPack {
  radio: RadioScript;
  flagStories: Story[];
  bulletin: Story[];
}

export interface MediaPicks {
  organisation: string;
  week: ReportWeek;
  /** The week's radio picks, the flag-ceremony stories among its deeds, the month's bulletin picks. */
  radio: readonly StoryDeed[];
  flagStories: readonly StoryDeed[];
  bulletin: readonly StoryDeed[];
}

/** A flag-ceremony story is read aloud in about a minute: at most this many words (syllables, in Vietnamese). */
export const FLAG_STORY_WORDS = 150;
/** A radio story: its description at most this long, the whole story at most `RADIO_STORY_WORDS`. */
const RADIO_DESCRIPTION_WORDS = 90;
export const RADIO_STORY_WORDS = 220;
/** A bulletin text's one sentence from the description. */
const BULLETIN_DESCRIPTION_WORDS = 40;
/** Below this, a flag story leaves the description out rather than keep a scrap of it. */
const MIN_DESCRIPTION_WORDS = 8;

const ENDED = /[.!?…]["'»”)]*$/;
/** Between sentences: after a full stop (and a closing quote), not inside "TP.HCM" or "5.000.000". */
const SENTENCE_BREAK = /(?<=[.!?…]["'»”)]*)\s+/;
/** Links and email addresses cannot be read aloud. */
const UNSPEAKABLE = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/gi;
/** Honorifics and kinship words are lower case inside a sentence even before a name: "giúp đỡ bà Nguyễn Thị Lành". */
const HONORIFICS = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'cháu', 'các', 'những']);

/** One line of plain text: no links, no empty brackets, single spaces, no space before punctuation. */
function plain(text: string): string {
  return text
    .replace(UNSPEAKABLE, ' ')
    .replace(/\(\s*\)|\[\s*\]|«\s*»/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?…])/g, '$1')
    .trim();
}

const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
const sentencesOf = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .split(SENTENCE_BREAK)
    .filter((s) => s !== '');
/** A description as it can be read aloud: without the sentences that point to a link or an address. */
const speakable = (text: string) =>
  sentencesOf(text)
    .filter((s) => s.search(UNSPEAKABLE) < 0)
    .join(' ');
const stripEnd = (text: string) => text.replace(/[\s,;:.!?…–-]+$/, '');
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-cases the first letter inside a sentence, unless it starts a name ("Hội Phụ nữ…") or an acronym ("UBND"). */
function lowerFirst(text: string): string {
  const [first = '', second = ''] = words(text);
  const acronym = first.length > 1 && first === first.toUpperCase() && first !== first.toLowerCase();
  const name = second !== '' && second.charAt(0) !== second.charAt(0).toLowerCase();
  const keep = acronym || (name && !HONORIFICS.has(first.toLowerCase()));
  return keep ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** A sentence that starts with a capital and ends with a full stop; '' for nothing. */
function sentence(text: string): string {
  const t = plain(text);
  if (t === '') return '';
  return upperFirst(ENDED.test(t) ? t : `${stripEnd(t)}.`);
}

/**
 * The longest run of whole sentences within `max` words; a first sentence longer than that is cut at its last
 * comma, or else at the limit with an ellipsis.
 */
function trimWords(text: string, max: number): string {
  const sentences = sentencesOf(plain(text));
  const kept: string[] = [];
  let count = 0;
  for (const s of sentences) {
    const n = words(s).length;
    if (count + n > max) break;
    kept.push(s);
    count += n;
  }
  if (kept.length > 0 || sentences.length === 0 || max <= 0) return sentence(kept.join(' '));
  const head = words(sentences[0] ?? '')
    .slice(0, max)
    .join(' ');
  const comma = head.lastIndexOf(',');
  return comma > head.length / 2 ? sentence(head.slice(0, comma)) : upperFirst(`${stripEnd(head)}…`);
}

/** "ngày 24 tháng 11", with the year only when it is not the week's. */
function spokenDay(d: LocalDate, year: number): string {
  return MSG_MEDIA.day(d.day, d.month, d.year === year ? undefined : d.year);
}

/** "từ ngày 23 đến ngày 29 tháng 11", "từ ngày 30 tháng 11 đến ngày 6 tháng 12", years when they differ. */
function spokenRange(first: LocalDate, last: LocalDate): string {
  const years = first.year !== last.year;
  const from =
    !years && first.month === last.month
      ? MSG_MEDIA.dayOnly(first.day)
      : MSG_MEDIA.day(first.day, first.month, years ? first.year : undefined);
  return MSG_MEDIA.range(from, MSG_MEDIA.day(last.day, last.month, years ? last.year : undefined));
}

/** Who did it, as a sentence's subject: the person with their role and unit, the collective, or the unit. */
function subject(d: StoryDeed): string {
  const name = plain(d.performerName);
  const unit = plain(d.unitName);
  const role = plain(d.performerRole);
  if (name === '' || name.toLowerCase() === unit.toLowerCase()) return unit || MSG_MEDIA.someone;
  if (d.performerKind === 'tap_the') return unit ? MSG_MEDIA.collective(name, unit) : name;
  const about = [role && lowerFirst(role), unit && MSG_MEDIA.of(unit)].filter((s) => s !== '').join(' ');
  return about ? `${name}, ${about},` : name;
}

/** When: since the start of a long-running deed, or the day it was done. */
function when(d: StoryDeed, year: number): string {
  const start = d.nature === 'thuong_xuyen' ? parseLocalDate(d.startDate) : undefined;
  if (start) return MSG_MEDIA.since(start.month, start.year === year ? undefined : start.year);
  const done = parseLocalDate(d.doneOn);
  return done ? spokenDay(done, year) : '';
}

/** "[Tiếp theo, ]ngày 24 tháng 11, Nguyễn Văn Tư, đảng viên thuộc …, đã có việc làm tốt tại …: sửa nhà …." */
function lead(d: StoryDeed, year: number, transition = ''): string {
  const where = stripEnd(plain(d.place).replace(/^(tại|ở)\s+/i, ''));
  const what = lowerFirst(stripEnd(plain(d.title)));
  const opening = [transition, when(d, year)].filter((s) => s !== '').join(', ');
  const did = MSG_MEDIA.did(subject(d), where, what);
  return sentence(opening ? `${opening}, ${did}` : did);
}

const helped = (d: StoryDeed) => {
  const who = stripEnd(plain(d.beneficiaries));
  return who ? sentence(MSG_MEDIA.helped(lowerFirst(who))) : '';
};
const fieldLine = (d: StoryDeed) => sentence(MSG_MEDIA.fieldLine(MSG_MEDIA.fields[d.field]));
const join = (parts: readonly string[]) => parts.filter((p) => p !== '').join(' ');

function radioStory(d: StoryDeed, year: number, transition: string): Story {
  const text = join([
    lead(d, year, transition),
    trimWords(speakable(d.description), RADIO_DESCRIPTION_WORDS),
    helped(d),
    fieldLine(d),
  ]);
  return { title: plain(d.title), text: trimWords(text, RADIO_STORY_WORDS) };
}

/** The same story, shorter: the description gets what the other sentences leave of the word cap. */
function flagStory(d: StoryDeed, year: number): Story {
  const fixed = [lead(d, year), helped(d), fieldLine(d)];
  const room = FLAG_STORY_WORDS - words(join(fixed)).length;
  const description = room >= MIN_DESCRIPTION_WORDS ? trimWords(speakable(d.description), room) : '';
  const [first = '', ...rest] = fixed;
  return { title: plain(d.title), text: trimWords(join([first, description, ...rest]), FLAG_STORY_WORDS) };
}

/** Two or three sentences: who did what, one sentence of the description, whom it helped (or its field). */
function bulletinText(d: StoryDeed, year: number): Story {
  const [firstSentence = ''] = sentencesOf(speakable(d.description));
  const detail = trimWords(firstSentence, BULLETIN_DESCRIPTION_WORDS);
  return { title: plain(d.title), text: join([lead(d, year), detail, helped(d) || fieldLine(d)]) };
}

/** "Trước hết", "Tiếp theo", …, "Cuối cùng": how the script moves from one model to the next. */
function transition(i: number, count: number): string {
  if (count === 1) return '';
  if (i === 0) return MSG_MEDIA.transition.first;
  return i === count - 1 ? MSG_MEDIA.transition.last : MSG_MEDIA.transition.next;
}

export function mediaPack(p: MediaPicks): MediaPack {
  const year = p.week.last.year;
  const organisation = plain(p.organisation);
  const days = spokenRange(p.week.first, p.week.last);
  return {
    radio: {
      heading: MSG_MEDIA.heading(`${viDayMonth(p.week.first)}–${viDayMonth(p.week.last)}`),
      opening: MSG_MEDIA.opening(organisation, days, MSG_MEDIA.number(p.radio.length)),
      stories: p.radio.map((d, i) => radioStory(d, year, transition(i, p.radio.length))),
      closing: MSG_MEDIA.closing,
    },
    flagStories: p.flagStories.map((d) => flagStory(d, year)),
    bulletin: p.bulletin.map((d) => bulletinText(d, year)),
  };
}
