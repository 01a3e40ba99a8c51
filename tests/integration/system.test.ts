import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app';

type Operation = { security?: unknown; responses: Record<string, { content?: Record<string, unknown> }> };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('health and readiness (no token needed)', () => {
  it('reports the process alive', async () => {
    const res = await t.request('GET', '/health');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok' });
  });

  it('reports ready when the database answers and every migration ran', async () => {
    const res = await t.request('GET', '/ready');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ready', database: true, migrationsApplied: true });
  });
});

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document with the bearer scheme', async () => {
    const res = await t.request('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe('3.1.0');
    const result = await new Validator().validate(res.json);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(res.json.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('declares security and problem responses on every API route', async () => {
    const { json } = await t.request('GET', '/openapi.json');
    const apiOperations = Object.entries(json.paths as Record<string, Record<string, Operation>>)
      .filter(([path]) => path.startsWith('/api/'))
      .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(apiOperations.length).toBeGreaterThan(8);
    for (const { path, method, op } of apiOperations) {
      expect(op.security, `${method} ${path}`).toEqual([{ bearerAuth: [] }]);
      for (const status of ['401', '403', '422', '500']) {
        expect(
          op.responses[status]?.content?.['application/problem+json'],
          `${method} ${path} ${status}`,
        ).toBeDefined();
      }
    }
  });
});

describe('API reference page', () => {
  it('serves the page and its assets from the service itself', async () => {
    const page = await t.request('GET', '/docs');
    expect(page.status).toBe(200);
    const assetPaths = [...page.text.matchAll(/(?:src|href)="(\/docs\/assets\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    expect(assetPaths.length).toBeGreaterThanOrEqual(3);
    expect(page.text).not.toMatch(/https?:\/\/(?!warmrotterdamwerkt)/);
    for (const path of assetPaths) {
      const asset = await t.request('GET', path);
      expect(asset.status, path).toBe(200);
      expect(asset.text.length, path).toBeGreaterThan(100);
    }
  });

  it('does not serve files outside the known assets', async () => {
    const res = await t.request('GET', '/docs/assets/package.json');
    expect(res.status).toBe(404);
  });
});
