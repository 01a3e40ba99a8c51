// Dutch name particles ("tussenvoegsels") are ordinary words too; replacing them would mangle text.
const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  'ten',
  'ter',
  'te',
  'op',
  'in',
  "'t",
  'el',
  'al',
  'da',
  'di',
  'do',
  'dos',
  'la',
  'le',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes a person's own name from a free text an employer will read before any introduction
 * (a strengths summary written by a lifecoach may say "Fatma is …"). Whole words only, any case.
 */
export function redactName(text: string, fullName: string, replacement = 'deze kandidaat'): string {
  const words = fullName.split(/\s+/).filter(Boolean);
  // Whole hyphenated names first ("Anne-Marie"), then their parts ("Anne", "Marie").
  const parts = [...new Set([...words, ...words.flatMap((word) => word.split('-'))])]
    .filter((part) => part.length >= 2 && !PARTICLES.has(part.toLowerCase()))
    .sort((a, b) => b.length - a.length);
  if (parts.length === 0) return text;
  const names = parts.map(escapeRegExp).join('|');
  // Compiling the whole-word pattern (Unicode letter classes, any case) costs 0.2–1 ms per name, for
  // every candidate in a list. The same names without the word boundaries compile ~30 times
  // faster and match wherever the full pattern could, so most texts (no name in them) stop here.
  if (!new RegExp(names, 'iu').test(text)) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, replacement);
}
