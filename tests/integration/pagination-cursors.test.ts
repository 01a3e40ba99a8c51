import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { type ApiWorld, buildApiWorld, fillPath } from '../support/api-world';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let world: ApiWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await buildApiWorld(t);
});
afterAll(() => t.close());

const base64 = (text: string) => btoa(text);
const base64url = (text: string) => btoa(text).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
const decoded = (cursor: string) => atob(cursor.replaceAll('-', '+').replaceAll('_', '/'));

/** Cursors a client could make up: the ones that gave 500 before, other types, unknown ids, NUL. */
const TAMPERED = [
  base64('["x","y"]'),
  base64('[1e308]'),
  base64('["1e308","00000000-0000-4000-8000-000000000000"]'),
  base64url('{"id":"x"}'),
  base64url(crypto.randomUUID()),
  base64url('123456789'),
  'garbage',
  'x'.repeat(500),
  '%00',
  '1e308:K-AAAAAA',
  '5:nonsense',
  '-1',
  '1.5',
];

type Operation = { path: string; parameters?: { in: string; name: string }[] };

function paginatedLists(): string[] {
  const doc = t.app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'test', version: '1' } });
  return Object.entries(doc.paths ?? {})
    .filter(([, item]) =>
      ((item as { get?: Operation }).get?.parameters ?? []).some(
        (p) => p.in === 'query' && p.name === 'cursor',
      ),
    )
    .map(([path]) => path);
}

/** The first of the world's users who may read this list (200 without a cursor). */
async function reader(url: string): Promise<TestUser | null> {
  for (const user of Object.values(world.tokens)) {
    if ((await t.request('GET', url, { token: user.token })).status === 200) return user;
  }
  return null;
}

describe('pagination cursors', () => {
  it('answer 422 with the path `cursor` for a tampered cursor, on every paginated list', async () => {
    const lists = paginatedLists();
    expect(lists.length).toBeGreaterThanOrEqual(30);
    const failures: string[] = [];
    for (const path of lists) {
      const url = fillPath(path, (name) => world.pathValue(path, name));
      const user = await reader(url);
      expect(user, `someone in the world may read ${path}`).not.toBeNull();
      for (const cursor of TAMPERED) {
        const query = `${url}${url.includes('?') ? '&' : '?'}cursor=${cursor === '%00' ? cursor : encodeURIComponent(cursor)}`;
        const res = await t.request('GET', query, { token: (user as TestUser).token });
        const paths =
          res.status === 422 ? problemSchema.parse(res.json).errors?.map((e) => e.path.join('.')) : [];
        if (res.status !== 422 || !paths?.includes('cursor')) {
          failures.push(`${path} cursor=${cursor.slice(0, 40)} → ${res.status} ${res.text.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('carry no name: a job-seekers page cursor is an opaque id, and the pages still cover everyone', async () => {
    const names = ['Zoë Achternaam', 'Aart Brouwer', 'Mirjam de Cursor'];
    for (const fullName of names) await t.factory.jobSeeker(world.coach.user, { fullName });
    const all = await t.request('GET', '/api/job-seekers?limit=100', { token: world.coach.token });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; json: { items: { id: string }[]; nextCursor: string | null } } =
        await t.request('GET', `/api/job-seekers?limit=1${cursor ? `&cursor=${cursor}` : ''}`, {
          token: world.coach.token,
        });
      expect(page.status).toBe(200);
      seen.push(...page.json.items.map((item) => item.id));
      cursor = page.json.nextCursor;
      if (cursor) {
        const text = decoded(cursor);
        for (const name of names) {
          // Parts spelled in hex digits only ("de", "bea") can occur in any uuid by chance.
          for (const part of name
            .toLowerCase()
            .split(' ')
            .filter((word) => /[^0-9a-f]/.test(word)))
            expect(text.toLowerCase()).not.toContain(part);
        }
        expect(text).toMatch(/^[0-9a-f-]{36}$/);
      }
    } while (cursor);
    expect(seen).toEqual(all.json.items.map((item: { id: string }) => item.id));
    expect(seen.length).toBeGreaterThanOrEqual(names.length);
  });

  it('refuse a cursor naming a row outside the caller’s scope, so it cannot place it in their list', async () => {
    const otherCoach = await t.factory.user('LIFECOACH', world.admin.organisation);
    const outsider = await t.factory.jobSeeker(otherCoach.user, { fullName: 'Buiten Beeld' });
    const res = await t.request('GET', `/api/job-seekers?limit=1&cursor=${base64url(outsider.id)}`, {
      token: world.coach.token,
    });
    expect(res.status).toBe(422);
    expect(problemSchema.parse(res.json).errors?.[0]?.path).toEqual(['cursor']);
  });

  it('pages through the audit log, whose ids are numbers', async () => {
    const first = await t.request('GET', '/api/audit-entries?limit=2', { token: world.admin.token });
    expect(first.status).toBe(200);
    expect(decoded(first.json.nextCursor)).toMatch(/^[1-9][0-9]*$/);
    const second = await t.request('GET', `/api/audit-entries?limit=2&cursor=${first.json.nextCursor}`, {
      token: world.admin.token,
    });
    expect(second.status).toBe(200);
    const ids = [...first.json.items, ...second.json.items].map((entry: { id: number }) => Number(entry.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(4);
  });

  it('give an employer the candidate code in the candidates cursor, never the person’s id', async () => {
    for (let i = 0; i < 2; i++) {
      await (await import('../support/meet-and-greet-setup')).personReadyForMeetAndGreet(
        t,
        world.coach,
        `Kandidaat Nummer${i}`,
      );
    }
    const url = `/api/vacancies/${world.vacancyId}/candidates`;
    const first = await t.request('GET', `${url}?limit=1`, { token: world.recruiter.token });
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(first.json.total).toBeGreaterThanOrEqual(2);
    const cursor: string = first.json.nextCursor;
    expect(cursor).toMatch(/^\d+:K-[A-Z0-9]{6}$/);
    expect(cursor.endsWith(first.json.items[0].candidateCode), JSON.stringify(first.json)).toBe(true);
    const second = await t.request('GET', `${url}?limit=1&cursor=${encodeURIComponent(cursor)}`, {
      token: world.recruiter.token,
    });
    expect(second.status, JSON.stringify(second.json)).toBe(200);
    expect(second.json.items[0].candidateCode).not.toBe(first.json.items[0].candidateCode);
  });
});
