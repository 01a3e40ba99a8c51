import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let coach: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
});
afterAll(() => t.close());

const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );

describe('security headers', () => {
  it('are on every response: API data, errors, 404s, health and the API reference', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const responses = {
      data: await t.request('GET', `/api/job-seekers/${person.id}`, { token: coach.token }),
      unauthenticated: await t.request('GET', '/api/job-seekers'),
      invalid: await t.request('GET', '/api/job-seekers?limit=0', { token: coach.token }),
      missing: await t.request('GET', '/nowhere'),
      health: await t.request('GET', '/health'),
      docs: await t.request('GET', '/docs'),
      openapi: await t.request('GET', '/openapi.json'),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), name).toBe('DENY');
      expect(res.headers.get('referrer-policy'), name).toBe('same-origin');
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('frame-ancestors'), name).toEqual(["'none'"]);
      expect(csp.get('default-src'), name).toEqual(["'self'"]);
      expect(csp.get('script-src'), name).toEqual(["'self'"]);
      expect(csp.get('object-src'), name).toEqual(["'none'"]);
    }
  });

  it('allow pages only their own CSS and scripts, no inline script anywhere', async () => {
    const csp = directives((await t.request('GET', '/health')).headers.get('content-security-policy'));
    expect(csp.get('style-src')).toEqual(["'self'"]);
    const docs = directives((await t.request('GET', '/docs')).headers.get('content-security-policy'));
    // Swagger UI sets styles from its script; its scripts are files of this service.
    expect(docs.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(docs.get('script-src')).toEqual(["'self'"]);
  });

  it('serve the API reference without an inline script, so it works under its policy', async () => {
    const page = await t.request('GET', '/docs');
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="\/docs\//);
      expect(body?.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes as string)?.[1] as string;
      const asset = await t.request('GET', src);
      expect(asset.status, src).toBe(200);
      expect(asset.headers.get('content-type'), src).toMatch(/javascript/);
    }
    expect((await t.request('GET', '/docs/init.js')).text).toContain("url: '/openapi.json'");
  });
});

describe('caching', () => {
  it('forbids storing any API response: they carry personal data, errors included', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    for (const res of [
      await t.request('GET', `/api/job-seekers/${person.id}`, { token: coach.token }),
      await t.request('GET', '/api/job-seekers', { token: coach.token }),
      await t.request('GET', '/api/job-seekers'),
      await t.request('GET', `/api/job-seekers/${crypto.randomUUID()}`, { token: coach.token }),
      await t.request('GET', '/api/nothing-here', { token: coach.token }),
    ]) {
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('lets the API reference assets be cached', async () => {
    const asset = await t.request('GET', '/docs/assets/swagger-ui.css');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=86400');
  });
});
