import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { guidanceWorkspaceRoutes } from '../guidance/guidance.routes';
import { type GuidanceWorkspace, guidancePlacementPath } from '../guidance/guidance-tools';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';

export const managerHomePath = '/leidinggevende';

/** The manager's workspace: the new employees they manage, their feedback conversations and the plan. */
export const managerWorkspace: GuidanceWorkspace = {
  role: Role.Manager,
  homePath: managerHomePath,
  homeTitle: 'Leidinggeven',
  homeLead:
    "Hier ziet u de nieuwe collega's van wie u de leidinggevende bent. Geef elke collega minstens elke twee weken feedback, en leg elk gesprek kort vast.",
  tableCaption: 'Waar u leidinggevende bent',
  emptyText:
    'U bent nog van niemand de leidinggevende. De werkgever kiest de leidinggevende bij een plaatsing.',
  placementTitle: (person) => `Leidinggevende van ${person}`,
};

export const managerPlacementPath = (id: string) => guidancePlacementPath(managerWorkspace, id);

/**
 * The manager's workspace under /leidinggevende: only the placements they manage, the feedback
 * conversations due and overdue, the feedback form and the onboarding plan. Nothing else.
 */
export function managerRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  guidanceWorkspaceRoutes(web, deps, managerWorkspace);
}
