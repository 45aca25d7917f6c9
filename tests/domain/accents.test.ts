// Vietnamese typed without accents is pointed out to the reviewer (src/domain/accents.ts).
import { lacksAccents } from '../../src/domain/accents';

it('flags a title of three words or more with no accent at all, and nothing else', () => {
  expect(lacksAccents('to dan phong ap Ben Do')).toBe(true);
  expect(lacksAccents('TO DAN PHONG AP BEN DO')).toBe(true);
  expect(lacksAccents('Tổ dân phòng ấp Bến Đò')).toBe(false);
  expect(lacksAccents('Dọn rác ap 3')).toBe(false); // one accent is enough: typed with accents
  expect(lacksAccents('Ban Tin')).toBe(false); // too short to tell
  expect(lacksAccents('Ho tro 2 ho ngheo')).toBe(true);
  expect(lacksAccents('đi cùng')).toBe(false);
});
