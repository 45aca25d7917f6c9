// Vietnamese typed without its accents ("to dan phong ap Ben Do"): pointed out to the reviewer before the text goes
// to leadership or on air, since a reader cannot tell «Bến Đò» from «bên đó».
import { fold } from './text';

/** Words needed before a text's lack of accents means anything (a short name may have none: «Ban Tin»). */
const MIN_WORDS = 3;

/** True for a text of at least three words with no Vietnamese accent or «đ» at all. */
export function lacksAccents(text: string): boolean {
  const words = text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);
  return words.length >= MIN_WORDS && fold(text) === text.toLowerCase();
}
