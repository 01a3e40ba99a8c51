import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { createTestApp, TEST_BODY_LIMIT, type TestApp } from '../support/test-app';

let t: TestApp;
let adminToken: string;
beforeAll(async () => {
  t = await createTestApp();
  adminToken = (await t.factory.user('PROGRAMME_ADMIN')).token;
});
afterAll(() => t.close());

const expectProblem = (
  res: { status: number; headers: Headers; json: unknown },
  status: number,
  code: string,
) => {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  expect(problem.status).toBe(status);
  expect(problem.requestId).toBe(res.headers.get('x-request-id'));
  return problem;
};

describe('request ids', () => {
  it('puts an X-Request-Id on every response, also on errors', async () => {
    for (const path of ['/health', '/api/me', '/nowhere']) {
      const res = await t.request('GET', path);
      expect(res.headers.get('x-request-id'), path).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    const kept = await t.request('GET', '/health', { headers: { 'x-request-id': 'trace-1234.abc' } });
    expect(kept.headers.get('x-request-id')).toBe('trace-1234.abc');
    const replaced = await t.request('GET', '/health', { headers: { 'x-request-id': 'bad id <script>' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('problem+json for bad input, never a 500', () => {
  it('answers 401 without a token', async () => {
    expectProblem(await t.request('GET', '/api/organisations'), 401, 'UNAUTHENTICATED');
  });

  it('answers 401 for a made-up token', async () => {
    const res = await t.request('GET', '/api/organisations', { token: `wrw_abcdefgh_${'x'.repeat(43)}` });
    expectProblem(res, 401, 'UNAUTHENTICATED');
  });

  it('answers 400 for malformed JSON', async () => {
    const res = await t.request('POST', '/api/organisations', {
      token: adminToken,
      rawBody: '{"name": "Half',
      headers: { 'content-type': 'application/json' },
    });
    expectProblem(res, 400, 'MALFORMED_JSON');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const res = await t.request('POST', '/api/organisations', {
      token: adminToken,
      rawBody: 'name=Test&kind=EMPLOYER',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 422 with field paths for wrong types and unknown fields', async () => {
    const res = await t.request('POST', '/api/organisations', {
      token: adminToken,
      body: { name: 42, kind: 'BANK', extra: true },
    });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.path.join('.')).sort()).toEqual(['extra', 'kind', 'name']);
  });

  it('answers 422 with the parameter for an invalid query or path parameter', async () => {
    const query = expectProblem(
      await t.request('GET', '/api/organisations?limit=0', { token: adminToken }),
      422,
      'VALIDATION_FAILED',
    );
    expect(query.errors?.[0]).toMatchObject({ path: ['limit'], location: 'query' });
    const param = expectProblem(
      await t.request('GET', '/api/organisations/not-a-uuid', { token: adminToken }),
      422,
      'VALIDATION_FAILED',
    );
    expect(param.errors?.[0]).toMatchObject({ path: ['id'], location: 'path' });
  });

  it('answers 422 for a cursor that does not belong to the list', async () => {
    const res = await t.request('GET', '/api/organisations?cursor=garbage', { token: adminToken });
    expectProblem(res, 422, 'VALIDATION_FAILED');
  });

  it('answers 413 for an oversized body', async () => {
    const res = await t.request('POST', '/api/organisations', {
      token: adminToken,
      body: { name: 'x'.repeat(TEST_BODY_LIMIT + 10), kind: 'EMPLOYER' },
    });
    expectProblem(res, 413, 'PAYLOAD_TOO_LARGE');
  });

  it('answers 404 problem for an unknown address', async () => {
    expectProblem(await t.request('GET', '/api/nothing-here', { token: adminToken }), 404, 'NOT_FOUND');
  });

  it('writes nothing when a request fails', async () => {
    const before = await t.request('GET', '/api/organisations?limit=100', { token: adminToken });
    await t.request('POST', '/api/organisations', {
      token: adminToken,
      body: { name: 'Nieuw', kind: 'EMPLOYER', x: 1 },
    });
    const after = await t.request('GET', '/api/organisations?limit=100', { token: adminToken });
    expect(after.json.items).toHaveLength(before.json.items.length);
  });
});

describe('pagination', () => {
  it('walks a list in stable pages without gaps or repeats', async () => {
    for (let i = 0; i < 7; i++) {
      await t.request('POST', '/api/organisations', {
        token: adminToken,
        body: { name: `Bedrijf ${i % 3}`, kind: 'EMPLOYER' },
      });
    }
    const all = await t.request('GET', '/api/organisations?limit=100&kind=EMPLOYER', { token: adminToken });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/organisations?limit=3&kind=EMPLOYER${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.request('GET', query, { token: adminToken });
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((o: { id: string }) => o.id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.json.items.map((o: { id: string }) => o.id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(7);
  });
});
