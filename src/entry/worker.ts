import { say } from '../http/messages';
// The entities first, in src/db/entities.ts order: the compiled functions' keys carry a counter in
// the order entities are defined, and `npm run db:compile` (src/db/mikro-orm.config.ts) starts there too.
import '../db/entities';
import { createApp } from '../app';
import { checkWorkerReadiness, openWorkerDatabase } from '../db/worker-orm';
import { AppError, ProblemCode } from '../http/problem';
import type { MailTransport } from '../modules/mail/mail-message';
import type { MatchingIndex } from '../modules/matching/engine';
import { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import { memoryFailedAuthLimiter } from './failed-auth-limiter';
import { durableObjectCandidateRanker } from './matching-index-object';
import { workerDocsAssets, workerWebAssets } from './worker-assets';
import { type WorkerBindings, workerServices } from './worker-services';

export { MatchingIndexObject } from './matching-index-object';

/**
 * The index lives in the Durable Object: the worker asks it to rank and explain candidates and never
 * builds the index itself. The parts of the service that read the index directly (vacancies for a
 * person, what to train, Meet & Greet shortlists and schedules) answer 503 (problem+json, or the web
 * app's Dutch page) on this runtime.
 */
class IndexInDurableObject extends MatchingIndexKeeper {
  override async current(): Promise<MatchingIndex> {
    throw new AppError(
      ProblemCode.Unavailable,
      say({
        nl: 'Dit onderdeel is op deze omgeving nog niet beschikbaar. De andere onderdelen werken wel.',
        en: 'This part is not available on this deployment yet. The other parts work.',
      }),
    );
  }
  override async build(): Promise<MatchingIndex> {
    return this.current();
  }
}

let limiter: ReturnType<typeof memoryFailedAuthLimiter> | null = null;
let keeper: IndexInDurableObject | null = null;

export default {
  /** Every request: a new ORM over Hyperdrive, the same createApp as on Node, the ORM closed afterwards. */
  async fetch(request: Request, bindings: WorkerBindings, ctx: WorkerExecutionContext): Promise<Response> {
    const services = workerServices(bindings);
    const { env, reference, logger } = services;
    // Failed authentications are counted per isolate (Workers run many): a coarse brake, as per process on Node.
    limiter ??= memoryFailedAuthLimiter({
      attempts: env.AUTH_FAILURE_LIMIT,
      windowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS,
      blockSeconds: env.AUTH_FAILURE_BLOCK_SECONDS,
    });
    keeper ??= new IndexInDurableObject({
      postcodes: reference.postcodes,
      competences: reference.catalogue.competences,
      weights: env.MATCH_WEIGHTS,
    });
    // The app sends some mails without awaiting them (a sign-in answers as fast for unknown addresses):
    // on Workers a send must be registered with waitUntil, or it is cut off with the response.
    const mail: MailTransport = {
      send(message) {
        const sending = services.mail.send(message);
        ctx.waitUntil(sending.catch(() => undefined));
        return sending;
      },
    };
    const orm = await openWorkerDatabase(bindings.HYPERDRIVE.connectionString);
    try {
      // Cloudflare sets CF-Connecting-IP to the connecting client; a client cannot forge it.
      const clientAddress = () => request.headers.get('cf-connecting-ip') ?? undefined;
      const app = createApp({
        orm,
        logger,
        config: { bodyLimitBytes: env.BODY_LIMIT_BYTES, tokenTtlDays: env.TOKEN_TTL_DAYS },
        checkReadiness: () => checkWorkerReadiness(orm),
        docsAssets: workerDocsAssets(bindings.ASSETS),
        reference,
        matching: keeper,
        candidateRanker: durableObjectCandidateRanker(bindings.MATCHING_INDEX),
        placementCadence: env.PLACEMENT_CADENCE,
        firstContactWorkingDays: env.FIRST_CONTACT_WORKING_DAYS,
        authThrottle: { limiter, clientAddress },
        web: {
          mail,
          publicBaseUrl: () => services.publicBaseUrl,
          mailLinkSecret: env.MAIL_LINK_SECRET,
          sessionRules: { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS },
          signInLimits: {
            perAddress: env.SIGN_IN_LIMIT_PER_ADDRESS,
            perClient: env.SIGN_IN_LIMIT_PER_CLIENT,
          },
          assets: workerWebAssets(bindings.ASSETS),
          clientAddress,
        },
      });
      return await app.fetch(request);
    } finally {
      ctx.waitUntil(orm.close(true));
    }
  },

  /** The cron trigger (every minute, wrangler.toml): the Durable Object runs the jobs that are due. */
  async scheduled(
    controller: WorkerScheduledController,
    bindings: WorkerBindings,
    ctx: WorkerExecutionContext,
  ) {
    const stub = bindings.MATCHING_INDEX.get(bindings.MATCHING_INDEX.idFromName('matching-index'));
    ctx.waitUntil(stub.runScheduledJobs(controller.scheduledTime));
  },
};
