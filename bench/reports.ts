import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { seedDemoHistory } from '../seed/demo-history';
import { seedDemo } from '../seed/seed-demo';
import { createApp } from '../src/app';
import { migrate, openDatabase } from '../src/db/orm';
import { checkReadiness } from '../src/db/readiness';
import { nodeDocsAssets } from '../src/entry/docs-assets';
import { memoryFailedAuthLimiter } from '../src/entry/failed-auth-limiter';
import { nodeWebAssets } from '../src/entry/web-assets';
import { createLogger } from '../src/http/logger';
import { startSession } from '../src/modules/auth/web-session.service';
import { MatchingIndexKeeper } from '../src/modules/matching/matching-index-keeper';
import { User } from '../src/modules/users/user.entity';
import { loadReferenceData } from '../src/reference/load-reference-data';
import { defaultWebDependencies } from '../src/web/web-defaults';

// Every report over a city-sized history on PostgreSQL: the demo programme plus 50,000 people and
// three years of generated activity (seed/demo-history.ts) in a fresh database on the local server
// (dropped afterwards). Each report is asked through app.request — the API answer and the page
// with its SVG charts — round-robin, so other work on the machine weighs on all of them alike.
//   npx tsx bench/reports.ts [people] [rounds]     (defaults: 50000 people, 10 rounds)
// Target (issue 14): ≤ 2 s per report.

const PEOPLE = Number(process.argv[2] ?? 50_000);
const ROUNDS = Number(process.argv[3] ?? 10);
const TARGET_MS = 2000;

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `wrw_bench_reports_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
const admin = await PostgresORM.init({
  clientUrl: serverUrl,
  entities: [],
  discovery: { warnWhenNoEntities: false },
});
await admin.em.getConnection().execute(`create database "${name}"`);
const url = new URL(serverUrl);
url.pathname = `/${name}`;
const orm = await openDatabase({ kind: 'postgresql', url: url.toString() });
try {
  const reference = loadReferenceData({
    referenceDir: 'reference',
    assessmentsDir: 'assessments',
    checklistsDir: 'checklists',
  });
  await migrate(orm);
  const demo = await seedDemo(orm.em.fork(), reference);
  let started = performance.now();
  const history = await orm.em
    .fork()
    .transactional((tx) => seedDemoHistory(tx, { people: PEOPLE, days: 3 * 365 }));
  await orm.em.getConnection().execute('analyze');
  console.log(
    `history: ${history.people} people, ${history.placements} jobs over three years, written in ${((performance.now() - started) / 1000).toFixed(1)} s (set-up, not a target)`,
  );
  const logger = createLogger('silent');
  const matching = new MatchingIndexKeeper({
    postcodes: reference.postcodes,
    competences: reference.catalogue.competences,
  });
  const app = createApp({
    orm,
    logger,
    config: { bodyLimitBytes: 1_048_576, tokenTtlDays: 90 },
    checkReadiness: () => checkReadiness(orm),
    docsAssets: nodeDocsAssets,
    reference,
    matching,
    web: { ...defaultWebDependencies(logger), assets: nodeWebAssets },
    authThrottle: {
      limiter: memoryFailedAuthLimiter({ attempts: 10, windowSeconds: 60, blockSeconds: 300 }),
      clientAddress: () => '127.0.0.1',
    },
  });
  const token = demo.tokens.find((t) => t.role === 'PROGRAMME_ADMIN')?.token ?? '';
  const em = orm.em.fork();
  const staff = await em.findOneOrFail(User, { role: 'PROGRAMME_ADMIN' }, { populate: ['organisation'] });
  const { secret } = await startSession(em, staff, new Date(), { idleMinutes: 600, maxHours: 24 });
  const cookie = `wrw_session=${secret}`;
  const threeYears = `from=${new Date(Date.now() - 3 * 365 * 86_400_000).toISOString().slice(0, 10)}`;
  const requests: Record<string, { path: string; headers: Record<string, string> }> = {};
  for (const [slug, api] of [
    ['weg-naar-werk', 'way-to-work'],
    ['uitkomsten', 'outcomes'],
    ['voorspelt-het-assessment', 'prediction'],
    ['social-return', 'social-return'],
    ['vooroordelen', 'fairness'],
    ['niet-gekozen', 'not-selected-reasons'],
  ] as const) {
    requests[`API ${api}`] = { path: `/api/reports/${api}`, headers: { authorization: `Bearer ${token}` } };
    requests[`API ${api}, 3 years`] = {
      path: `/api/reports/${api}?${threeYears}`,
      headers: { authorization: `Bearer ${token}` },
    };
    requests[`page ${slug}`] = { path: `/beheer/rapportages/${slug}`, headers: { cookie } };
  }
  requests['XLSX uitkomsten'] = { path: '/beheer/rapportages/uitkomsten/xlsx', headers: { cookie } };
  console.log(
    `reports over ${history.people} people in PostgreSQL (${url.host}), ${ROUNDS} rounds round-robin after one warm-up; ` +
      `${cpus()[0]?.model ?? 'cpu'} ×${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB, ${platform()} ${release()}, ` +
      `Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  const times = new Map<string, number[]>();
  const cpu = new Map<string, number[]>();
  for (let round = 0; round <= ROUNDS; round++)
    for (const [label, request] of Object.entries(requests)) {
      started = performance.now();
      const before = process.cpuUsage();
      const response = await app.request(request.path, { headers: request.headers });
      await response.arrayBuffer();
      const used = process.cpuUsage(before);
      if (response.status !== 200) throw new Error(`${request.path} answered ${response.status}`);
      if (round === 0) continue;
      times.set(label, [...(times.get(label) ?? []), performance.now() - started]);
      cpu.set(label, [...(cpu.get(label) ?? []), (used.user + used.system) / 1000]);
    }
  for (const [label, list] of times) {
    const p95 = percentile(list, 95);
    console.log(
      `  ${label.padEnd(34)} p50 ${percentile(list, 50).toFixed(0).padStart(5)} ms  p95 ${p95.toFixed(0).padStart(5)} ms  ` +
        `server CPU p50 ${percentile(cpu.get(label) ?? [], 50)
          .toFixed(0)
          .padStart(4)} ms  ${p95 <= TARGET_MS ? 'ok' : `above the ${TARGET_MS} ms target`}`,
    );
  }
  console.log(`load average after the run: ${loadavg()[0]?.toFixed(1)}`);
} finally {
  await orm.close(true);
  await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
  await admin.close(true);
}
