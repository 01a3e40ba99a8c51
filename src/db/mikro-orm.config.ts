// The entities first: the compiled functions' keys carry a counter in the order entities are
// defined, so this config and the worker (src/entry/worker.ts) both start with src/db/entities.ts.
import './entities';
import { defineConfig } from '@mikro-orm/postgresql';
import { runtimeNeutralOptions } from './orm-options';

/**
 * The configuration `mikro-orm compile` reads (npm run db:compile) to write compiled-functions.js,
 * the hydrators and comparators the worker uses instead of generating code at run time (workerd
 * forbids that). It never connects; the Node entry opens its ORM in orm.ts.
 */
export default defineConfig({ ...runtimeNeutralOptions, dbName: 'compile-only' });
