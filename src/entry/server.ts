import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/core';
import { createApp } from '../app';
import { databaseFromEnv } from '../db/database-from-env';
import { migrate, openDatabase } from '../db/orm';
import { checkReadiness } from '../db/readiness';
import type { Env } from '../env';
import { createLogger, type Logger } from '../http/logger';
import { assertUsedInstrumentsUnchanged } from '../modules/assessments/instrument-usage-check';
import type { MailTransport } from '../modules/mail/mail-message';
import { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import { assertUsedMoneyChecklistsUnchanged } from '../modules/placements/money-checklist-usage-check';
import { loadReferenceData } from '../reference/load-reference-data';
import type { ReferenceData } from '../reference/reference-data';
import { nodeClientAddress } from './client-address';
import { nodeDocsAssets } from './docs-assets';
import { memoryFailedAuthLimiter } from './failed-auth-limiter';
import { jobDependenciesFromEnv, mailFromEnv } from './job-dependencies';
import { unsentMail } from './mail-transports';
import { createNodeServer } from './node-server';
import { startScheduler } from './scheduler';
import { nodeWebAssets } from './web-assets';

export type RunningServer = {
  /** The address the server listens on, e.g. http://127.0.0.1:3000 (the real port when PORT=0). */
  url: string;
  orm: MikroORM;
  reference: ReferenceData;
  logger: Logger;
  /** Whether sign-in mails go out over SMTP or only to the console and the outbox folder. */
  mailSent: boolean;
  close(): Promise<void>;
};

export type StartOptions = {
  /** Runs after migrations, before the matching index is built and the server listens (demo seed). */
  beforeListen?: (orm: MikroORM, reference: ReferenceData) => Promise<void>;
  /** Replaces the mail transport from SMTP_URL (tests). */
  mail?: MailTransport;
};

/**
 * Opens the database, applies the migrations, builds the matching index and serves the app on Node.
 * `npm start` uses it (src/entry/node.ts); the browser tests start the real server with it on port 0.
 */
export async function startServer(env: Env, options: StartOptions = {}): Promise<RunningServer> {
  const logger = createLogger(env.LOG_LEVEL);
  // Refuse to start on an invalid instrument or catalogue: the error names the file and the JSON path.
  const reference = loadReferenceData({
    referenceDir: env.REFERENCE_DIR,
    assessmentsDir: env.ASSESSMENTS_DIR,
    checklistsDir: env.CHECKLISTS_DIR,
  });
  const orm = await openDatabase(databaseFromEnv(env));
  const applied = await migrate(orm);
  if (applied.length) logger.info('migrations applied', { count: applied.length, last: applied.at(-1) });
  // Refuse to start when an instrument version that assessments used has changed or is gone.
  await assertUsedInstrumentsUnchanged(orm.em, reference.instruments, env.ASSESSMENTS_DIR);
  // The same for the start-of-work money checklist: placements keep the version they were made from.
  await assertUsedMoneyChecklistsUnchanged(orm.em, reference.moneyChecklists, env.CHECKLISTS_DIR);
  await options.beforeListen?.(orm, reference);

  // The matching index is built before the server listens, so the first ranking is as fast as any other.
  const matching = new MatchingIndexKeeper({
    postcodes: reference.postcodes,
    competences: reference.catalogue.competences,
    weights: env.MATCH_WEIGHTS,
  });
  const buildStarted = performance.now();
  const index = await matching.build(orm.em.fork());
  logger.info('matching index built', {
    people: index.size,
    ms: Math.round(performance.now() - buildStarted),
    memoryBytes: index.memoryBytes(),
  });

  // The outbox (console and DATA_DIR/outbox) is for the embedded database only: on a real database
  // without SMTP a sign-in link must not land in the logs.
  const mail: MailTransport =
    options.mail ??
    (!env.SMTP_URL && env.DATABASE_URL ? unsentMail((message) => logger.warn(message)) : mailFromEnv(env));
  // Known once the server listens (PORT may be 0); sign-in links use PUBLIC_BASE_URL when it is set.
  let listeningOn = `http://${env.HOST}:${env.PORT}`;
  const clientAddress = nodeClientAddress(env.TRUSTED_PROXIES);

  const app = createApp({
    orm,
    logger,
    config: { bodyLimitBytes: env.BODY_LIMIT_BYTES, tokenTtlDays: env.TOKEN_TTL_DAYS },
    checkReadiness: () => checkReadiness(orm),
    docsAssets: nodeDocsAssets,
    reference,
    matching,
    placementCadence: env.PLACEMENT_CADENCE,
    firstContactWorkingDays: env.FIRST_CONTACT_WORKING_DAYS,
    preparationIntensity: { READY: env.PREPARATION_WEEKS_READY, LATER: env.PREPARATION_WEEKS_LATER },
    authThrottle: {
      limiter: memoryFailedAuthLimiter({
        attempts: env.AUTH_FAILURE_LIMIT,
        windowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS,
        blockSeconds: env.AUTH_FAILURE_BLOCK_SECONDS,
      }),
      clientAddress,
    },
    web: {
      mail,
      publicBaseUrl: () => env.PUBLIC_BASE_URL ?? listeningOn,
      mailLinkSecret: env.MAIL_LINK_SECRET,
      sessionRules: { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS },
      signInLimits: { perAddress: env.SIGN_IN_LIMIT_PER_ADDRESS, perClient: env.SIGN_IN_LIMIT_PER_CLIENT },
      assets: nodeWebAssets,
      clientAddress,
    },
  });

  const server: Server = createNodeServer(app);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, () => resolve()));
  const address = server.address();
  if (address && typeof address === 'object') {
    const host = address.address === '0.0.0.0' || address.address === '::' ? 'localhost' : address.address;
    listeningOn = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  }

  // The daily digest and mail retries; every process may run them, the run rows keep them single.
  const scheduler =
    env.SCHEDULER === 'on'
      ? startScheduler(
          {
            ...jobDependenciesFromEnv(env, orm, logger, mail, () => env.PUBLIC_BASE_URL ?? listeningOn),
            meetAndGreets: async () => ({ keeper: matching, reference }),
          },
          {
            'daily-digest': env.DAILY_DIGEST_CRON,
            'deliver-mail': '* * * * *',
            'meet-and-greet-agendas': '* * * * *',
            'data-retention': env.DATA_RETENTION_CRON,
          },
        )
      : null;

  return {
    url: listeningOn,
    orm,
    reference,
    logger,
    mailSent: Boolean(env.SMTP_URL),
    async close() {
      scheduler?.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await orm.close(true);
    },
  };
}
