import type { Hono } from 'hono';
import type { WebBindings } from '../web-context';
import type { PersonPageTools } from './person.routes';
import { LANGUAGE_COOKIE, languages } from './person-messages';

/**
 * The language switch of the person's pages: a link that remembers the choice in a cookie (a year,
 * not secret, not HttpOnly-relevant) and goes back to the page it came from. Only pages of the
 * person's own space are a way back, so the link cannot send anyone elsewhere.
 */
export function languageSwitch(web: Hono<WebBindings>, tools: PersonPageTools) {
  web.get('/mijn-gegevens/taal', ...tools.person, (c) => {
    const wanted = c.req.query('naar');
    const back = c.req.query('terug') ?? '/mijn-gegevens';
    const target = /^\/mijn-gegevens(\/[a-z0-9\-/]*)?$/i.test(back) ? back : '/mijn-gegevens';
    if (wanted && (languages as readonly string[]).includes(wanted)) {
      const secure = tools.deps.publicBaseUrl().startsWith('https:') ? '; Secure' : '';
      c.header(
        'set-cookie',
        `${LANGUAGE_COOKIE}=${wanted}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly${secure}`,
      );
    }
    return c.redirect(target, 303);
  });
}
