import { startServer } from '../../../src/entry/server';
import { loadEnv } from '../../../src/env';
import { Factory } from '../../support/factories';

/**
 * The real Node server (src/entry/server.ts) on 127.0.0.1, port 0, with an in-memory PGlite and no
 * demo data: the tests build what they need with the factories. Mail goes to `smtpUrl`.
 */
export async function startWebServer(smtpUrl: string, extraEnv: Record<string, string> = {}) {
  const env = loadEnv({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: 'memory://',
    SEED_DEMO: 'never',
    SCHEDULER: 'off',
    LOG_LEVEL: 'silent',
    SMTP_URL: smtpUrl,
    MAIL_FROM: 'Warm Rotterdam Werkt <noreply@test.example>',
    ...extraEnv,
  });
  const server = await startServer(env);
  return { ...server, factory: new Factory(server.orm) };
}

export type WebServer = Awaited<ReturnType<typeof startWebServer>>;
