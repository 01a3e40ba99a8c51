import type { MiddlewareHandler } from 'hono';
import { Role } from '../../access/roles';
import { requireCsrf } from '../session/csrf';
import { requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { WebRouteDependencies } from '../web-routes';

export const mentorHomePath = '/begeleider';
export const mentorPlacementPath = (id: string) => `${mentorHomePath}/plaatsingen/${id}`;

/**
 * Mentors only. Every other role gets the "not found" page: from any other account the mentor's
 * workspace does not exist.
 */
export const mentorOnly: MiddlewareHandler<WebBindings> = async (c, next) => {
  if (c.get('signedIn')?.user.role !== Role.Mentor) return renderError(c, 'notFound');
  await next();
};

/** What every mentor page gets: the guards (in this order) and the app's dependencies. */
export type MentorTools = {
  signedIn: MiddlewareHandler<WebBindings>;
  mentor: MiddlewareHandler<WebBindings>;
  /** Anti-forgery and body-size check: after `mentor` on every POST. */
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

export function mentorTools(deps: WebRouteDependencies): MentorTools {
  return { signedIn: requireSession(deps, deps.clock), mentor: mentorOnly, csrf: requireCsrf(deps), deps };
}

/** The person as the API shows them to a mentor: the name only after they agreed to share it with the employer. */
export const personLabel = (person: { fullName: string | null; candidateCode?: string | undefined }) =>
  person.fullName ?? `Kandidaat ${person.candidateCode ?? ''}`.trim();
