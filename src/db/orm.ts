import { fileURLToPath } from 'node:url';
import type { MikroORM, Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM as PgliteORM } from '@mikro-orm/pglite';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { runtimeNeutralOptions } from './orm-options';

export type Database = { kind: 'postgresql'; url: string } | { kind: 'pglite'; dataDir: string };

const migrationsPath = fileURLToPath(new URL('../../migrations', import.meta.url));

function sharedOptions(): Partial<Options> {
  return {
    ...runtimeNeutralOptions,
    extensions: [Migrator],
    migrations: {
      path: migrationsPath,
      pathTs: migrationsPath,
      emit: 'ts',
      // One snapshot for every database, so PGlite and PostgreSQL share the same migration files.
      snapshotName: '.snapshot',
      transactional: true,
      allOrNothing: true,
      silent: true,
    },
  };
}

export async function openDatabase(database: Database): Promise<MikroORM> {
  if (database.kind === 'postgresql') {
    return PostgresORM.init({
      ...sharedOptions(),
      clientUrl: database.url,
      pool: { min: 0, max: 10 },
    } as Options);
  }
  // For PGlite the database name is the location of its data directory ('memory://' keeps it in memory).
  return PgliteORM.init({ ...sharedOptions(), dbName: database.dataDir } as Options);
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.migrator.up();
  return applied.map((migration) => migration.name);
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}
