import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

// PostgreSQL (and PGlite) cannot store U+0000 in text or jsonb; such input used to fail with a 500.

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let personId: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  personId = (await t.factory.jobSeeker(coach.user)).id;
});
afterAll(() => t.close());

function expectNulRefused(res: { status: number; json: unknown; text: string }, path: (string | number)[]) {
  expect(res.status, res.text).toBe(422);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe('VALIDATION_FAILED');
  const error = problem.errors?.find((e) => JSON.stringify(e.path) === JSON.stringify(path));
  expect(error, JSON.stringify(problem.errors)).toBeDefined();
  expect(error?.message).toMatch(/NUL/);
}

describe('a NUL character in any text is refused with 422, never a 500', () => {
  it('in a body field: an organisation name', async () => {
    const before = await t.request('GET', '/api/organisations?limit=100', { token: admin.token });
    const res = await t.request('POST', '/api/organisations', {
      token: admin.token,
      body: { name: 'Bakkerij\u0000 De Korst', kind: 'EMPLOYER' },
    });
    expectNulRefused(res, ['name']);
    const after = await t.request('GET', '/api/organisations?limit=100', { token: admin.token });
    expect(after.json.items).toHaveLength(before.json.items.length);
  });

  it('in a person’s name at registration', async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: coach.token,
      body: { fullName: 'Fatima\u0000El Amrani', phone: '0612345678', postcode: '3011' },
    });
    expectNulRefused(res, ['fullName']);
  });

  it('in a change of a record', async () => {
    const current = await t.request('GET', `/api/job-seekers/${personId}`, { token: coach.token });
    const res = await t.request('PATCH', `/api/job-seekers/${personId}`, {
      token: coach.token,
      body: { fullName: 'Fatima\u0000 El Amrani', version: current.json.version },
    });
    expectNulRefused(res, ['fullName']);
  });

  it('in nested free text and in an object key of assessment answers', async () => {
    const started = await t.request('POST', `/api/job-seekers/${personId}/assessments`, {
      token: coach.token,
    });
    expect(started.status).toBe(201);
    const text = await t.request('PATCH', `/api/assessments/${started.json.id}/answers`, {
      token: coach.token,
      body: {
        answers: { randvoorwaarden: { steunNodig: 'Hulp bij\u0000 plannen' } },
        version: started.json.version,
      },
    });
    expectNulRefused(text, ['answers', 'randvoorwaarden', 'steunNodig']);
    const key = await t.request('PATCH', `/api/assessments/${started.json.id}/answers`, {
      token: coach.token,
      body: { answers: { kunnen: { 'P-SCHOONMAKEN\u0000': 3 } }, version: started.json.version },
    });
    expect(key.status, key.text).toBe(422);
  });

  it('in a query parameter: a search text', async () => {
    expectNulRefused(await t.request('GET', '/api/job-seekers?q=Fa%00tima', { token: coach.token }), ['q']);
    expectNulRefused(await t.request('GET', '/api/catalogue/occupations?q=kok%00', { token: coach.token }), [
      'q',
    ]);
  });

  it('in a path parameter: a candidate code (refused before any lookup)', async () => {
    const recruiter = await t.factory.user('EMPLOYER_RECRUITER');
    const vacancy = await t.factory.vacancy(recruiter.organisation);
    const res = await t.request('GET', `/api/vacancies/${vacancy.id}/candidates/K-%00AAAAA`, {
      token: recruiter.token,
    });
    expect(res.status, res.text).toBe(422);
  });
});
