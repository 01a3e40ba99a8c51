import type { RequestContext } from '../../http/context';
import type { SignedIn, WebContext } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';

/** The signed-in person and the service context of one of their pages. */
export function personContext(
  c: WebContext,
  deps: WebRouteDependencies,
): { ctx: RequestContext; me: SignedIn } {
  const me = c.get('signedIn');
  const actor = c.get('actor');
  if (!me || !actor) throw new Error('personContext needs requireSession before it');
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
