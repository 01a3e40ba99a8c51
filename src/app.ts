import { OpenAPIHono } from '@hono/zod-openapi';
import type { MikroORM } from '@mikro-orm/core';
import { languageDetector } from 'hono/language';
import type { AuthThrottle } from './http/auth-throttle';
import type { AppBindings } from './http/context';
import { handleError } from './http/error-handler';
import type { Logger } from './http/logger';
import { asLanguage, languages, say } from './http/messages';
import {
  accessLog,
  forkEntityManager,
  jsonBodiesOnly,
  limitBodySize,
  refuseDeclaredOversizeBody,
  requestId,
  requireActor,
} from './http/middleware';
import { openApiDocument } from './http/openapi-document';
import { AppError, ProblemCode, problemResponse } from './http/problem';
import { noStore, securityHeaders } from './http/security-headers';
import { validationHook } from './http/validation-hook';
import { useDutchValidationMessages } from './http/zod-messages';
import { assessmentRoutes } from './modules/assessments/assessment.routes';
import { instrumentRoutes } from './modules/assessments/instrument.routes';
import { talentProfileRoutes } from './modules/assessments/talent-profile.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { writeDeferredAudit } from './modules/audit/audit.service';
import { authenticate } from './modules/auth/authenticate';
import { tokenRoutes } from './modules/auth/token.routes';
import { candidacyRoutes } from './modules/candidacies/candidacy.routes';
import type { HireHook } from './modules/candidacies/hire-hook';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes';
import { consentRoutes } from './modules/consents/consent.routes';
import { employerRoutes } from './modules/employers/employer.routes';
import { erasureRoutes } from './modules/erasure/erasure.routes';
import { DEFAULT_FIRST_CONTACT_WORKING_DAYS } from './modules/job-seekers/first-contact.service';
import { jobSeekerRoutes } from './modules/job-seekers/job-seeker.routes';
import type { CandidateRanker } from './modules/matching/candidate-ranker';
import { matchingRoutes } from './modules/matching/matching.routes';
import type { MatchingIndexKeeper } from './modules/matching/matching-index-keeper';
import { meetAndGreetRoutes } from './modules/meet-and-greets/meet-and-greet.routes';
import { organisationRoutes } from './modules/organisations/organisation.routes';
import { outsideHelpRoutes } from './modules/outside-help/outside-help.routes';
import { ownRecordRoutes } from './modules/own-record/own-record.routes';
import { type CadenceRules, DEFAULT_CADENCE_RULES } from './modules/placements/cadence';
import { guideInvitationRoutes } from './modules/placements/guide-invitation.routes';
import { moneyChecklistRoutes } from './modules/placements/money-checklist.routes';
import { placementRoutes } from './modules/placements/placement.routes';
import { placementForHire } from './modules/placements/placement-from-hire';
import { preparationPlanRoutes } from './modules/preparation/preparation-plan.routes';
import {
  DEFAULT_PREPARATION_INTENSITY,
  type PreparationIntensity,
} from './modules/preparation/preparation-rules';
import { segmentDecisionRoutes } from './modules/readiness/segment-decision.routes';
import { segmentReactionRoutes } from './modules/readiness/segment-reaction.routes';
import { referralRoutes } from './modules/referrals/referral.routes';
import { reportRoutes } from './modules/reports/report.routes';
import { type DocsAssetSource, docsRoutes } from './modules/system/docs.routes';
import { type ReadinessReport, systemRoutes } from './modules/system/system.routes';
import { trajectoryRoutes } from './modules/trajectories/trajectory.routes';
import { userRoutes } from './modules/users/user.routes';
import { vacancyRoutes } from './modules/vacancies/vacancy.routes';
import type { ReferenceData } from './reference/reference-data';
import { renderNotFoundPage, wantsHtml } from './web/not-found';
import type { WebDependencies } from './web/web-context';
import { defaultWebDependencies } from './web/web-defaults';
import { webRoutes } from './web/web-routes';

export type AppDependencies = {
  orm: MikroORM;
  logger: Logger;
  config: { bodyLimitBytes: number; tokenTtlDays: number };
  checkReadiness: () => Promise<ReadinessReport>;
  docsAssets: DocsAssetSource;
  reference: ReferenceData;
  /** This process's matching index; built at start by the entry, refreshed from the database per request. */
  matching: MatchingIndexKeeper;
  /** Who ranks a vacancy's candidates; default: `matching` in this process. Workers: the Durable Object. */
  candidateRanker?: CandidateRanker;
  /** How often follow-up conversations are due after a hire (PLACEMENT_CADENCE); the defaults otherwise. */
  placementCadence?: CadenceRules | undefined;
  /** FIRST_CONTACT_WORKING_DAYS; default 5. */
  firstContactWorkingDays?: number | undefined;
  /** PREPARATION_WEEKS_READY and PREPARATION_WEEKS_LATER; default 13 and 26. */
  preparationIntensity?: PreparationIntensity | undefined;
  /**
   * Runs when a candidacy becomes HIRED, in the same transaction (see candidacies/hire-hook.ts).
   * Default: createPlacementForHire from the placements module (with the active money checklist).
   */
  onHired?: HireHook;
  clock?: () => Date;
  /** Who the client is and how failed authentications are counted; the runtime entry supplies both. */
  authThrottle: AuthThrottle;
  /** The web app's mail transport, public address, session rules and assets (src/entry/node.ts). */
  web?: WebDependencies;
};

/**
 * Builds the HTTP application. It knows no runtime: the Node entry (and later a worker entry)
 * supplies the database, the readiness check and where the API reference assets come from.
 */
export function createApp(deps: AppDependencies) {
  useDutchValidationMessages();
  const clock = deps.clock ?? (() => new Date());
  const firstContactWorkingDays = deps.firstContactWorkingDays ?? DEFAULT_FIRST_CONTACT_WORKING_DAYS;
  const web = deps.web ?? defaultWebDependencies(deps.logger);
  const placementCadence = deps.placementCadence ?? DEFAULT_CADENCE_RULES;
  const preparation = {
    reference: deps.reference,
    intensity: deps.preparationIntensity ?? DEFAULT_PREPARATION_INTENSITY,
  };
  const app = new OpenAPIHono<AppBindings>({ defaultHook: validationHook });

  app.use(
    '*',
    securityHeaders(),
    requestId(),
    languageDetector({
      order: ['header'],
      supportedLanguages: languages,
      fallbackLanguage: 'nl',
      caches: false,
      convertDetectedLanguage: (tag) => tag.split('-')[0] ?? tag,
    }),
    accessLog(deps.logger),
    forkEntityManager(deps.orm, writeDeferredAudit),
  );
  app.onError(handleError(deps.logger));
  app.notFound((c) =>
    wantsHtml(c)
      ? renderNotFoundPage(c)
      : problemResponse(
          new AppError(
            ProblemCode.NotFound,
            say({ nl: 'Op dit adres staat niets.', en: 'There is nothing at this address.' }),
          ),
          c.get('requestId'),
          asLanguage(c.get('language')),
        ),
  );

  systemRoutes(app, deps.checkReadiness);
  docsRoutes(app, deps.docsAssets);

  const api = new OpenAPIHono<AppBindings>({ defaultHook: validationHook });
  api.use(
    '*',
    noStore(),
    refuseDeclaredOversizeBody(deps.config.bodyLimitBytes),
    requireActor(authenticate, clock, deps.authThrottle),
    jsonBodiesOnly(),
    limitBodySize(deps.config.bodyLimitBytes),
  );
  organisationRoutes(api);
  userRoutes(api);
  tokenRoutes(api, deps.config.tokenTtlDays);
  auditRoutes(api);
  jobSeekerRoutes(api, deps.reference.postcodes, firstContactWorkingDays);
  referralRoutes(api);
  outsideHelpRoutes(api);
  consentRoutes(api);
  catalogueRoutes(api, deps.reference.catalogue);
  instrumentRoutes(api, deps.reference);
  assessmentRoutes(api, deps.reference);
  talentProfileRoutes(api);
  segmentDecisionRoutes(api, deps.reference);
  segmentReactionRoutes(api);
  ownRecordRoutes(api);
  erasureRoutes(api);
  employerRoutes(api, deps.reference);
  vacancyRoutes(api, deps.reference);
  trajectoryRoutes(api, deps.reference);
  preparationPlanRoutes(api, preparation);
  matchingRoutes(api, { keeper: deps.matching, reference: deps.reference, ranker: deps.candidateRanker });
  placementRoutes(api, { reference: deps.reference, cadence: placementCadence });
  // Inviting a placement's mentor or manager mails a sign-in link, through the web app's mail.
  guideInvitationRoutes(api, {
    cadence: placementCadence,
    mail: web.mail,
    publicBaseUrl: web.publicBaseUrl,
    logger: deps.logger,
  });
  moneyChecklistRoutes(api, deps.reference);
  meetAndGreetRoutes(api, { keeper: deps.matching, reference: deps.reference });
  // A hire opens the placement (follow-up after the start of work) in the same transaction.
  candidacyRoutes(api, { onHired: deps.onHired ?? placementForHire(deps.reference.activeMoneyChecklist) });
  reportRoutes(api);
  app.route('/api', api);

  // The web app: pages on the same service verbs, at / and its own Dutch paths.
  app.route(
    '/',
    webRoutes({
      ...web,
      logger: deps.logger,
      clock,
      bodyLimitBytes: deps.config.bodyLimitBytes,
      reference: deps.reference,
      placementCadence,
      firstContactWorkingDays,
      preparation,
      meetAndGreets: { keeper: deps.matching, reference: deps.reference },
      matching: deps.matching,
    }),
  );

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'An API token: `Authorization: Bearer wrw_…`. Programme admins issue tokens.',
  });
  app.doc31('/openapi.json', openApiDocument);
  return app;
}

export type App = ReturnType<typeof createApp>;
