import type { MikroORM } from '@mikro-orm/core';
import { type AppDependencies, createApp } from '../../src/app';
import { checkReadiness } from '../../src/db/readiness';
import { nodeDocsAssets } from '../../src/entry/docs-assets';
import { type FailedAuthLimits, memoryFailedAuthLimiter } from '../../src/entry/failed-auth-limiter';
import type { ClientAddress } from '../../src/http/auth-throttle';
import { createLogger } from '../../src/http/logger';
import { MatchingIndexKeeper } from '../../src/modules/matching/matching-index-keeper';
import { loadReferenceData } from '../../src/reference/load-reference-data';
import { Factory } from './factories';
import { openTestDatabase } from './test-database';

export const TEST_BODY_LIMIT = 16 * 1024;

export const testReference = loadReferenceData({
  referenceDir: 'reference',
  assessmentsDir: 'assessments',
  checklistsDir: 'checklists',
});

export type RequestOptions = {
  token?: string;
  body?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
};

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Tests have no socket: a request says which client it comes from with this header (127.0.0.1
 * when it does not), so throttling can be tested per client.
 */
export const TEST_CLIENT_HEADER = 'x-test-client-address';

type AppOverrides = Pick<
  Partial<AppDependencies>,
  'onHired' | 'web' | 'clock' | 'reference' | 'preparationIntensity'
> & {
  failedAuth?: Partial<FailedAuthLimits>;
  clientAddress?: ClientAddress;
};

/** The app on an open database: a second app with other settings can share a test file's database. */
export function appOn(orm: MikroORM, overrides: AppOverrides = {}) {
  const { failedAuth, clientAddress, ...hooks } = overrides;
  return createApp({
    orm,
    logger: createLogger('silent'),
    config: { bodyLimitBytes: TEST_BODY_LIMIT, tokenTtlDays: 90 },
    checkReadiness: () => checkReadiness(orm),
    docsAssets: nodeDocsAssets,
    reference: hooks.reference ?? testReference,
    matching: new MatchingIndexKeeper({
      postcodes: testReference.postcodes,
      competences: testReference.catalogue.competences,
    }),
    authThrottle: {
      limiter: memoryFailedAuthLimiter({ attempts: 10, windowSeconds: 60, blockSeconds: 300, ...failedAuth }),
      clientAddress: clientAddress ?? ((c) => c.req.header(TEST_CLIENT_HEADER) ?? '127.0.0.1'),
    },
    ...hooks,
  });
}

/**
 * The real app on a real (per-file) database, with a helper to send JSON requests. `overrides`
 * replace app hooks (the hire hook, the web app's mail and settings, the clock).
 */
export async function createTestApp(overrides: AppOverrides = {}) {
  const { orm, close, openAnother } = await openTestDatabase();
  const app = appOn(orm, overrides);

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

  return {
    app,
    orm: orm as MikroORM,
    openAnother,
    factory: new Factory(orm),
    reference: overrides.reference ?? testReference,
    request,
    close,
  };
}
