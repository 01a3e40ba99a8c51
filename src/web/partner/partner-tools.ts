import type { MiddlewareHandler } from 'hono';
import { Role } from '../../access/roles';
import { requireCsrf } from '../session/csrf';
import { requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { WebRouteDependencies } from '../web-routes';

export const partnerHomePath = '/partner';
export const partnerReferPath = `${partnerHomePath}/aanmelden`;
export const partnerReferralPath = (id: string) => `${partnerHomePath}/aanmeldingen/${id}`;

/** Partner workers only: from any other account the partner's workspace does not exist. */
export const partnerOnly: MiddlewareHandler<WebBindings> = async (c, next) => {
  if (c.get('signedIn')?.user.role !== Role.PartnerWorker) return renderError(c, 'notFound');
  await next();
};

/** What every partner page gets: the guards (in this order) and the app's dependencies. */
export type PartnerTools = {
  signedIn: MiddlewareHandler<WebBindings>;
  partner: MiddlewareHandler<WebBindings>;
  /** Anti-forgery and body-size check: after `partner` on every POST. */
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

export function partnerTools(deps: WebRouteDependencies): PartnerTools {
  return { signedIn: requireSession(deps, deps.clock), partner: partnerOnly, csrf: requireCsrf(deps), deps };
}
