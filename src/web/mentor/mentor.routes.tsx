import type { Hono } from 'hono';
import { guidanceWorkspaceRoutes } from '../guidance/guidance.routes';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { mentorWorkspace } from './mentor-tools';

/**
 * The mentor's workspace under /begeleider: the placements they are named on, what is due and
 * overdue, and per placement the mentor conversation and the onboarding plan. Nothing else.
 */
export function mentorRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  guidanceWorkspaceRoutes(web, deps, mentorWorkspace);
}
