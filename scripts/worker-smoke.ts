// Smoke test of the Cloudflare Worker, run by .ci/run: `wrangler dev` (local, no account, loopback
// only) and the Node server side by side on one fresh PostgreSQL database, migrated by the Node CLI
// and filled with the demo programme. The same requests go to both; the answers must be the same.
//   npx tsx scripts/worker-smoke.ts      (CI_POSTGRES_URL: the server, default postgres@127.0.0.1:5432)
// Ports 4132 (Node), 4133 (worker), 4134 (the HTTP mail API stand-in), 4135 (wrangler's inspector).
import '@hono/zod-openapi';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM as PostgresORM } from '@mikro-orm/postgresql';
import { seedDemo } from '../seed/seed-demo';
import { openDatabase } from '../src/db/orm';
import { type RunningServer, startServer } from '../src/entry/server';
import { loadEnv } from '../src/env';
import { cronNamesMinute } from '../src/modules/jobs/cron-minute';
import { loadReferenceData } from '../src/reference/load-reference-data';
import { startWranglerDev, type WranglerDev } from './wrangler-dev';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_URL = process.env.CI_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORTS = { node: 4132, worker: 4133, mail: 4134, inspector: 4135 };
const MAIL_TOKEN = 'smoke-test-mail-token';
const started = performance.now();

let failures = 0;
function check(label: string, ok: boolean, detail = '') {
  console.log(`${ok ? '  ok  ' : '  FAIL'} ${label}${ok || !detail ? '' : `\n        ${detail}`}`);
  if (!ok) failures++;
}

type Answer = { status: number; type: string; text: string };
async function ask(base: string, path: string, init: RequestInit & { token?: string } = {}): Promise<Answer> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(`${base}${path}`, { ...init, headers, redirect: 'manual' });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}
const json = (answer: Answer) => JSON.parse(answer.text) as Record<string, unknown>;
/** A problem's requestId differs per request; everything else must be the same. */
const comparable = (answer: Answer) =>
  answer.type.startsWith('application/problem+json')
    ? JSON.stringify({ ...json(answer), requestId: null })
    : answer.text;

/** The HTTP mail API stand-in: records what the worker posts, answers like the real API. */
function startMailApi(received: { authorization: string; body: Record<string, unknown> }[]): Promise<Server> {
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization ?? '', body: JSON.parse(body) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"smoke"}');
    });
  });
  return new Promise((done) => server.listen(PORTS.mail, '127.0.0.1', () => done(server)));
}

async function main() {
  const admin = await PostgresORM.init({
    clientUrl: SERVER_URL,
    entities: [],
    discovery: { warnWhenNoEntities: false },
  });
  const name = `wrw_worker_smoke_${crypto.randomUUID().replaceAll('-', '').slice(0, 10)}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  let node: RunningServer | null = null;
  let worker: WranglerDev | null = null;
  let mailApi: Server | null = null;
  try {
    await admin.em.getConnection().execute(`create database "${name}"`);
    // Migrations run from the Node CLI, as in production.
    execFileSync('npm', ['run', '--silent', 'db:migrate'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const reference = loadReferenceData({
      referenceDir: `${root}/reference`,
      assessmentsDir: `${root}/assessments`,
      checklistsDir: `${root}/checklists`,
    });
    const seeding = await openDatabase({ kind: 'postgresql', url: databaseUrl });
    const demo = await seedDemo(seeding.em.fork(), reference);
    await seeding.close(true);
    const token = (role: string) => {
      const found = demo.tokens.find((t) => t.role === role);
      if (!found) throw new Error(`no demo token for ${role}`);
      return found;
    };
    const lifecoach = token('LIFECOACH');
    const employer = token('EMPLOYER_RECRUITER');
    console.log(`database ${name} migrated and seeded (${Math.round(performance.now() - started)} ms)`);

    const mails: { authorization: string; body: Record<string, unknown> }[] = [];
    mailApi = await startMailApi(mails);
    node = await startServer(
      loadEnv({
        DATABASE_URL: databaseUrl,
        PORT: String(PORTS.node),
        HOST: '127.0.0.1',
        SCHEDULER: 'off',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'never',
      }),
      { mail: { send: async () => undefined } },
    );
    worker = await startWranglerDev({
      port: PORTS.worker,
      inspectorPort: PORTS.inspector,
      databaseUrl,
      vars: { MAIL_API_URL: `http://127.0.0.1:${PORTS.mail}/emails`, MAIL_API_TOKEN: MAIL_TOKEN },
    });
    console.log(
      `Node on ${node.url}, worker on ${worker.url} (${Math.round(performance.now() - started)} ms)`,
    );
    const both = async (path: string, init: RequestInit & { token?: string } = {}) =>
      [await ask(worker?.url ?? '', path, init), await ask(node?.url ?? '', path, init)] as const;
    const same = (label: string, [onWorker, onNode]: readonly [Answer, Answer], status = 200) => {
      check(
        `${label}: ${status} on the worker`,
        onWorker.status === status,
        `${onWorker.status} ${onWorker.text.slice(0, 300)}`,
      );
      check(
        `${label}: the same answer as Node`,
        onWorker.status === onNode.status &&
          onWorker.type === onNode.type &&
          comparable(onWorker) === comparable(onNode),
        `worker ${onWorker.status} ${onWorker.text.slice(0, 200)}\n        node   ${onNode.status} ${onNode.text.slice(0, 200)}`,
      );
    };

    same('GET /health', await both('/health'));
    const ready = await both('/ready');
    same('GET /ready (a real query, every migration applied)', ready);
    check('ready says ready', json(ready[0]).status === 'ready');
    const signIn = await ask(worker.url, '/inloggen');
    check('GET /inloggen: the sign-in page', signIn.status === 200 && signIn.text.includes('name="email"'));
    same('GET /web/assets/web.css (static asset)', await both('/web/assets/web.css'));
    same(
      'GET /web/assets/nlds/utrecht-components.css',
      await both('/web/assets/nlds/utrecht-components.css'),
    );
    same('GET /docs', await both('/docs'));
    same('GET /docs/assets/swagger-ui.css', await both('/docs/assets/swagger-ui.css'));
    same('GET /openapi.json', await both('/openapi.json'));

    same('lifecoach: GET /api/job-seekers', await both('/api/job-seekers', { token: lifecoach.token }));
    const registration = await ask(worker.url, '/api/job-seekers', {
      method: 'POST',
      token: lifecoach.token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fullName: 'Sanne Rook', phone: '+31 6 1234 0099', postcode: '3011AB' }),
    });
    check(
      'lifecoach: POST /api/job-seekers on the worker registers a person',
      registration.status === 201,
      registration.text.slice(0, 300),
    );
    const personId = registration.status === 201 ? String(json(registration).id) : 'none';
    same(
      'lifecoach: the registered person, read back',
      await both(`/api/job-seekers/${personId}`, { token: lifecoach.token }),
    );
    same(
      'lifecoach: GET /api/job-seekers after the registration',
      await both('/api/job-seekers', { token: lifecoach.token }),
    );
    const refused = await both('/api/job-seekers', {
      method: 'POST',
      token: lifecoach.token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fullName: '', phone: 'x', postcode: '1' }),
    });
    check(
      'a refused registration: 422 problem+json on both, same errors',
      refused[0].status === 422 &&
        refused[0].type.startsWith('application/problem+json') &&
        JSON.stringify(json(refused[0]).errors) === JSON.stringify(json(refused[1]).errors),
    );

    const vacancies = await ask(worker.url, '/api/vacancies', { token: employer.token });
    const vacancyIds = ((json(vacancies).items ?? []) as { id: string }[]).map((v) => v.id);
    check('employer: the demo vacancies', vacancyIds.length > 0, vacancies.text.slice(0, 200));
    for (const vacancyId of vacancyIds.slice(0, 3)) {
      const candidates = await both(`/api/vacancies/${vacancyId}/candidates?limit=5`, {
        token: employer.token,
      });
      same(`employer: blind candidates of a vacancy (ranked by the Durable Object)`, candidates);
      const first = json(candidates[0]) as { items?: Record<string, unknown>[]; nextCursor?: string | null };
      check(
        'employer: no name, phone or e-mail in the candidates',
        (first.items ?? []).every(
          (item) => !('fullName' in item) && !('phone' in item) && !('email' in item),
        ),
      );
      const code = first.items?.[0]?.candidateCode;
      if (typeof code === 'string') {
        same(
          'employer: one candidate in full, by code (explained by the Durable Object)',
          await both(`/api/vacancies/${vacancyId}/candidates/${code}`, { token: employer.token }),
        );
      }
      if (first.nextCursor) {
        same(
          'employer: the next page by its cursor',
          await both(
            `/api/vacancies/${vacancyId}/candidates?limit=5&cursor=${encodeURIComponent(first.nextCursor)}`,
            {
              token: employer.token,
            },
          ),
        );
      }
    }
    same(
      'employer: a cursor that is not valid',
      await both(`/api/vacancies/${vacancyIds[0]}/candidates?limit=5&cursor=1:K-ZZZZZZ`, {
        token: employer.token,
      }),
      422,
    );
    const open = await ask(worker.url, '/api/vacancies', { token: lifecoach.token });
    const lifecoachVacancy = ((json(open).items ?? []) as { id: string }[])[0]?.id ?? 'none';
    same(
      'lifecoach: candidates within the caseload (ranked by the Durable Object)',
      await both(`/api/vacancies/${lifecoachVacancy}/candidates?limit=5`, { token: lifecoach.token }),
    );
    same('no token: 401', await both('/api/job-seekers'), 401);

    // The sign-in mail goes out through the HTTP mail API.
    const form = await fetch(`${worker.url}/inloggen`);
    const cookie = (form.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const sent = await fetch(`${worker.url}/inloggen`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: csrf, email: lifecoach.email }).toString(),
    });
    check('POST /inloggen: 303 to the sent page', sent.status === 303, String(sent.status));
    for (let i = 0; i < 40 && mails.length === 0; i++) await new Promise((wait) => setTimeout(wait, 250));
    const mail = mails[0];
    check(
      'the sign-in mail reached the HTTP mail API with the token and a link to the worker',
      mail?.authorization === `Bearer ${MAIL_TOKEN}` &&
        JSON.stringify(mail.body.to) === JSON.stringify([lifecoach.email]) &&
        String(mail.body.text).includes(`${worker.url}/inloggen/link?code=`),
      JSON.stringify(mail ?? null).slice(0, 300),
    );

    // The cron trigger at the daily digest's minute (07:30 in Rotterdam) runs the job in the Durable Object.
    const today = new Date();
    const digestMinute = [5, 6]
      .map((hour) => Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), hour, 30))
      .find((time) => cronNamesMinute('30 7 * * *', new Date(time)));
    const trigger = await ask(worker.url, `/cdn-cgi/local/scheduled?cron=*+*+*+*+*&time=${digestMinute}`);
    check(
      'the cron trigger answers',
      trigger.status === 200,
      `${trigger.status} ${trigger.text.slice(0, 200)}`,
    );
    let runs: { status: string }[] = [];
    const db = await openDatabase({ kind: 'postgresql', url: databaseUrl });
    for (let i = 0; i < 40 && runs.length === 0; i++) {
      runs = (await db.em
        .getConnection()
        .execute(`select status from job_run where job_name = 'daily-digest'`)) as unknown as {
        status: string;
      }[];
      if (runs.length === 0) await new Promise((wait) => setTimeout(wait, 250));
    }
    await db.close(true);
    check(
      'the daily digest ran from the cron trigger (one job run, succeeded)',
      runs.length === 1 && runs[0]?.status === 'SUCCEEDED',
      JSON.stringify(runs),
    );
    if (failures) console.log(worker.output().slice(-4000));
  } finally {
    await worker?.stop();
    await node?.close();
    mailApi?.close();
    await admin.em.getConnection().execute(`drop database if exists "${name}" with (force)`);
    await admin.close(true);
  }
  console.log(
    `${failures ? `${failures} check(s) failed` : 'all checks passed'} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  process.exitCode = failures ? 1 : 0;
}

await main();
