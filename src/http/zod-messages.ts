import { z } from 'zod';
import { sayGenerated } from './messages';

const dutch = z.locales.nl().localeError;
const english = z.locales.en().localeError;

const textOf = (result: ReturnType<typeof dutch>): string | undefined =>
  typeof result === 'string' ? result : result?.message;

/**
 * zod's own messages (where a schema has none of its own) in Dutch, zod's Dutch locale, with its
 * English beside it for API clients that ask for English. Process-wide: every schema parse, in
 * the API and the web app alike, speaks Dutch by default.
 */
export function useDutchValidationMessages(): void {
  z.config({
    localeError: (issue) => {
      const nl = textOf(dutch(issue));
      const en = textOf(english(issue));
      if (nl === undefined || en === undefined) return undefined;
      // Unknown keys name what the caller sent: the validation hook words those itself.
      return issue.code === 'unrecognized_keys' ? nl : sayGenerated({ nl, en });
    },
  });
}
