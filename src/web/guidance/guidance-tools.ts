import type { MiddlewareHandler } from 'hono';
import type { Role } from '../../access/roles';
import type { PlacementView } from '../../modules/placements/placement.schemas';
import { requireCsrf } from '../session/csrf';
import { requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import { renderError } from '../web-errors';
import type { WebRouteDependencies } from '../web-routes';

// The workspaces of the people who guide a new employee at the employer: the mentor (/begeleider)
// and the manager (/leidinggevende). Both are built from the same pages; a workspace only says
// whose it is, where it lives and how it introduces itself.

/** The conversations a guide at the employer records: the mentor conversation and the manager's feedback. */
export type GuideKind = 'MENTOR' | 'MANAGER_FEEDBACK';

export type GuidanceWorkspace = {
  /** The one role this workspace is for; every other account gets "not found". */
  role: Role;
  homePath: string;
  homeTitle: string;
  homeLead: string;
  tableCaption: string;
  emptyText: string;
  /** The browser tab title of a placement page, by how the person is named. */
  placementTitle: (person: string) => string;
};

export const guidancePlacementPath = (workspace: GuidanceWorkspace, id: string) =>
  `${workspace.homePath}/plaatsingen/${id}`;

/** The words of each kind of conversation, in plain Dutch ("u"). */
export const GUIDE_KIND_WORDS: Record<
  GuideKind,
  {
    heading: string;
    /** The section's anchor and the last part of the form's address. */
    anchor: string;
    itemTitle: string;
    earlier: string;
    none: string;
    saved: string;
    lead: string | null;
  }
> = {
  MENTOR: {
    heading: 'Mentorgesprekken',
    anchor: 'gesprek',
    itemTitle: 'Mentorgesprek',
    earlier: 'Eerdere mentorgesprekken',
    none: 'Er zijn nog geen mentorgesprekken vastgelegd.',
    saved: 'Het mentorgesprek is opgeslagen.',
    lead: null,
  },
  MANAGER_FEEDBACK: {
    heading: 'Feedbackgesprekken',
    anchor: 'feedback',
    itemTitle: 'Feedbackgesprek',
    earlier: 'Eerdere feedbackgesprekken',
    none: 'Er zijn nog geen feedbackgesprekken vastgelegd.',
    saved: 'Het feedbackgesprek is opgeslagen.',
    lead: 'Geef de nieuwe collega minstens elke twee weken feedback: wat gaat goed en wat kan beter. Leg elk gesprek kort vast.',
  },
};

/** The kind of conversation the viewer records on this placement: the manager's feedback or the mentor's. */
export function ownKind(placement: Pick<PlacementView, 'yourRoles'>): GuideKind | null {
  if (placement.yourRoles.includes('MANAGER')) return 'MANAGER_FEEDBACK';
  if (placement.yourRoles.includes('MENTOR')) return 'MENTOR';
  return null;
}

/** One role only. Every other role gets the "not found" page: from any other account the workspace does not exist. */
export const onlyRole =
  (role: Role): MiddlewareHandler<WebBindings> =>
  async (c, next) => {
    if (c.get('signedIn')?.user.role !== role) return renderError(c, 'notFound');
    await next();
  };

/** What every page of a guidance workspace gets: the guards (in this order) and the app's dependencies. */
export type GuidanceTools = {
  workspace: GuidanceWorkspace;
  signedIn: MiddlewareHandler<WebBindings>;
  /** The workspace's own role only. */
  guide: MiddlewareHandler<WebBindings>;
  /** Anti-forgery and body-size check: after `guide` on every POST. */
  csrf: MiddlewareHandler<WebBindings>;
  deps: WebRouteDependencies;
};

export function guidanceTools(deps: WebRouteDependencies, workspace: GuidanceWorkspace): GuidanceTools {
  return {
    workspace,
    signedIn: requireSession(deps, deps.clock),
    guide: onlyRole(workspace.role),
    csrf: requireCsrf(deps),
    deps,
  };
}

/** The person as the API shows them to the employer side: the name only after they agreed to share it with the employer. */
export const personLabel = (person: { fullName: string | null; candidateCode?: string | undefined }) =>
  person.fullName ?? `Kandidaat ${person.candidateCode ?? ''}`.trim();
