import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import type { MikroORM } from '@mikro-orm/core';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { seedDemo } from '../seed/seed-demo';
import { createApp } from '../src/app';
import { migrate, openDatabase } from '../src/db/orm';
import { checkReadiness } from '../src/db/readiness';
import { nodeDocsAssets } from '../src/entry/docs-assets';
import { memoryFailedAuthLimiter } from '../src/entry/failed-auth-limiter';
import { nodeWebAssets } from '../src/entry/web-assets';
import { createLogger } from '../src/http/logger';
import { startSession } from '../src/modules/auth/web-session.service';
import { JobSeeker } from '../src/modules/job-seekers/job-seeker.entity';
import { MatchingIndexKeeper } from '../src/modules/matching/matching-index-keeper';
import { User } from '../src/modules/users/user.entity';
import { loadReferenceData } from '../src/reference/load-reference-data';
import { defaultWebDependencies } from '../src/web/web-defaults';

// Server time of the lifecoach's pages on the demo data (the demo lifecoach's caseload), through
// app.request — no network, no browser: what the server spends per page.
//   npx tsx bench/web-pages.ts                 (the embedded PGlite, as `npm start`)
//   npx tsx bench/web-pages.ts --postgresql    (a fresh database on the local PostgreSQL server)
// Target: p95 ≤ 50 ms for Today, the caseload and a person's page. The embedded database runs in
// this process, so the CPU time per request (user + system) includes the database's work; it moves
// less than the wall-clock time when other work shares the cores.

const RUNS = 200;
const WARM_UP = 20;
const TARGET_MS = 50;

/**
 * The embedded PGlite in memory, as `npm start` runs; with `--postgresql` a fresh database on
 * BENCH_DATABASE_URL's server (default the local one), as a deployment runs, dropped afterwards.
 */
async function benchDatabase(
  postgresql: boolean,
): Promise<{ orm: MikroORM; label: string; drop: () => Promise<void> }> {
  if (!postgresql) {
    const orm = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    return { orm, label: 'embedded PGlite', drop: () => orm.close(true) };
  }
  const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `wrw_bench_${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = await PostgresORM.init({
    clientUrl: serverUrl,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  await admin.em.getConnection().execute(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const orm = await openDatabase({ kind: 'postgresql', url: url.toString() });
  return {
    orm,
    label: `PostgreSQL (${url.host})`,
    drop: async () => {
      await orm.close(true);
      await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
      await admin.close(true);
    },
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const reference = loadReferenceData({
  referenceDir: 'reference',
  assessmentsDir: 'assessments',
  checklistsDir: 'checklists',
});
const server = await benchDatabase(process.argv.includes('--postgresql'));
const orm = server.orm;
await migrate(orm);
await seedDemo(orm.em.fork(), reference);
const logger = createLogger('silent');
const matching = new MatchingIndexKeeper({
  postcodes: reference.postcodes,
  competences: reference.catalogue.competences,
});
await matching.build(orm.em.fork());
const web = { ...defaultWebDependencies(logger), assets: nodeWebAssets };
const app = createApp({
  orm,
  logger,
  config: { bodyLimitBytes: 1_048_576, tokenTtlDays: 90 },
  checkReadiness: () => checkReadiness(orm),
  docsAssets: nodeDocsAssets,
  reference,
  matching,
  web,
  authThrottle: {
    limiter: memoryFailedAuthLimiter({ attempts: 10, windowSeconds: 60, blockSeconds: 300 }),
    clientAddress: () => '127.0.0.1',
  },
});

const em = orm.em.fork();
const coach = await em.findOneOrFail(
  User,
  { email: 'samira@warmrotterdam.example' },
  { populate: ['organisation'] },
);
const person = await em.findOneOrFail(
  JobSeeker,
  { responsibleLifecoach: coach },
  { orderBy: { nameKey: 'asc' } },
);
const { secret } = await startSession(em, coach, new Date(), { idleMinutes: 600, maxHours: 24 });
const cookie = `wrw_session=${secret}`;

const pages = {
  Vandaag: '/vandaag',
  'Mijn werkzoekenden': '/werkzoekenden',
  'zoeken (naam)': '/werkzoekenden?q=ahmed',
  'de persoon': `/werkzoekenden/${person.id}`,
  toestemming: `/werkzoekenden/${person.id}/toestemming`,
};

console.log(
  `web pages on the demo data in ${server.label} (${await em.count(JobSeeker, { responsibleLifecoach: coach })} people in the caseload), ` +
    `${RUNS} requests each after ${WARM_UP} warm-up; ${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ` +
    `${Math.round(totalmem() / 2 ** 30)} GB, ${platform()} ${release()}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
);
for (const [name, path] of Object.entries(pages)) {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < WARM_UP + RUNS; i++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const response = await app.request(path, { headers: { cookie } });
    await response.text();
    const cpu = process.cpuUsage(cpuBefore);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    if (i >= WARM_UP) {
      times.push(performance.now() - started);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
  }
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  console.log(
    `  ${name.padEnd(20)} p50 ${p50.toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  CPU p50 ${percentile(cpuTimes, 50).toFixed(1)} ms  ` +
      `${p95 <= TARGET_MS ? 'ok' : `above the ${TARGET_MS} ms target`}`,
  );
}
await server.drop();
