// One email address as the settings and the form check it, with the pattern z.email() uses (zod 4, core/regexes.ts
// `email`; tests/domain/email.test.ts holds it to z.email()), and as the add-on compares two.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export const isEmail = (text: string): boolean => EMAIL.test(text);

/** An address as the add-on compares it: trimmed, lower-cased. */
export const emailKey = (text: string): string => text.trim().toLowerCase();
