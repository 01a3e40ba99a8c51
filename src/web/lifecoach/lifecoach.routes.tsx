import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { requireCsrf } from '../session/csrf';
import { requireRole, requireSession } from '../session/session-middleware';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { afterHirePages } from './after-hire';
import { assessmentPages } from './assessment';
import { caseloadPage } from './caseload';
import { comingSoonPages } from './coming-soon';
import { consentPage } from './consent';
import { invitePersonPages } from './invite-person';
import { outsideHelpPages } from './outside-help';
import type { PageTools } from './page-tools';
import { personPage } from './person';
import { preparationPages } from './preparation';
import { profilePages } from './profile';
import { registerPage } from './register';
import { stopRequestPages } from './stop-request';
import { todayPage } from './today';
import { workAndLearningPages } from './work-and-learning';

/**
 * The lifecoach's workspace, one file per page. Partner workers share the registration form and
 * their list of referrals; programme staff see every caseload. The service verbs decide what each
 * may see, exactly as for the API.
 */
export function lifecoachRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools: PageTools = {
    signedIn: requireSession(deps, deps.clock),
    caseworker: requireRole(Role.Lifecoach, Role.ProgrammeAdmin),
    registrar: requireRole(Role.Lifecoach, Role.ProgrammeAdmin, Role.PartnerWorker),
    csrf: requireCsrf(deps),
    deps,
  };
  todayPage(web, tools);
  caseloadPage(web, tools);
  // The registration form before the person's page: /werkzoekenden/nieuw is not a person.
  registerPage(web, tools);
  personPage(web, tools);
  consentPage(web, tools);
  assessmentPages(web, tools);
  profilePages(web, tools);
  workAndLearningPages(web, tools);
  outsideHelpPages(web, tools);
  preparationPages(web, tools);
  afterHirePages(web, tools);
  comingSoonPages(web, tools);
  invitePersonPages(web, tools);
  stopRequestPages(web, tools);
}
