// GET /api/vacancies/{id}/candidates on the Cloudflare Worker under `wrangler dev` (local workerd,
// the ranking in the Durable Object, PostgreSQL through Hyperdrive's local connection string) against
// the Node server, on one database with the same data: the people and vacancies of
// bench/matching-http.ts (same seed and generator), 10,000 job seekers and 1,000 vacancies by default.
//   npx tsx bench/workers-candidates.ts
//   BENCH_SEEKERS=2000 BENCH_VACANCIES=300 BENCH_HTTP_VACANCIES=30 npx tsx bench/workers-candidates.ts
// BENCH_DATABASE_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); a
// database wrw_bench_workers_<random> is made there and dropped at the end. Ports 4136 (Node),
// 4137 (worker), 4138 (wrangler's inspector). Every measured vacancy is seen once on Node first (its
// candidate codes are made then), then alternately on both, BENCH_REPEATS times each.
import '@hono/zod-openapi';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { startWranglerDev, type WranglerDev } from '../scripts/wrangler-dev';
import { migrate, openDatabase } from '../src/db/orm';
import { type RunningServer, startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { loadReferenceData } from '../src/reference/load-reference-data';

process.env.BENCH_SEEKERS ??= '10000';
process.env.BENCH_VACANCIES ??= '1000';
const { loadData, vacancyUuid } = await import('./matching-http');
const { SeededRandom } = await import('./matching-synthetic-data');

const SERVER_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const VACANCIES = Number(process.env.BENCH_VACANCIES);
const MEASURED = Math.min(Number(process.env.BENCH_HTTP_VACANCIES ?? 60), VACANCIES);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const PAGE = 25;

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

async function candidates(base: string, vacancyId: string, token: string): Promise<[number, string]> {
  const start = performance.now();
  const response = await fetch(`${base}/api/vacancies/${vacancyId}/candidates?limit=${PAGE}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await response.text();
  const elapsed = performance.now() - start;
  if (response.status !== 200)
    throw new Error(`GET candidates of ${vacancyId} on ${base}: ${response.status} ${body}`);
  return [elapsed, body];
}

const admin = await PostgresORM.init({
  clientUrl: SERVER_URL,
  entities: [],
  discovery: { warnWhenNoEntities: false },
});
const name = `wrw_bench_workers_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
const url = new URL(SERVER_URL);
url.pathname = `/${name}`;
let node: RunningServer | null = null;
let worker: WranglerDev | null = null;
try {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, node ${process.version}`);
  await admin.em.getConnection().execute(`create database "${name}"`);
  const db = await openDatabase({ kind: 'postgresql', url: url.toString() });
  await migrate(db);
  const reference = loadReferenceData({
    referenceDir: fileURLToPath(new URL('../reference', import.meta.url)),
    assessmentsDir: fileURLToPath(new URL('../assessments', import.meta.url)),
    checklistsDir: fileURLToPath(new URL('../checklists', import.meta.url)),
  });
  const actors = await loadData(db, reference);
  await db.close(true);

  node = await startServer(
    loadEnv({
      DATABASE_URL: url.toString(),
      PORT: '4136',
      SCHEDULER: 'off',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'never',
    }),
  );
  worker = await startWranglerDev({ port: 4137, inspectorPort: 4138, databaseUrl: url.toString() });
  const tokenOf = (v: number) => (actors.employers[v % actors.employers.length] as { token: string }).token;

  const measured = new SeededRandom(20261124).sample(
    Array.from({ length: VACANCIES }, (_, i) => i),
    MEASURED,
  );
  // The Durable Object builds its index on its first ranking request.
  const [firstMs] = await candidates(
    worker.url,
    vacancyUuid(measured[0] as number),
    tokenOf(measured[0] as number),
  );
  console.log(`first worker request (the Durable Object builds its index from PostgreSQL): ${ms(firstMs)}`);
  for (const v of measured) await candidates(node.url, vacancyUuid(v), tokenOf(v));

  const onNode: number[] = [];
  const onWorker: number[] = [];
  let differ = 0;
  for (let r = 0; r < REPEATS; r++) {
    for (const v of measured) {
      const [nodeMs, nodeBody] = await candidates(node.url, vacancyUuid(v), tokenOf(v));
      const [workerMs, workerBody] = await candidates(worker.url, vacancyUuid(v), tokenOf(v));
      onNode.push(nodeMs);
      onWorker.push(workerMs);
      if (nodeBody !== workerBody) differ++;
    }
  }
  const line = (label: string, values: number[]) =>
    console.log(
      `  ${label.padEnd(36)} median ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  (${values.length} requests)`,
    );
  console.log(
    `candidates, ${PAGE} per page, ${process.env.BENCH_SEEKERS} people, ${VACANCIES} vacancies, ${MEASURED} vacancies × ${REPEATS} (load ${loadavg()[0]?.toFixed(1)})`,
  );
  line('Node server', onNode);
  line('worker under wrangler dev (DO ranks)', onWorker);
  console.log(
    `  ratio worker / Node: median ${(percentile(onWorker, 50) / percentile(onNode, 50)).toFixed(1)}×, p95 ${(percentile(onWorker, 95) / percentile(onNode, 95)).toFixed(1)}×`,
  );
  console.log(`  responses that differ between the two: ${differ}`);
} finally {
  await worker?.stop();
  await node?.close();
  await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
  await admin.close(true);
}
process.exit(0);
