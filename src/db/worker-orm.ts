import type { MikroORM } from '@mikro-orm/core';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import type { ReadinessReport } from '../modules/system/system.routes';
import compiledFunctions from './compiled-functions.js';
import migrationNames from './migration-names.json';
import { runtimeNeutralOptions } from './orm-options';

/**
 * The ORM on Cloudflare Workers: PostgreSQL behind Hyperdrive, with the functions `mikro-orm compile`
 * wrote (workerd forbids generating code at run time). Open one per request and close it when the
 * request is done: an ORM kept across requests hangs the worker on the next one.
 */
export function openWorkerDatabase(connectionString: string): Promise<MikroORM> {
  return PostgresORM.init({
    ...runtimeNeutralOptions,
    compiledFunctions,
    clientUrl: connectionString,
    // Hyperdrive pools the connections to the database; a request needs only one.
    pool: { min: 0, max: 1 },
  });
}

/**
 * Readiness on Workers: a real query (orm.isConnected() answers false in workerd even when queries
 * work), and every migration this build knows of (migration-names.json, written with the compiled
 * functions) recorded as applied. Migrations themselves run from the Node CLI (npm run db:migrate).
 */
export async function checkWorkerReadiness(orm: MikroORM): Promise<ReadinessReport> {
  let applied: Set<string>;
  try {
    const rows = (await orm.em
      .getConnection()
      .execute('select name from mikro_orm_migrations')) as unknown as { name: string }[];
    applied = new Set(rows.map((row) => row.name));
  } catch {
    try {
      await orm.em.getConnection().execute('select 1');
      return { database: true, migrationsApplied: false };
    } catch {
      return { database: false, migrationsApplied: false };
    }
  }
  return { database: true, migrationsApplied: migrationNames.every((name) => applied.has(name)) };
}
