import type { MikroORM } from '@mikro-orm/core';
import { type AppDependencies, createApp } from '../../src/app';
import { checkReadiness } from '../../src/db/readiness';
import { nodeDocsAssets } from '../../src/entry/docs-assets';
import { createLogger } from '../../src/http/logger';
import { MatchingIndexKeeper } from '../../src/modules/matching/matching-index-keeper';
import { loadReferenceData } from '../../src/reference/load-reference-data';
import { Factory } from './factories';
import { openTestDatabase } from './test-database';

export const TEST_BODY_LIMIT = 16 * 1024;

export const testReference = loadReferenceData({ referenceDir: 'reference', assessmentsDir: 'assessments' });

export type RequestOptions = {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * The real app on a real (per-file) database, with a helper to send JSON requests. `overrides`
 * replace app hooks, or the reference data (another instrument version, for instance).
 */
export async function createTestApp(overrides: Pick<Partial<AppDependencies>, 'onHired' | 'reference'> = {}) {
  const { orm, close } = await openTestDatabase();
  const app = createApp({
    orm,
    logger: createLogger('silent'),
    config: { bodyLimitBytes: TEST_BODY_LIMIT, tokenTtlDays: 90 },
    checkReadiness: () => checkReadiness(orm),
    docsAssets: nodeDocsAssets,
    reference: testReference,
    matching: new MatchingIndexKeeper({
      postcodes: testReference.postcodes,
      competences: testReference.catalogue.competences,
    }),
    ...overrides,
  });

  async function request(method: string, path: string, options: RequestOptions = {}) {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    if (body !== undefined) headers['content-length'] ??= String(new TextEncoder().encode(body).length);
    const response = await app.request(path, { method, headers, body });
    const text = await response.text();
    const json =
      text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : undefined;
    return { status: response.status, headers: response.headers, json, text };
  }

  const reference = overrides.reference ?? testReference;
  return { app, orm: orm as MikroORM, factory: new Factory(orm), reference, request, close };
}
