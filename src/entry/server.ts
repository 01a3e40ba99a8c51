import { join } from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MikroORM } from '@mikro-orm/core';
import { createApp } from '../app';
import { databaseFromEnv } from '../db/database-from-env';
import { migrate, openDatabase } from '../db/orm';
import { checkReadiness } from '../db/readiness';
import type { Env } from '../env';
import { createLogger, type Logger } from '../http/logger';
import { assertUsedInstrumentsUnchanged } from '../modules/assessments/instrument-usage-check';
import { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import { loadReferenceData } from '../reference/load-reference-data';
import type { ReferenceData } from '../reference/reference-data';
import type { MailTransport } from '../web/web-context';
import { nodeDocsAssets } from './docs-assets';
import { outboxMail, smtpMail, unsentMail } from './mail-transports';
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
  });
  const orm = await openDatabase(databaseFromEnv(env));
  const applied = await migrate(orm);
  if (applied.length) logger.info('migrations applied', { count: applied.length, last: applied.at(-1) });
  // Refuse to start when an instrument version that assessments used has changed or is gone.
  await assertUsedInstrumentsUnchanged(orm.em, reference.instruments, env.ASSESSMENTS_DIR);
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
  const mail: MailTransport = env.SMTP_URL
    ? smtpMail(env.SMTP_URL, env.MAIL_FROM)
    : env.DATABASE_URL
      ? unsentMail((message) => logger.warn(message))
      : outboxMail(join(env.DATA_DIR, 'outbox'), env.MAIL_FROM);
  // Known once the server listens (PORT may be 0); sign-in links use PUBLIC_BASE_URL when it is set.
  let listeningOn = `http://${env.HOST}:${env.PORT}`;

  const app = createApp({
    orm,
    logger,
    config: { bodyLimitBytes: env.BODY_LIMIT_BYTES, tokenTtlDays: env.TOKEN_TTL_DAYS },
    checkReadiness: () => checkReadiness(orm),
    docsAssets: nodeDocsAssets,
    reference,
    matching,
    placementCadence: env.PLACEMENT_CADENCE,
    web: {
      mail,
      publicBaseUrl: () => env.PUBLIC_BASE_URL ?? listeningOn,
      sessionRules: { idleMinutes: env.SESSION_IDLE_MINUTES, maxHours: env.SESSION_MAX_HOURS },
      signInLimits: { perAddress: env.SIGN_IN_LIMIT_PER_ADDRESS, perClient: env.SIGN_IN_LIMIT_PER_CLIENT },
      assets: nodeWebAssets,
      clientAddress: (c) => getConnInfo(c).remote.address,
    },
  });

  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
      const host = info.address === '0.0.0.0' || info.address === '::' ? 'localhost' : info.address;
      listeningOn = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
      resolve(started);
    });
  });

  return {
    url: listeningOn,
    orm,
    reference,
    logger,
    mailSent: Boolean(env.SMTP_URL),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await orm.close(true);
    },
  };
}
