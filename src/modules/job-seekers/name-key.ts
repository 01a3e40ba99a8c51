// Pure module: the form of a name used for searching and for the duplicate check.

/** Letters that Unicode does not decompose into a base letter plus an accent. */
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const SPECIAL_LETTER_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Lower-case, accents removed, typographic apostrophes and dashes made plain, whitespace collapsed:
 * 'Özlem  Yılmaz' → 'ozlem yilmaz', 'Zoë van ’t Hof' → "zoe van 't hof".
 */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(SPECIAL_LETTER_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A display name as entered, with surrounding and repeated whitespace removed. */
export const tidyName = (name: string): string => name.replace(/\s+/g, ' ').trim();
