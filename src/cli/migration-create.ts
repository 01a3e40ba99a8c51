import { databaseFromEnv } from '../db/database-from-env';
import { openDatabase } from '../db/orm';
import { loadEnv } from '../env';

/**
 * `npm run db:migration:create [-- name]`: diff the entities against the schema and write a migration.
 * `-- name --blank` writes an empty one to fill in by hand, for a repair of stored data.
 */
const args = process.argv.slice(2);
const blank = args.includes('--blank');
const name = args.find((arg) => !arg.startsWith('--'));
const env = loadEnv();
const orm = await openDatabase(databaseFromEnv(env));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(undefined, blank, false, name);
  console.log(
    result.fileName ? `Created migrations/${result.fileName}` : 'No changes: the schema is up to date.',
  );
} finally {
  await orm.close(true);
}
