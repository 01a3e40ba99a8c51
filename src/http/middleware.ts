import type { MikroORM } from '@mikro-orm/core';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { routePath } from 'hono/route';
import { type AuthThrottle, refuseOverLimit } from './auth-throttle';
import type { Actor, AppBindings } from './context';
import type { Logger } from './logger';
import { say } from './messages';
import { AppError, ProblemCode } from './problem';

const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

/** Accepts a well-formed incoming `X-Request-Id` (so a trace spans services), otherwise makes one. */
export const requestId = (): MiddlewareHandler<AppBindings> => async (c, next) => {
  const incoming = c.req.header('x-request-id');
  const id = incoming && WELL_FORMED_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
  c.set('requestId', id);
  await next();
  c.header('X-Request-Id', id);
};

/** One JSON line per request: ids, route pattern, status and latency — no bodies, no query strings. */
export const accessLog =
  (logger: Logger): MiddlewareHandler<AppBindings> =>
  async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      actorId: c.get('actor')?.userId ?? null,
      method: c.req.method,
      route: routePath(c, -1),
      status: c.res.status,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    });
  };

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The API speaks JSON only; anything else is refused before it reaches a handler. */
export const jsonBodiesOnly = (): MiddlewareHandler<AppBindings> => async (c, next) => {
  const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0';
  const chunked = c.req.header('transfer-encoding') !== undefined;
  if (METHODS_WITH_BODY.has(c.req.method) && (hasBody || chunked)) {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
      throw new AppError(
        ProblemCode.UnsupportedMediaType,
        say({
          nl: 'Stuur de inhoud als JSON (Content-Type: application/json).',
          en: 'Send the request body as JSON (Content-Type: application/json).',
        }),
      );
    }
  }
  await next();
};

const tooLarge = (maxBytes: number) =>
  new AppError(ProblemCode.PayloadTooLarge, `The request body may be at most ${maxBytes} bytes.`);

/**
 * Refuses a body whose declared Content-Length is above the limit, from the header alone: before
 * authentication (so a client without a token learns what is wrong too) and without reading a
 * byte of the body, which could be of any size.
 */
export const refuseDeclaredOversizeBody =
  (maxBytes: number): MiddlewareHandler<AppBindings> =>
  async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && !c.req.header('transfer-encoding') && Number(declared) > maxBytes) {
      throw tooLarge(maxBytes);
    }
    await next();
  };

/** Enforces the limit on a body without a declared length (chunked) while it is read. */
export const limitBodySize = (maxBytes: number): MiddlewareHandler<AppBindings> =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw tooLarge(maxBytes);
    },
  });

/** Writes the audit entries of a request's reads (the audit module's; the app passes it in). */
export type WriteDeferredAudit = (
  em: AppBindings['Variables']['em'],
  entries: AppBindings['Variables']['deferredAudit'],
) => Promise<void>;

/**
 * Every request works in its own EntityManager, so no state leaks between requests. The audit
 * entries of its reads are written only when it succeeded: a failed request writes nothing.
 */
export const forkEntityManager =
  (orm: MikroORM, writeDeferredAudit: WriteDeferredAudit): MiddlewareHandler<AppBindings> =>
  async (c, next) => {
    c.set('em', orm.em.fork());
    c.set('deferredAudit', []);
    await next();
    if (c.error || c.res.status >= 400) return;
    await writeDeferredAudit(c.get('em'), c.get('deferredAudit'));
  };

/** Turns an Authorization header into the actor, or throws a 401 problem (the auth module's). */
export type Authenticate = (
  em: AppBindings['Variables']['em'],
  authorization: string | undefined,
  now: Date,
) => Promise<Actor>;

/**
 * Every API request names its actor by a valid token. A request that sent a credential which
 * fails counts against its client (see auth-throttle.ts); one without any credential is a plain 401.
 */
export const requireActor =
  (authenticate: Authenticate, clock: () => Date, throttle: AuthThrottle): MiddlewareHandler<AppBindings> =>
  async (c, next) => {
    const authorization = c.req.header('authorization');
    let actor: Actor;
    try {
      actor = await authenticate(c.get('em'), authorization, clock());
    } catch (error) {
      if (error instanceof AppError && authorization !== undefined) {
        const refused = await refuseOverLimit(c, throttle);
        if (refused) return refused;
      }
      throw error;
    }
    c.set('actor', actor);
    await next();
  };
