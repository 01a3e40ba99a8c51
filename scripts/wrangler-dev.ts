// Starts `wrangler dev` for the smoke test and the bench: local only (no account), on 127.0.0.1,
// against a PostgreSQL database through Hyperdrive's local connection string. Stop it with stop().
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export type WranglerDev = { url: string; stop(): Promise<void>; output(): string };

/** Hyperdrive refuses a local URL without a password; with trust authentication any password works. */
export function withPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  if (!url.password) url.password = 'local';
  return url.toString();
}

export async function startWranglerDev(options: {
  port: number;
  inspectorPort: number;
  databaseUrl: string;
  vars?: Record<string, string>;
  readyWithinMs?: number;
}): Promise<WranglerDev> {
  const url = `http://127.0.0.1:${options.port}`;
  const persist = mkdtempSync(join(tmpdir(), 'wrw-wrangler-'));
  const vars = { PUBLIC_BASE_URL: url, LOG_LEVEL: 'warn', ...options.vars };
  const args = [
    join(root, 'node_modules/wrangler/bin/wrangler.js'),
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--inspector-port',
    String(options.inspectorPort),
    '--persist-to',
    persist,
    '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  let output = '';
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CLOUDFLARE_HYPERDRIVE_LOCAL_CONNECTION_STRING_HYPERDRIVE: withPassword(options.databaseUrl),
      WRANGLER_SEND_METRICS: 'false',
      CI: 'true',
    },
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {}
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(persist, { recursive: true, force: true });
  };

  const deadline = Date.now() + (options.readyWithinMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return { url, stop, output: () => output };
    await new Promise((wait) => setTimeout(wait, 500));
  }
  await stop();
  throw new Error(`wrangler dev did not answer /health on ${url}:\n${output}`);
}
