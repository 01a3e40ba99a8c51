import type { Options } from '@mikro-orm/core';
import { entities } from './entities';

/**
 * The options every runtime opens the ORM with (Node in orm.ts, the worker in worker-orm.ts) and the
 * compile step compiles against (mikro-orm.config.ts): the hydrators and comparators it writes
 * depend on them, so they are one definition.
 */
export const runtimeNeutralOptions = {
  entities,
  // Entities are read and written through explicit services; no implicit lazy loading surprises.
  forceUndefined: false,
  debug: false,
  allowGlobalContext: false,
} satisfies Partial<Options>;
