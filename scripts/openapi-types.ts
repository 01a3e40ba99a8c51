// Writes the OpenAPI document and the TypeScript types generated from it, for client authors
// (openapi-typescript + openapi-fetch). The output is not committed: run this after pulling.
// Usage: npm run openapi:types [-- <directory>]   (default: generated/)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { createApp } from '../src/app';
import { nodeDocsAssets } from '../src/entry/docs-assets';
import { memoryFailedAuthLimiter } from '../src/entry/failed-auth-limiter';
import { createLogger } from '../src/http/logger';
import { MatchingIndexKeeper } from '../src/modules/matching/matching-index-keeper';
import { loadReferenceData } from '../src/reference/load-reference-data';
import { generateTypes } from './openapi-tools';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outputDir = resolve(process.argv[2] ?? resolve(repoRoot, 'generated'));

const reference = loadReferenceData({
  referenceDir: resolve(repoRoot, 'reference'),
  assessmentsDir: resolve(repoRoot, 'assessments'),
  checklistsDir: resolve(repoRoot, 'checklists'),
});
// The document needs no database: /openapi.json runs no query, so the app gets an ORM stand-in.
const noDatabase = { em: { fork: () => undefined } } as unknown as MikroORM;
const app = createApp({
  orm: noDatabase,
  logger: createLogger('silent'),
  config: { bodyLimitBytes: 1024 * 1024, tokenTtlDays: 90 },
  checkReadiness: async () => ({ database: false, migrationsApplied: false }),
  docsAssets: nodeDocsAssets,
  reference,
  matching: new MatchingIndexKeeper({
    postcodes: reference.postcodes,
    competences: reference.catalogue.competences,
  }),
  authThrottle: {
    limiter: memoryFailedAuthLimiter({ attempts: 10, windowSeconds: 60, blockSeconds: 300 }),
    clientAddress: () => '127.0.0.1',
  },
});

const response = await app.request('/openapi.json');
if (response.status !== 200) throw new Error(`/openapi.json answered ${response.status}`);
const document = (await response.json()) as object;

mkdirSync(outputDir, { recursive: true });
const documentPath = resolve(outputDir, 'openapi.json');
const typesPath = resolve(outputDir, 'api.d.ts');
writeFileSync(documentPath, `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(typesPath, await generateTypes(document));
console.log(`Wrote ${relative(process.cwd(), documentPath)} and ${relative(process.cwd(), typesPath)}`);
console.log(
  "Use them with openapi-fetch: createClient<paths>({ baseUrl }) with `import type { paths } from './api'`.",
);
