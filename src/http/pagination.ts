import { z } from '@hono/zod-openapi';
import type { EntityManager, EntityName, QueryOrderMap } from '@mikro-orm/core';
import { validationError } from './problem';

export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .openapi({ description: 'Items per page (1–100).' }),
  cursor: z
    .string()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: 'The `nextCursor` of the previous page.' }),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  });

export type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * Keyset pagination: the order always ends with the primary key, so pages are stable even when
 * many rows share a timestamp and while new rows arrive.
 *
 * The cursor is only the id of the last row of the page (base64url), never its sort key: a sort
 * key can be personal data (a name) and cursors travel in URLs and logs. The next request looks
 * the row up again within the same filter (so within the caller's scope) and continues after its
 * sort key. A cursor that does not decode to an id of this list's type, or names a row that is not
 * (or no longer) in the list, answers 422 on the `cursor` parameter.
 */
export async function findPage<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  /** A filter on `Entity`, usually `{ $and: [filters, scope] }`. */
  where: object,
  page: PageQuery,
  orderBy: QueryOrderMap<NoInfer<Entity>>,
  /** Relations to load with the page, in the same query (joined). */
  populate: readonly string[] = [],
): Promise<Page<Entity>> {
  const primaryKey = primaryKeyOf(em, entity);
  const after = page.cursor ? await rowAfter(em, entity, where, primaryKey, page.cursor) : undefined;
  const cursor = await em.findByCursor(entity, {
    where,
    first: page.limit,
    after,
    orderBy: (primaryKey.name in orderBy
      ? orderBy
      : { ...orderBy, [primaryKey.name]: 'asc' }) as QueryOrderMap<Entity>,
    includeCount: false,
    ...(populate.length > 0 ? { populate, strategy: 'joined' } : {}),
  } as never);
  const items = [...cursor.items] as Entity[];
  const last = items.at(-1) as Record<string, unknown> | undefined;
  return {
    items,
    nextCursor: cursor.hasNextPage && last ? encodeCursor(String(last[primaryKey.name])) : null,
  };
}

type PrimaryKey = { name: string; numeric: boolean };

function primaryKeyOf<Entity extends object>(em: EntityManager, entity: EntityName<Entity>): PrimaryKey {
  const meta = em.getMetadata().get(entity);
  const [name] = meta.primaryKeys as string[];
  const property = (meta.properties as Record<string, { runtimeType?: string }>)[name ?? ''];
  if (!name || !property) throw new Error(`${meta.className} has no primary key to paginate by`);
  return { name, numeric: property.runtimeType === 'number' };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSITIVE_INTEGER = /^[1-9][0-9]{0,14}$/;

const invalidCursor = () =>
  validationError([
    {
      path: ['cursor'],
      message: 'This cursor is not valid for this list (any more). Start again from the first page.',
    },
  ]);

export function encodeCursor(id: string): string {
  return btoa(id).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
}

/** The id a cursor names, or null when it is not base64url of an id of the list's type. */
export function decodeCursor(cursor: string, numeric: boolean): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let id: string;
  try {
    id = atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));
  } catch {
    return null;
  }
  return (numeric ? POSITIVE_INTEGER : UUID).test(id) ? id : null;
}

/** The row a cursor names, looked up within the list's own filter. */
async function rowAfter<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  where: object,
  primaryKey: PrimaryKey,
  cursor: string,
): Promise<Entity> {
  const id = decodeCursor(cursor, primaryKey.numeric);
  if (id === null) throw invalidCursor();
  const row = await em.findOne(entity, {
    $and: [where, { [primaryKey.name]: primaryKey.numeric ? Number(id) : id }],
  } as never);
  if (!row) throw invalidCursor();
  return row as Entity;
}
