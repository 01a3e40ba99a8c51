import type { RequestContext } from '../../http/context';
import type { PageLanguage } from '../layout/page';
import type { SignedIn, WebContext } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { type Lang, messagesFor, type PersonMessages, personLanguage } from './person-messages';

/** The page shell's words in the person's language, with the switch back to this page in the other one. */
export function pageLanguage(c: WebContext, t: PersonMessages): PageLanguage {
  const back = new URL(c.req.url).pathname;
  return {
    lang: t.lang,
    ...t.chrome,
    nav: t.nav,
    switchLink: {
      href: `/mijn-gegevens/taal?naar=${t.switchTo.lang}&terug=${encodeURIComponent(back)}`,
      label: t.switchTo.label,
      lang: t.switchTo.hrefLang,
    },
  };
}

/** The signed-in person, the service context of one of their pages, and the page's language. */
export function personContext(
  c: WebContext,
  deps: WebRouteDependencies,
): { ctx: RequestContext; me: SignedIn; lang: Lang; t: PersonMessages; language: PageLanguage } {
  const me = c.get('signedIn');
  const actor = c.get('actor');
  if (!me || !actor) throw new Error('personContext needs requireSession before it');
  const lang = personLanguage(c);
  const t = messagesFor(lang);
  const ctx = {
    em: c.get('em'),
    actor,
    requestId: c.get('requestId'),
    now: deps.clock(),
    // Reads are audited once the page has been rendered without error, as for the API.
    deferredAudit: c.get('deferredAudit'),
  };
  return { ctx, me, lang, t, language: pageLanguage(c, t) };
}
