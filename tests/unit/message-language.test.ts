import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inLanguage, say } from '../../src/http/messages';

// Messages people read are Dutch, with their English beside them for API clients that ask for it
// (src/http/messages.ts) — never both languages glued into one string, and a Dutch sentence names
// no JSON field and no enum code: a person reads "de reden", not "overrideJustification".

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

const literal = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
const unquote = (text: string) => text.slice(1, -1).replace(/\\(.)/g, '$1');

const DUTCH =
  /\b(de|het|een|je|jij|u|uw|niet|nog|deze|dit|van|voor|met|kies|schrijf|geef|eerst|al|is|zijn|wordt)\b/i;
const ENGLISH =
  /\b(the|a|an|this|you|your|not|is|are|was|be|first|already|choose|give|write|at|to|of|with)\b/i;

/** "Nederlands … / English …": a Dutch part, a slash, then an English part. */
function gluesTwoLanguages(text: string): boolean {
  return text.split(/ \/ /).some((left, index, parts) => {
    const right = parts[index + 1];
    if (right === undefined) return false;
    return DUTCH.test(left) && ENGLISH.test(right) && !DUTCH.test(right.split(' ').slice(0, 4).join(' '));
  });
}

// Abbreviations people know, and words of the programme written in capitals.
const ALLOWED_CAPITALS = new Set([
  'JJJJ',
  'MM',
  'DD',
  'ISO',
  'ESCO',
  'UWV',
  'KVK',
  'NUL',
  'JSON',
  'CSV',
  'XLSX',
  'PDF',
  'NL',
  'EN',
  'BSN',
  'IBAN',
  'WW',
  'MBO',
  'HBO',
  'VMBO',
  'WO',
  'ID',
  'QR',
  'ICS',
  'SMTP',
  'URL',
  'AVG',
  'HR',
  'ROC',
  'OV',
  'B1',
  'A2',
]);

/** camelCase field names and UPPER_CASE codes inside a sentence. */
function codesIn(text: string): string[] {
  const withoutPlaceholders = text.replace(/\{\w+\}/g, '');
  const camel = withoutPlaceholders.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [];
  const codes = (withoutPlaceholders.match(/\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)*\b/g) ?? []).filter(
    (word) => !ALLOWED_CAPITALS.has(word) && (word.includes('_') || word.length > 2),
  );
  return [...camel, ...codes];
}

/** Every `say({ nl: '…', en: '…' })` in the source: the Dutch and English texts. */
function spokenMessages(): { file: string; nl: string; en: string }[] {
  const found: { file: string; nl: string; en: string }[] = [];
  const call =
    /say(?:Generated)?\(\s*\{\s*nl:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),\s*en:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g;
  for (const file of files('src', /\.tsx?$/)) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const match of text.matchAll(call)) {
      found.push({ file, nl: unquote(match[1] as string), en: unquote(match[2] as string) });
    }
  }
  return found;
}

describe('one language per message', () => {
  it('no string in src/ glues Dutch and English together', () => {
    const glued: string[] = [];
    for (const file of files('src', /\.tsx?$/)) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const match of text.matchAll(literal)) {
        if (gluesTwoLanguages(unquote(match[0]))) glued.push(`${file}: ${match[0].slice(0, 90)}`);
      }
    }
    expect(glued).toEqual([]);
  });

  it('no text of the assessment instrument glues Dutch and English together', () => {
    const glued: string[] = [];
    const walk = (value: unknown, where: string): void => {
      if (typeof value === 'string' && gluesTwoLanguages(value)) glued.push(`${where}: ${value}`);
      else if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, `${where}[${index}]`);
      } else if (value && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, `${where}.${key}`);
    };
    for (const file of files('assessments', /\.json$/))
      walk(JSON.parse(readFileSync(join(root, file), 'utf8')), file);
    expect(glued).toEqual([]);
  });

  it('the service speaks in many places, each with both languages', () => {
    const messages = spokenMessages();
    expect(messages.length).toBeGreaterThan(150);
    expect(messages.filter((m) => m.nl.trim() === '' || m.en.trim() === '')).toEqual([]);
    expect(messages.filter((m) => gluesTwoLanguages(m.nl) || gluesTwoLanguages(m.en))).toEqual([]);
  });

  it('no Dutch message names a JSON field or an enum code', () => {
    const withCodes = spokenMessages()
      .map((m) => ({ where: m.file, nl: m.nl, codes: codesIn(m.nl) }))
      .filter((m) => m.codes.length > 0);
    expect(withCodes).toEqual([]);
  });

  it('the check itself recognises a glued message and a code in a sentence', () => {
    expect(gluesTwoLanguages('Kies een datum in de toekomst / Choose a date in the future.')).toBe(true);
    expect(gluesTwoLanguages('Ja / Nee')).toBe(false);
    expect(codesIn('Leg in overrideJustification uit waarom')).toEqual(['overrideJustification']);
    expect(codesIn('Kies PHONE of VIA_LIFECOACH')).toEqual(['PHONE', 'VIA_LIFECOACH']);
    expect(codesIn('Kies een ESCO-beroep')).toEqual([]);
  });

  it('a message made with values is given back in English with the same values', () => {
    const dutch = say(
      { nl: 'Kies een datum binnen {days} dagen.', en: 'Choose a date within {days} days.' },
      { days: 90 },
    );
    expect(dutch).toBe('Kies een datum binnen 90 dagen.');
    expect(inLanguage(dutch, 'en')).toBe('Choose a date within 90 days.');
    expect(inLanguage(dutch, 'nl')).toBe(dutch);
    expect(inLanguage('Een tekst die niemand zo schreef.', 'en')).toBe('Een tekst die niemand zo schreef.');
  });
});
