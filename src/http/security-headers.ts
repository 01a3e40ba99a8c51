import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

type SecureHeadersOptions = NonNullable<Parameters<typeof secureHeaders>[0]>;

import type { AppBindings } from './context';

/**
 * Same-origin only and no inline script anywhere: fits the JSON API and the server-rendered pages,
 * which load their own CSS, JavaScript, fonts and images from this service.
 */
const SAME_ORIGIN_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
  objectSrc: ["'none'"],
};

const shared: SecureHeadersOptions = {
  xFrameOptions: 'DENY',
  referrerPolicy: 'same-origin',
  // Nothing here needs a camera, microphone, location or payment.
  permissionsPolicy: { camera: false, microphone: false, geolocation: false, payment: false },
};

const appWide = secureHeaders({ ...shared, contentSecurityPolicy: SAME_ORIGIN_POLICY });

/**
 * The API reference (Swagger UI from node_modules): its scripts are files of this service too, but
 * it sets styles from JavaScript and draws icons as data: images.
 */
const docs = secureHeaders({
  ...shared,
  contentSecurityPolicy: { ...SAME_ORIGIN_POLICY, styleSrc: ["'self'", "'unsafe-inline'"] },
});

const isDocs = (path: string) => path === '/docs' || path.startsWith('/docs/');

/** Security headers on every response of the app, errors and 404s included. */
export const securityHeaders = (): MiddlewareHandler<AppBindings> => (c, next) =>
  (isDocs(c.req.path) ? docs : appWide)(c, next);

/** API responses carry personal data: no browser or proxy may keep a copy. */
export const noStore = (): MiddlewareHandler<AppBindings> => async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
};
