import { databaseFromEnv } from '../src/db/database-from-env';
import { migrate, openDatabase } from '../src/db/orm';
import { loadEnv } from '../src/env';
import { databaseIsEmpty, seedDemo } from './seed-demo';
import { formatDemoTokens } from './seed-on-start';

/** `npm run seed`: put the demo programme into the configured database (embedded or DATABASE_URL) if it is empty. */
const env = loadEnv();
const orm = await openDatabase(databaseFromEnv(env));
try {
  await migrate(orm);
  const em = orm.em.fork();
  if (!(await databaseIsEmpty(em))) {
    console.error('This database has data already; demo data is only added to an empty database.');
    process.exitCode = 1;
  } else {
    const { tokens } = await seedDemo(em);
    console.log(`Demo data added. Demo API tokens:\n${formatDemoTokens(tokens)}`);
  }
} finally {
  await orm.close(true);
}
