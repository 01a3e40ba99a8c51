import type { Env } from '../env';
import type { Database } from './orm';

export const databaseFromEnv = (env: Env): Database =>
  env.DATABASE_URL
    ? { kind: 'postgresql', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: env.DATA_DIR };
