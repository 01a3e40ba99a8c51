import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { WebDependencies } from '../web-context';

/**
 * Behind https the cookies are Secure and carry the __Host- prefix (no Domain, Path=/, Secure: the
 * browser refuses them otherwise). Always HttpOnly and SameSite=Lax.
 */
const isSecure = (deps: Pick<WebDependencies, 'publicBaseUrl'>) => deps.publicBaseUrl().startsWith('https:');

const names = (secure: boolean) => ({
  session: secure ? '__Host-wrw_session' : 'wrw_session',
  /** Before sign-in: the anti-forgery token of the sign-in forms (double submit). */
  form: secure ? '__Host-wrw_form' : 'wrw_form',
});

type CookieDeps = Pick<WebDependencies, 'publicBaseUrl' | 'sessionRules'>;

const options = (deps: CookieDeps, maxAgeSeconds: number) => ({
  httpOnly: true,
  sameSite: 'Lax' as const,
  secure: isSecure(deps),
  path: '/',
  maxAge: maxAgeSeconds,
});

export const readSessionCookie = (c: Context, deps: CookieDeps) =>
  getCookie(c, names(isSecure(deps)).session);

export const writeSessionCookie = (c: Context, deps: CookieDeps, secret: string) =>
  setCookie(c, names(isSecure(deps)).session, secret, options(deps, deps.sessionRules.maxHours * 3600));

export const clearSessionCookie = (c: Context, deps: CookieDeps) =>
  deleteCookie(c, names(isSecure(deps)).session, { path: '/', secure: isSecure(deps) });

export const readFormCookie = (c: Context, deps: CookieDeps) => getCookie(c, names(isSecure(deps)).form);

export const writeFormCookie = (c: Context, deps: CookieDeps, token: string) =>
  setCookie(c, names(isSecure(deps)).form, token, options(deps, 24 * 3600));
