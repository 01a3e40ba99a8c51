// Load zod's OpenAPI extension before any schema is built: job-seeker.schemas.ts calls .openapi() on
// schemas from geo/postcodes.ts and job-seekers/phone.ts, which use plain zod and lack it otherwise.
import '@hono/zod-openapi';
import { databaseFromEnv } from '../src/db/database-from-env';
import { migrate, openDatabase } from '../src/db/orm';
import { loadEnv } from '../src/env';
import { loadReferenceData } from '../src/reference/load-reference-data';
import { seedDemoHistory } from './demo-history';
import { databaseIsEmpty, formatDemoSummary, seedDemo } from './seed-demo';
import { formatDemoTokens } from './seed-on-start';

/** `npm run seed`: put the demo programme into the configured database (embedded or DATABASE_URL) if it is empty. */
const env = loadEnv();
const reference = loadReferenceData({
  referenceDir: env.REFERENCE_DIR,
  assessmentsDir: env.ASSESSMENTS_DIR,
  checklistsDir: env.CHECKLISTS_DIR,
});
const orm = await openDatabase(databaseFromEnv(env));
try {
  await migrate(orm);
  const em = orm.em.fork();
  if (!(await databaseIsEmpty(em))) {
    console.error('This database has data already; demo data is only added to an empty database.');
    process.exitCode = 1;
  } else {
    const demo = await seedDemo(em, reference);
    const history = await em.transactional((tx) => seedDemoHistory(tx));
    console.log(
      `Demo data added: ${formatDemoSummary(demo)}; history: ${history.people} people over the past year, ${history.placements} jobs. Demo API tokens:\n${formatDemoTokens(demo.tokens)}`,
    );
  }
} finally {
  await orm.close(true);
}
