import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { hashToken } from '../../modules/auth/token-secret';
import type { WebBindings, WebDependencies } from '../web-context';
import { renderError } from '../web-errors';

/** The anti-forgery token of a session: derived from its secret, so nothing extra is stored. */
export const csrfTokenForSession = (sessionSecret: string) => hashToken(`csrf:${sessionSecret}`);

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/**
 * A POST from another site is refused: the browser's Origin (or, without it, Referer and
 * Sec-Fetch-Site) must be this web app's own address.
 */
export function comesFromThisSite(
  headers: { origin?: string | undefined; referer?: string | undefined; fetchSite?: string | undefined },
  allowedOrigins: string[],
): boolean {
  if (headers.fetchSite && !['same-origin', 'none'].includes(headers.fetchSite)) return false;
  const claimed = headers.origin ?? (headers.referer ? safeOrigin(headers.referer) : undefined);
  if (claimed === undefined) return true; // an old browser or a privacy setting: the token still decides
  return allowedOrigins.includes(claimed);
}

function safeOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}

/**
 * On every POST: the request comes from this site and carries the form's anti-forgery token
 * (`_csrf`), compared with the one set for this page (the session's, or before sign-in the form
 * cookie's). A missing or wrong token shows "this form has expired" and changes nothing.
 */
export const requireCsrf = (
  deps: Pick<WebDependencies, 'publicBaseUrl'> & { bodyLimitBytes: number },
): MiddlewareHandler<WebBindings> => {
  // A web form is small; a larger body is refused before anything reads it.
  const limit = bodyLimit({
    maxSize: deps.bodyLimitBytes,
    onError: (c) => renderError(c as never, 'badRequest'),
  });
  const check = checkToken(deps);
  return async (c, next) =>
    limit(c, async () => {
      const refused = await check(c, next);
      if (refused) c.res = refused;
    });
};

const checkToken =
  (deps: Pick<WebDependencies, 'publicBaseUrl'>): MiddlewareHandler<WebBindings> =>
  async (c, next) => {
    const origins = [new URL(deps.publicBaseUrl()).origin, new URL(c.req.url).origin];
    const fromHere = comesFromThisSite(
      {
        origin: c.req.header('origin'),
        referer: c.req.header('referer'),
        fetchSite: c.req.header('sec-fetch-site'),
      },
      origins,
    );
    const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const sent = typeof body._csrf === 'string' ? body._csrf : '';
    const expected = c.get('csrfToken');
    if (!fromHere || !expected || !sameText(sent, expected)) return renderError(c, 'formExpired');
    await next();
  };
