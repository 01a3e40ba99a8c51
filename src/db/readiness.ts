import type { MikroORM } from '@mikro-orm/core';
import type { ReadinessReport } from '../modules/system/system.routes';
import { pendingMigrations } from './orm';

export async function checkReadiness(orm: MikroORM): Promise<ReadinessReport> {
  const database = await orm.isConnected();
  if (!database) return { database, migrationsApplied: false };
  return { database, migrationsApplied: (await pendingMigrations(orm)).length === 0 };
}
