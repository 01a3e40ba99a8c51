// The files the Cloudflare Worker is built from, beside the TypeScript sources:
//   npx tsx scripts/worker-build.ts compile   src/db/compiled-functions.js (mikro-orm compile) and
//                                             src/db/migration-names.json (what /ready checks)
//   npx tsx scripts/worker-build.ts check     fails when those two are out of date (CI)
//   npx tsx scripts/worker-build.ts assets    dist/worker-assets/: /docs and web app assets
// npm run db:compile, npm run worker:check and npm run worker:assets run these.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCS_ASSET_FILES } from '../src/entry/docs-assets';
import { WEB_ASSET_FILES } from '../src/entry/web-assets';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const compiledPath = join(root, 'src/db/compiled-functions.js');
const migrationNamesPath = join(root, 'src/db/migration-names.json');
const assetsDir = join(root, 'dist/worker-assets');
const require = createRequire(import.meta.url);

/** Runs `mikro-orm compile` on src/db/mikro-orm.config.ts (the entities in src/db/entities.ts order). */
function compileTo(outPath: string) {
  const cli = join(dirname(require.resolve('@mikro-orm/cli/package.json')), 'cli.js');
  const tsx = join(root, 'node_modules/.bin/tsx');
  execFileSync(tsx, [cli, 'compile', '--quiet', '--config', 'src/db/mikro-orm.config.ts', '--out', outPath], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const migrationNames = () =>
  `${JSON.stringify(
    readdirSync(join(root, 'migrations'))
      .filter((name) => /^Migration\d+_\w+\.ts$/.test(name))
      .map((name) => name.replace(/\.ts$/, ''))
      .sort(),
    null,
    2,
  )}\n`;

function compile() {
  compileTo(compiledPath);
  writeFileSync(migrationNamesPath, migrationNames());
  console.log('Wrote src/db/compiled-functions.js and src/db/migration-names.json');
}

function check() {
  const dir = mkdtempSync(join(tmpdir(), 'wrw-compile-'));
  try {
    compileTo(join(dir, 'compiled-functions.js'));
    const problems: string[] = [];
    if (readFileSync(join(dir, 'compiled-functions.js'), 'utf8') !== readFileSync(compiledPath, 'utf8')) {
      problems.push('src/db/compiled-functions.js does not match the entities');
    }
    if (readFileSync(migrationNamesPath, 'utf8') !== migrationNames()) {
      problems.push('src/db/migration-names.json does not match migrations/');
    }
    if (problems.length) {
      console.error(`${problems.join('\n')}\nRun: npm run db:compile (and commit the result)`);
      process.exit(1);
    }
    console.log('Compiled functions and migration names are up to date');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same files the Node entry serves from node_modules and src/web/assets, at their URL paths. */
function assets() {
  rmSync(assetsDir, { recursive: true, force: true });
  const copy = (from: string, urlPath: string) => {
    const to = join(assetsDir, urlPath);
    mkdirSync(dirname(to), { recursive: true });
    copyFileSync(from, to);
  };
  for (const [fileName, from] of Object.entries(DOCS_ASSET_FILES)) copy(from, `docs/assets/${fileName}`);
  for (const [path, from] of Object.entries(WEB_ASSET_FILES)) copy(from, `web/assets/${path}`);
  console.log(`Wrote ${assetsDir}`);
}

const command = process.argv[2];
if (command === 'compile') compile();
else if (command === 'check') check();
else if (command === 'assets') assets();
else {
  console.error('Usage: tsx scripts/worker-build.ts compile|check|assets');
  process.exit(2);
}
