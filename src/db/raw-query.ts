import type { EntityManager } from '@mikro-orm/core';

/**
 * A plain SQL query for reads the ORM would make heavy (bulk loads, `distinct on`), run inside the
 * caller's transaction when there is one — otherwise it would wait on the caller's own locks
 * (PGlite has one connection) or read around uncommitted changes (PostgreSQL).
 * `?` placeholders; pass arrays as a Postgres array literal with `toPgArray`.
 */
export async function rawQuery<Row>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  return (await em
    .getConnection()
    .execute(sql, [...params], 'all', em.getTransactionContext())) as unknown as Row[];
}

/** `['a', 'b']` → `'{a,b}'`, for `= any(?::uuid[])`; only for values without commas or quotes (ids). */
export const toPgArray = (values: readonly string[]): string => `{${values.join(',')}}`;
