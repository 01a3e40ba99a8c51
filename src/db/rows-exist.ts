import { type EntityManager, type EntityName, type FilterQuery, raw } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { rawQuery } from './raw-query';

export type RowProbe<T extends object = object> = { entity: EntityName<T>; where: FilterQuery<T> };

/** A probe for `rowsExist`, typed against its entity. */
export const probe = <T extends object>(entity: EntityName<T>, where: FilterQuery<T>): RowProbe =>
  ({ entity, where }) as RowProbe;

/**
 * Whether each filter matches at least one row, in one round trip: `select exists(…), exists(…)`.
 * A page that gathers many short lists (most of them empty on most days) asks this first and loads
 * only the lists that have something, instead of paying a full query with its joins for each.
 * The filters are the ones the lists themselves use, so both agree on what is there.
 */
export async function rowsExist<Key extends string>(
  em: EntityManager,
  probes: Record<Key, RowProbe>,
): Promise<Record<Key, boolean>> {
  const keys = Object.keys(probes) as Key[];
  if (keys.length === 0) return {} as Record<Key, boolean>;
  const sqlEm = em as unknown as SqlEntityManager;
  const columns: string[] = [];
  const params: unknown[] = [];
  keys.forEach((key, index) => {
    const { entity, where } = probes[key];
    const query = sqlEm.createQueryBuilder(entity).select(raw('1')).where(where).limit(1).toQuery();
    columns.push(`exists(${query.sql}) as "p${index}"`);
    params.push(...query.params);
  });
  const [row] = await rawQuery<Record<string, boolean>>(em, `select ${columns.join(', ')}`, params);
  return Object.fromEntries(keys.map((key, index) => [key, row?.[`p${index}`] === true])) as Record<
    Key,
    boolean
  >;
}
