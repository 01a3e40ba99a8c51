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
 */
export async function findPage<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  /** A filter on `Entity`, usually `{ $and: [filters, scope] }`. */
  where: object,
  page: PageQuery,
  orderBy: QueryOrderMap<NoInfer<Entity>>,
): Promise<Page<Entity>> {
  try {
    const cursor = await em.findByCursor(entity, {
      where,
      first: page.limit,
      after: page.cursor,
      orderBy: ('id' in orderBy ? orderBy : { ...orderBy, id: 'asc' }) as QueryOrderMap<Entity>,
      includeCount: false,
    } as never);
    return { items: [...cursor.items] as Entity[], nextCursor: cursor.hasNextPage ? cursor.endCursor : null };
  } catch (error) {
    if (page.cursor && isCursorError(error)) {
      throw validationError([{ path: ['cursor'], message: 'This cursor is not valid for this list.' }]);
    }
    throw error;
  }
}

function isCursorError(error: unknown): boolean {
  return error instanceof Error && /cursor/i.test(error.message);
}
