import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { Candidacy } from '../../src/modules/candidacies/candidacy.entity';
import { candidateCodes } from '../../src/modules/matching/pseudonyms';
import { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import type { TestUser } from '../support/factories';
import { recordConsent } from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Hires under concurrency. On PostgreSQL (TEST_DATABASE_URL) the requests run in parallel
 * transactions on separate connections: hires that took their locks in different orders deadlocked
 * (500), and identical direct placements slipped past the duplicate check (several 201s for one
 * row). On PGlite the requests run one after the other, and the outcome must be the same.
 */
let t: TestApp;
let coach: TestUser;
let recruiters: TestUser[];

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  const first = await t.factory.user('EMPLOYER_RECRUITER');
  recruiters = [first];
  for (let i = 0; i < 2; i++) recruiters.push(await t.factory.user('EMPLOYER_RECRUITER', first.organisation));
});
afterAll(() => t.close());

const tokenOf = (index: number) => (recruiters[index % recruiters.length] as TestUser).token;

function expectClearConflicts(responses: { status: number; json: unknown; headers: Headers }[]) {
  for (const res of responses) {
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = problemSchema.parse(res.json);
    expect(problem.status).toBe(409);
    expect(problem.detail.length).toBeGreaterThan(20);
  }
}

describe('simultaneous hires in the pipeline', () => {
  it('hires exactly 2 of 9 offered candidates at once on a vacancy with 2 positions, and answers the rest 409, never 500', async () => {
    const vacancy = await t.factory.vacancy(recruiters[0]?.organisation as TestUser['organisation'], {
      positions: 2,
    });
    const candidacies: Candidacy[] = [];
    for (let i = 0; i < 9; i++) {
      const person = await t.factory.jobSeeker(coach.user);
      candidacies.push(await t.factory.candidacy(person, vacancy, 'OFFERED'));
    }
    const results = await Promise.all(
      candidacies.map((candidacy, index) =>
        t.request('POST', `/api/candidacies/${candidacy.id}/transitions`, {
          token: tokenOf(index),
          body: { to: 'HIRED', version: candidacy.version },
        }),
      ),
    );

    expect(results.map((res) => res.status).sort()).toEqual([...Array(2).fill(200), ...Array(7).fill(409)]);
    const refused = results.filter((res) => res.status === 409);
    expectClearConflicts(refused);
    for (const res of refused) {
      expect(problemSchema.parse(res.json).detail).toContain(
        'Alle plaatsen van deze vacature zijn al vervuld',
      );
    }

    const em = t.orm.em.fork();
    const after = await em.find(Candidacy, { vacancy: vacancy.id });
    expect(after.filter((candidacy) => candidacy.status === 'HIRED')).toHaveLength(2);
    expect(after.filter((candidacy) => candidacy.status === 'VACANCY_CLOSED')).toHaveLength(7);
    expect((await em.findOneOrFail(Vacancy, { id: vacancy.id })).status).toBe('FILLED');
    expect(await em.count(Placement, { vacancy: vacancy.id })).toBe(2);
  });

  it('lets one of two simultaneous hires of the same person at two vacancies through, and withdraws the other', async () => {
    const organisation = recruiters[0]?.organisation as TestUser['organisation'];
    const person = await t.factory.jobSeeker(coach.user);
    const first = await t.factory.candidacy(person, await t.factory.vacancy(organisation), 'OFFERED');
    const second = await t.factory.candidacy(person, await t.factory.vacancy(organisation), 'OFFERED');
    const results = await Promise.all(
      [first, second].map((candidacy, index) =>
        t.request('POST', `/api/candidacies/${candidacy.id}/transitions`, {
          token: tokenOf(index),
          body: { to: 'HIRED', version: candidacy.version },
        }),
      ),
    );
    expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
    expectClearConflicts(results.filter((res) => res.status === 409));
    const statuses = (await t.orm.em.fork().find(Candidacy, { jobSeeker: person.id })).map((c) => c.status);
    expect(statuses.sort()).toEqual(['HIRED', 'WITHDRAWN']);
  });
});

describe('simultaneous identical direct placements', () => {
  it('gives exactly one of 50 identical requests a 201 and the other 49 a 409, with one placement', async () => {
    const vacancy = await t.factory.vacancy(recruiters[0]?.organisation as TestUser['organisation'], {
      positions: 3,
    });
    const person = await t.factory.jobSeeker(coach.user);
    await recordConsent(t, coach, person.id, 'MATCHING');
    const code = (await candidateCodes(t.orm.em.fork(), vacancy.id, [person.id])).get(person.id) as string;

    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        t.request('POST', '/api/placements', {
          token: tokenOf(index),
          body: { vacancyId: vacancy.id, candidateCode: code },
        }),
      ),
    );

    expect(results.map((res) => res.status).sort()).toEqual([201, ...Array(49).fill(409)]);
    const created = results.filter((res) => res.status === 201);
    const refused = results.filter((res) => res.status !== 201);
    expectClearConflicts(refused);
    const placement = placementSchema.parse(created[0]?.json);
    for (const res of refused) {
      expect(problemSchema.parse(res.json)).toMatchObject({
        code: 'DUPLICATE',
        meta: { existingPlacementId: placement.id },
      });
    }
    const em = t.orm.em.fork();
    expect(await em.count(Placement, { vacancy: vacancy.id, jobSeeker: person.id })).toBe(1);
    expect(await em.count(Candidacy, { vacancy: vacancy.id, jobSeeker: person.id, status: 'HIRED' })).toBe(1);
  });
});
