import { join } from 'node:path';
import { demoSignInLines } from '../../seed/demo-sign-in';
import { seedDemoIfEmpty } from '../../seed/seed-on-start';
import { loadEnv } from '../env';
import { startServer } from './server';

const env = loadEnv();
// Demo data only ever goes into an empty embedded database; a DATABASE_URL database is seeded on request (npm run seed).
const demo = !env.DATABASE_URL && env.SEED_DEMO === 'auto';

const running = await startServer(env, {
  beforeListen: demo ? (orm, reference) => seedDemoIfEmpty(orm, env.DATA_DIR, reference) : undefined,
});
const base = env.PUBLIC_BASE_URL ?? running.url;
console.log(
  `Warm Rotterdam Werkt is running on ${running.url} (${env.DATABASE_URL ? 'PostgreSQL' : `embedded database in ${env.DATA_DIR}`})`,
);
console.log(`Web app: ${base}/  ·  API reference: ${base}/docs`);
if (demo) {
  const where = running.mailSent
    ? 'the sign-in link is mailed through SMTP_URL'
    : `no SMTP_URL: the sign-in link is printed here and saved in ${join(env.DATA_DIR, 'outbox')}/`;
  console.log(demoSignInLines(`${base}/inloggen`, where));
}
if (env.DATABASE_URL && !running.mailSent) {
  console.log('No SMTP_URL: sign-in mails are not sent, so nobody can sign in to the web app. Set SMTP_URL.');
}
console.log(`Try: curl -H "Authorization: Bearer <token>" ${base}/api/me`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  running.logger.info('shutting down', { signal });
  await running.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
