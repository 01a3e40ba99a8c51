import { seedDemoIfEmpty } from '../../seed/seed-on-start';
import { createApp } from '../app';
import { databaseFromEnv } from '../db/database-from-env';
import { migrate, openDatabase } from '../db/orm';
import { checkReadiness } from '../db/readiness';
import { loadEnv } from '../env';
import { createLogger } from '../http/logger';
import { assertUsedInstrumentsUnchanged } from '../modules/assessments/instrument-usage-check';
import { MatchingIndexKeeper } from '../modules/matching/matching-index-keeper';
import { loadReferenceData } from '../reference/load-reference-data';
import { nodeClientAddress } from './client-address';
import { nodeDocsAssets } from './docs-assets';
import { memoryFailedAuthLimiter } from './failed-auth-limiter';
import { createNodeServer } from './node-server';

const env = loadEnv();
const logger = createLogger(env.LOG_LEVEL);
// Refuse to start on an invalid instrument or catalogue: the error names the file and the JSON path.
const reference = loadReferenceData({ referenceDir: env.REFERENCE_DIR, assessmentsDir: env.ASSESSMENTS_DIR });
const orm = await openDatabase(databaseFromEnv(env));
const applied = await migrate(orm);
if (applied.length) logger.info('migrations applied', { count: applied.length, last: applied.at(-1) });
// Refuse to start when an instrument version that assessments used has changed or is gone.
await assertUsedInstrumentsUnchanged(orm.em, reference.instruments, env.ASSESSMENTS_DIR);

// Demo data only ever goes into an empty embedded database; a DATABASE_URL database is seeded on request (npm run seed).
if (!env.DATABASE_URL && env.SEED_DEMO === 'auto') {
  await seedDemoIfEmpty(orm, env.DATA_DIR, reference);
}

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

const app = createApp({
  orm,
  logger,
  config: { bodyLimitBytes: env.BODY_LIMIT_BYTES, tokenTtlDays: env.TOKEN_TTL_DAYS },
  checkReadiness: () => checkReadiness(orm),
  docsAssets: nodeDocsAssets,
  reference,
  matching,
  placementCadence: env.PLACEMENT_CADENCE,
  authThrottle: {
    limiter: memoryFailedAuthLimiter({
      attempts: env.AUTH_FAILURE_LIMIT,
      windowSeconds: env.AUTH_FAILURE_WINDOW_SECONDS,
      blockSeconds: env.AUTH_FAILURE_BLOCK_SECONDS,
    }),
    clientAddress: nodeClientAddress(env.TRUSTED_PROXIES),
  },
});

const server = createNodeServer(app);
server.listen(env.PORT, env.HOST, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const host = env.HOST === '0.0.0.0' ? 'localhost' : env.HOST;
  const base = `http://${host}:${port}`;
  console.log(
    `Warm Rotterdam Werkt is running on ${base} (${env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${env.DATA_DIR}`})`,
  );
  console.log(`API reference: ${base}/docs`);
  console.log(`Try: curl -H "Authorization: Bearer <token>" ${base}/api/me`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info('shutting down', { signal });
  server.close();
  await orm.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
