import type { ReceivedMail } from './smtp';

/** Every mail the tests of a file received, with who it was for, for the personal-data crawl. */
export const sentMails: { mail: ReceivedMail; recipient: { email: string; employerSide: boolean } }[] = [];

/** Words that name a readiness segment: no mail ever says which segment someone is in. */
export const SEGMENT_WORDS = [
  'kansrijk',
  'op termijn',
  'geen kans',
  'segment',
  'READY',
  'LATER',
  'NOT_NOW',
] as const;

/**
 * What a mail must not contain: segment words and `forbidden` phrases (support needs, notes, the
 * names of people the recipient may not know). Answers the offending phrases found.
 */
export function personalDataIn(mail: ReceivedMail, forbidden: readonly string[]): string[] {
  const everything = `${mail.text}\n${mail.parts.map((part) => part.body).join('\n')}`;
  return [...SEGMENT_WORDS, ...forbidden].filter((phrase) =>
    phrase === phrase.toUpperCase()
      ? new RegExp(`\\b${phrase}\\b`).test(everything)
      : everything.toLowerCase().includes(phrase.toLowerCase()),
  );
}
