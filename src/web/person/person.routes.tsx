import type { Hono } from 'hono';
import { Role } from '../../access/roles';
import { requireCsrf } from '../session/csrf';
import { requireRole, requireSession } from '../session/session-middleware';
import { formToken } from '../session/sign-in.routes';
import type { WebBindings } from '../web-context';
import type { WebRouteDependencies } from '../web-routes';
import { codeSignInPages } from './code-sign-in';
import { myAnswersPages } from './my-answers';
import { myConsentsPage } from './my-consents';
import { myDownloadPages } from './my-download';
import { myMoneyPage } from './my-money';
import { myPreparationPage } from './my-preparation';
import { myRecordPage } from './my-record';
import { mySegmentReactionPages } from './my-segment-reaction';
import { myStopPage } from './my-stop';
import { languageSwitch } from './person-language';
import { whoLookedPage } from './who-looked';

/** What every page of the person's own space gets: the guards and the app's dependencies. */
export type PersonPageTools = {
  /** A signed-in JOB_SEEKER account: staff get the "not with your account" page. */
  person: [ReturnType<typeof requireSession>, ReturnType<typeof requireRole>];
  csrf: ReturnType<typeof requireCsrf>;
  deps: WebRouteDependencies;
};

/** "Mijn gegevens": the person's own space, phone first, one file per page; and signing in with a printed code. */
export function personRoutes(web: Hono<WebBindings>, deps: WebRouteDependencies) {
  const tools: PersonPageTools = {
    person: [requireSession(deps, deps.clock), requireRole(Role.JobSeeker)],
    csrf: requireCsrf(deps),
    deps,
  };
  codeSignInPages(web, { ...deps, form: formToken(deps) });
  myRecordPage(web, tools);
  myPreparationPage(web, tools);
  whoLookedPage(web, tools);
  myConsentsPage(web, tools);
  myDownloadPages(web, tools);
  myAnswersPages(web, tools);
  myMoneyPage(web, tools);
  mySegmentReactionPages(web, tools);
  myStopPage(web, tools);
  languageSwitch(web, tools);
}
