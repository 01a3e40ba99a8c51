/**
 * The printed sign-in code: 12 characters in three groups ("KQ7M-3XPA-9RTD"), from an alphabet
 * without 0, O, 1 and I so it can be typed over from paper. 32^12 = 2^60 possibilities: with a week's
 * validity, one use and throttled attempts it cannot be guessed. Pure: no database.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const LENGTH = 12;

export const SIGN_IN_CODE_DAYS = 7;

export function randomSignInCode(): string {
  // 256 is a multiple of 32, so `byte % 32` picks every character equally often.
  const bytes = crypto.getRandomValues(new Uint8Array(LENGTH));
  const characters = Array.from(bytes, (byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return formatSignInCode(characters);
}

/** What the person typed, as the code is stored: capitals, without spaces or dashes; null when it cannot be a code. */
export function normaliseSignInCode(typed: string): string | null {
  const cleaned = typed.toUpperCase().replace(/[\s\-–.]/g, '');
  if (cleaned.length !== LENGTH || [...cleaned].some((character) => !ALPHABET.includes(character)))
    return null;
  return cleaned;
}

export const formatSignInCode = (code: string): string =>
  `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
