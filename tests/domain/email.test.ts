// isEmail (src/domain/email.ts) checks an address as z.email() would, without bringing that schema into the bundle.
import * as z from 'zod/mini';
import { isEmail } from '../../src/domain/email';

describe('isEmail', () => {
  it('agrees with z.email() on good, odd and bad addresses', () => {
    const samples = [
      'chibo.anphu@example.org',
      'a+b@x.vn',
      "o'brien@example.com",
      'tuyen-giao@huyen-uy.gov.vn',
      'x@y',
      'x@y.c',
      '.a@example.org',
      'a..b@example.org',
      'a.@example.org',
      'a@-example.org',
      'a b@example.org',
      'không-phải-email',
      'ủy@example.org',
      '',
    ];
    const zod = samples.map((s) => z.safeParse(z.email(), s).success);
    expect(samples.map(isEmail)).toEqual(zod);
    expect(zod.filter(Boolean)).toHaveLength(4);
  });
});
