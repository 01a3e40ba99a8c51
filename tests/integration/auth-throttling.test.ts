import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeClientAddress } from '../../src/entry/client-address';
import { createNodeServer } from '../../src/entry/node-server';
import { problemSchema } from '../../src/http/openapi';
import type { TestUser } from '../support/factories';
import { createTestApp, TEST_CLIENT_HEADER, type TestApp } from '../support/test-app';

const LIMIT = 5;
const BLOCK_SECONDS = 120;
const wrongToken = () => `wrw_abcdefgh_${crypto.randomUUID().replaceAll('-', '').padEnd(43, 'x')}`;

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp({
    failedAuth: { attempts: LIMIT, windowSeconds: 60, blockSeconds: BLOCK_SECONDS },
  });
  admin = await t.factory.user('PROGRAMME_ADMIN');
});
afterAll(() => t.close());

const asClient = (client: string, token?: string) =>
  t.request('GET', '/api/organisations', { token, headers: { [TEST_CLIENT_HEADER]: client } });

describe('throttling failed authentication', () => {
  it('answers 429 problem+json with Retry-After once a client has used up its failed attempts', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await asClient('198.51.100.1', wrongToken())).status).toBe(401);
    for (let i = 0; i < 3; i++) {
      const res = await asClient('198.51.100.1', wrongToken());
      expect(res.status).toBe(429);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(problemSchema.parse(res.json).code).toBe('TOO_MANY_REQUESTS');
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(BLOCK_SECONDS - 5);
      expect(retryAfter).toBeLessThanOrEqual(BLOCK_SECONDS);
    }
  });

  it('never refuses or slows a valid token, also from a blocked address', async () => {
    for (let i = 0; i <= LIMIT; i++) await asClient('198.51.100.2', wrongToken());
    expect((await asClient('198.51.100.2', wrongToken())).status).toBe(429);
    const started = performance.now();
    const res = await asClient('198.51.100.2', admin.token);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('counts per client: another address still gets its 401', async () => {
    for (let i = 0; i <= LIMIT; i++) await asClient('198.51.100.3', wrongToken());
    expect((await asClient('198.51.100.3', wrongToken())).status).toBe(429);
    expect((await asClient('198.51.100.4', wrongToken())).status).toBe(401);
  });

  it('does not count requests without any credential', async () => {
    for (let i = 0; i < LIMIT * 3; i++) expect((await asClient('198.51.100.5')).status).toBe(401);
    expect((await asClient('198.51.100.5', wrongToken())).status).toBe(401);
  });

  it('lets a client try again once the block has run out', async () => {
    const quick = await createTestApp({ failedAuth: { attempts: 2, windowSeconds: 1, blockSeconds: 1 } });
    try {
      const attempt = () => quick.request('GET', '/api/me', { token: wrongToken() });
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(429);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect((await attempt()).status).toBe(401);
    } finally {
      await quick.close();
    }
  });
});

describe('the client address at the real Node server', () => {
  async function listen(trustedProxies: number) {
    const app = await createTestApp({
      failedAuth: { attempts: LIMIT, windowSeconds: 60, blockSeconds: BLOCK_SECONDS },
      clientAddress: nodeClientAddress(trustedProxies),
    });
    const server: Server = createNodeServer(app.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const close = async () => {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await app.close();
    };
    return { base, close };
  }

  const attempt = (base: string, forwardedFor: string) =>
    request(base)
      .get('/api/me')
      .set('authorization', `Bearer ${wrongToken()}`)
      .set('x-forwarded-for', forwardedFor);

  it('is the connecting address: a made-up X-Forwarded-For does not escape the limit', async () => {
    const { base, close } = await listen(0);
    try {
      const statuses = [];
      for (let i = 0; i <= LIMIT; i++) statuses.push((await attempt(base, `203.0.113.${i}`)).status);
      expect(statuses).toEqual([...Array(LIMIT).fill(401), 429]);
    } finally {
      await close();
    }
  });

  it('behind one trusted proxy is the address that proxy appended to X-Forwarded-For', async () => {
    const { base, close } = await listen(1);
    try {
      for (let i = 0; i < LIMIT; i++) await attempt(base, `10.0.0.1, 203.0.113.7`);
      expect((await attempt(base, '10.0.0.2, 203.0.113.7')).status).toBe(429);
      expect((await attempt(base, '203.0.113.7, 203.0.113.8')).status).toBe(401);
    } finally {
      await close();
    }
  });
});
