import { databaseFromEnv } from '../db/database-from-env';
import { openDatabase } from '../db/orm';
import { loadEnv } from '../env';

/** `npm run db:migration:create [-- name]`: diff the entities against the schema and write a migration. */
const env = loadEnv();
const orm = await openDatabase(databaseFromEnv(env));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, false, false, process.argv[2]);
  console.log(
    result.fileName ? `Created migrations/${result.fileName}` : 'No changes: the schema is up to date.',
  );
} finally {
  await orm.close(true);
}
