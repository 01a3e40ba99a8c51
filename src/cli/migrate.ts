import { databaseFromEnv } from '../db/database-from-env';
import { migrate, openDatabase } from '../db/orm';
import { loadEnv } from '../env';

/** `npm run db:migrate`: apply committed migrations that have not run yet. */
const env = loadEnv();
const orm = await openDatabase(databaseFromEnv(env));
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
} finally {
  await orm.close(true);
}
