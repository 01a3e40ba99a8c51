import { startSession } from '../../src/modules/auth/web-session.service';
import type { User } from '../../src/modules/users/user.entity';
import { csrfTokenForSession } from '../../src/web/session/csrf';
import type { TestApp } from './test-app';

export type WebSession = { cookie: string; csrfToken: string };

/** A signed-in browser for `user`, as the sign-in link leaves it: the session cookie and its form token. */
export async function webSessionFor(t: TestApp, user: User): Promise<WebSession> {
  const { secret } = await startSession(t.orm.em.fork(), user, new Date(), { idleMinutes: 60, maxHours: 12 });
  return { cookie: `wrw_session=${secret}`, csrfToken: await csrfTokenForSession(secret) };
}

export type PageResponse = { status: number; html: string; location: string | null };

async function answer(response: Response): Promise<PageResponse> {
  return { status: response.status, html: await response.text(), location: response.headers.get('location') };
}

/** A page as a browser asks for it. */
export async function getPage(t: TestApp, session: WebSession, path: string): Promise<PageResponse> {
  return answer(await t.app.request(path, { headers: { cookie: session.cookie, accept: 'text/html' } }));
}

/**
 * A plain form post, as a browser without JavaScript sends it: url-encoded fields and, unless
 * `withToken` is false, the page's anti-forgery token.
 */
export async function postForm(
  t: TestApp,
  session: WebSession,
  path: string,
  fields: Record<string, string>,
  { withToken = true }: { withToken?: boolean } = {},
): Promise<PageResponse> {
  const body = new URLSearchParams({ ...(withToken ? { _csrf: session.csrfToken } : {}), ...fields });
  return answer(
    await t.app.request(path, {
      method: 'POST',
      headers: {
        cookie: session.cookie,
        accept: 'text/html',
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://127.0.0.1:3000',
      },
      body: body.toString(),
    }),
  );
}

/** The text a person reads: tags removed, entities for quotes and ampersands undone, spaces collapsed. */
export const visibleText = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
