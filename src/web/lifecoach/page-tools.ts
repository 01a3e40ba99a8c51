import type { MiddlewareHandler } from 'hono';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/problem';
import type { SignedIn, WebBindings, WebContext } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';

/** What every page file gets from lifecoach.routes.tsx: the guards and the app's dependencies. */
export type PageTools = {
  /** A signed-in person (any role); the role guards below narrow it. */
  signedIn: MiddlewareHandler<WebBindings>;
  /** Lifecoaches (and programme staff, who see every caseload). */
  caseworker: MiddlewareHandler<WebBindings>;
  /** Lifecoaches, partner workers and programme staff: who may register a person. */
  registrar: MiddlewareHandler<WebBindings>;
  /** Anti-forgery and body-size check: on every POST. */
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

/** The signed-in person and the service context of a page, as the API routes build it. */
export function pageContext(
  c: WebContext,
  deps: WebRouteDependencies,
): { ctx: RequestContext; me: SignedIn } {
  const me = c.get('signedIn');
  if (!me) throw new Error('pageContext needs requireSession before it');
  const actor = c.get('actor');
  if (!actor) throw new Error('pageContext needs requireSession before it');
  const ctx = {
    em: c.get('em'),
    actor,
    requestId: c.get('requestId'),
    now: deps.clock(),
    // Reads are audited once the page has been rendered without error, as for the API.
    deferredAudit: c.get('deferredAudit'),
  };
  return { ctx, me };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The `:id` of a page address; anything that is not an id is simply not found. */
export function idParam(c: WebContext, name = 'id'): string {
  const id = c.req.param(name) ?? '';
  if (!UUID.test(id)) throw notFound({ nl: 'Deze pagina', en: 'Page' });
  return id;
}
