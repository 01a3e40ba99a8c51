import { Hono } from 'hono';
import type { Logger } from '../http/logger';
import type { MatchingDependencies } from '../modules/matching/matching.service';
import type { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import type { CadenceRules } from '../modules/placements/cadence';
import type { PreparationDependencies } from '../modules/preparation/preparation-plan.service';
import type { ReferenceData } from '../reference/reference-data';
import { agendaFileRoutes } from './employer/agenda-file.routes';
import { employerRoutes } from './employer/employer.routes';
import { lifecoachRoutes } from './lifecoach/lifecoach.routes';
import { managerRoutes } from './manager/manager.routes';
import { mentorRoutes } from './mentor/mentor.routes';
import { partnerRoutes } from './partner/partner.routes';
import { personRoutes } from './person/person.routes';
import { jobRunsRoutes } from './programme/job-runs.routes';
import { programmeRoutes } from './programme/programme.routes';
import { reportRoutes } from './reports/report-pages';
import { roffabriekRoutes } from './roffabriek/roffabriek.routes';
import { signInRoutes } from './session/sign-in.routes';
import { signInThrottle } from './session/sign-in-throttle';
import { settingsRoutes } from './settings/settings.routes';
import { unsubscribeRoutes } from './settings/unsubscribe.routes';
import type { WebBindings, WebDependencies } from './web-context';
import { webErrorHandler } from './web-errors';

/** The files under /web/assets/ (a fixed list: nothing else is served from there). */
export const WEB_ASSETS = [
  'nlds/utrecht-tokens.css',
  'nlds/utrecht-components.css',
  'nlds/rotterdam/index.css',
  'nlds/rotterdam/design-tokens.css',
  'web.css',
  'print.css',
  'web.js',
] as const;
export type WebAssetPath = (typeof WEB_ASSETS)[number];
const webAssets = new Set<string>(WEB_ASSETS);

export type WebRouteDependencies = WebDependencies & {
  logger: Logger;
  clock: () => Date;
  bodyLimitBytes: number;
  /** Catalogue, instrument and postcodes, as the API routes get them. */
  reference: ReferenceData;
  placementCadence: CadenceRules;
  /** Working days before a person waiting for a first conversation is on Today. */
  firstContactWorkingDays: number;
  /** Catalogue and the planned weeks per segment, as the preparation routes get them. */
  preparation: PreparationDependencies;
  /** The matching index and reference data the Meet & Greet agenda needs. */
  meetAndGreets?: MatchingDependencies;
  matching: MatchingIndexKeeper;
};

/**
 * The web app: server-rendered pages in plain Dutch on the same service verbs as the API. It takes
 * `/` and its own Dutch paths; `/api` stays the API's. Errors become friendly pages (its own error
 * handler), never problem+json.
 */
export function webRoutes(deps: WebRouteDependencies): Hono<WebBindings> {
  const web = new Hono<WebBindings>();
  web.onError(webErrorHandler(deps.logger));

  web.get('/web/assets/*', async (c) => {
    const path = c.req.path.slice('/web/assets/'.length);
    const asset = webAssets.has(path) ? await deps.assets(path) : null;
    if (!asset) return c.notFound();
    return c.body(asset.body as never, 200, {
      'content-type': asset.contentType,
      'cache-control': 'public, max-age=3600',
    });
  });

  // Only exact paths here: a '*' route would also run for the API's requests.
  signInRoutes(web, { ...deps, throttle: signInThrottle(deps.signInLimits) });
  lifecoachRoutes(web, deps);
  settingsRoutes(web, deps);
  unsubscribeRoutes(web, deps);
  agendaFileRoutes(web, deps);
  employerRoutes(web, deps);
  mentorRoutes(web, deps);
  managerRoutes(web, deps);
  partnerRoutes(web, deps);
  roffabriekRoutes(web, deps);
  jobRunsRoutes(web, deps);
  programmeRoutes(web, deps);
  reportRoutes(web, deps);
  personRoutes(web, deps);
  return web;
}
