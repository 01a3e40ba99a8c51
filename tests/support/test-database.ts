import type { MikroORM } from '@mikro-orm/core';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { migrate, openDatabase } from '../../src/db/orm';

/**
 * Each test file gets a database of its own: an in-memory PGlite by default, or — when
 * TEST_DATABASE_URL is set — a fresh database on that PostgreSQL server, dropped afterwards.
 */
export type TestDatabase = {
  orm: MikroORM;
  close: () => Promise<void>;
  /** A second ORM on the same database, as a second process would have; PostgreSQL only. */
  openAnother?: () => Promise<MikroORM>;
};

export async function openTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const orm = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    await migrate(orm);
    return { orm, close: () => orm.close(true) };
  }
  const name = `wrw_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = await PostgresORM.init({
    clientUrl: serverUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  await admin.em.getConnection().execute(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const orm = await openDatabase({ kind: 'postgresql', url: url.toString() });
  await migrate(orm);
  return {
    orm,
    openAnother: () => openDatabase({ kind: 'postgresql', url: url.toString() }),
    close: async () => {
      await orm.close(true);
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close(true);
    },
  };
}
