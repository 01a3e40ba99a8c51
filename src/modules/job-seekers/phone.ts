import { z } from 'zod';

// Pure module (no database, no fs): phone numbers as people write them, in one stored form.
//
// Dutch numbers are stored in national notation, digits only: '0612345678', '0101234567'.
// Foreign numbers are stored as '+' and their digits: '+32470123456'.
// That one form makes the duplicate check ("same phone") and searching on digits reliable.

/** Characters people use to group a number: spaces, dashes, dots, slashes and brackets. */
const SEPARATORS = /[\s\-./()]/g;
const WRITTEN_NUMBER = /^\+?[\d\s\-./()]+$/;
/** A Dutch national number: a 0, then 9 digits that do not start with 0 ("00" is the international prefix). */
const DUTCH_NATIONAL = /^0[1-9]\d{8}$/;
/** E.164 allows at most 15 digits including the country code; shorter than 8 is not a reachable number. */
const INTERNATIONAL_DIGITS = /^[1-9]\d{7,14}$/;
const NETHERLANDS = '31';

export const INVALID_PHONE_MESSAGE =
  'Ongeldig telefoonnummer: gebruik bijvoorbeeld 06 12345678, 010 1234567 of +32 470 12 34 56 / ' +
  'Invalid phone number: use for example 06 12345678, 010 1234567 or +32 470 12 34 56';

/** '+31 (0)6 12345678': the national 0 in brackets after a country code is not dialled. */
const withoutTrunkPrefix = (written: string): string =>
  /^(\+|00)/.test(written) ? written.replace(/\(0\)/g, '') : written;

/**
 * '06-12 34 56 78', '+31 6 12345678', '0031612345678', '+31 (0)6 12345678' → '0612345678';
 * '010-1234567' → '0101234567'; '+32 470 12 34 56' and '0032470123456' → '+32470123456'.
 * Returns null for anything that is not a plausible phone number.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!WRITTEN_NUMBER.test(trimmed)) return null;
  const compact = withoutTrunkPrefix(trimmed).replace(SEPARATORS, '');

  let international: string | null = null;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);

  if (international === null) return DUTCH_NATIONAL.test(compact) ? compact : null;

  if (international.startsWith(NETHERLANDS)) {
    // '+31 06 12345678': a national 0 written after the country code is dropped as well.
    const national = `0${international.slice(NETHERLANDS.length).replace(/^0/, '')}`;
    return DUTCH_NATIONAL.test(national) ? national : null;
  }
  return INTERNATIONAL_DIGITS.test(international) ? `+${international}` : null;
}

/**
 * The digits to look for when a search text looks like (part of) a phone number, in the stored
 * form: '06 12 34' → '061234', '+31 6 1234' → '061234'. Null when the text is not a phone search
 * (letters in it, or fewer than 3 digits).
 */
export function phoneSearchDigits(query: string): string | null {
  const trimmed = query.trim();
  if (!WRITTEN_NUMBER.test(trimmed)) return null;
  let digits = withoutTrunkPrefix(trimmed).replace(/\D/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (international && digits.startsWith(NETHERLANDS)) {
    digits = `0${digits.slice(NETHERLANDS.length).replace(/^0/, '')}`;
  }
  return digits.length >= 3 ? digits : null;
}

/** A phone number as input: normalised, or a validation issue with a plain message. */
export const phoneSchema = z
  .string({ error: INVALID_PHONE_MESSAGE })
  .max(40, { error: INVALID_PHONE_MESSAGE })
  .transform((input, ctx) => {
    const phone = normalisePhone(input);
    if (phone) return phone;
    ctx.addIssue({ code: 'custom', message: INVALID_PHONE_MESSAGE, input });
    return z.NEVER;
  });
