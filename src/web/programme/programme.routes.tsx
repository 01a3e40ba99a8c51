import type { Hono } from 'hono';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { conversationListPages } from './conversation-lists';
import { erasureRequestPages } from './erasure-requests';
import { programmeHomePage } from './home';
import { meetAndGreetPages } from './meet-and-greets';
import { organisationPages } from './organisations';
import { programmeTools } from './programme-tools';
import { scheduleGridPages } from './schedule-grid';
import { userPages } from './users';
import { whoSawPages } from './who-saw';

/**
 * The programme's workspace under /beheer: organisations and users, Meet & Greet planning, who saw
 * what. Programme staff only; for every other role these pages do not exist (404).
 */
export function programmeRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools = programmeTools(deps);
  programmeHomePage(web, tools);
  organisationPages(web, tools);
  userPages(web, tools);
  // The planning form before the event's page: /beheer/meet-and-greets/nieuw is not an event.
  meetAndGreetPages(web, tools);
  scheduleGridPages(web, tools);
  conversationListPages(web, tools);
  whoSawPages(web, tools);
  erasureRequestPages(web, tools);
}
