import { DeadlockException } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../src/http/context';
import { problemSchema } from '../../src/http/openapi';
import { conflict } from '../../src/http/problem';
import { Candidacy } from '../../src/modules/candidacies/candidacy.entity';
import type { Hire } from '../../src/modules/candidacies/hire-hook';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import type { TestUser } from '../support/factories';
import {
  holdEvent,
  move,
  openVacancy,
  personReadyForMeetAndGreet,
  recordConsent,
  staffCandidacy,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

// The extension point the placements module plugs into: `onHired` runs when a candidacy becomes
// HIRED, in the same transaction as the hire. Here a test hook stands in for createPlacementForHire.

const calls: { hire: Hire; statusInTransaction: string | undefined }[] = [];
let failNext: Error | null = null;

async function onHired(ctx: RequestContext, hire: Hire) {
  const seen = await ctx.em.findOne(Candidacy, { id: hire.candidacyId });
  calls.push({ hire, statusInTransaction: seen?.status });
  if (failNext) {
    const error = failNext;
    failNext = null;
    throw error;
  }
}

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;
let otherRecruiter: TestUser;

beforeAll(async () => {
  t = await createTestApp({ onHired });
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  otherRecruiter = await t.factory.user('EMPLOYER_RECRUITER');
});
afterAll(() => t.close());

async function offered() {
  const person = await personReadyForMeetAndGreet(t, coach, `Kandidaat ${calls.length + Math.random()}`);
  const vacancy = await openVacancy(t, recruiter.token);
  const elsewhere = await openVacancy(t, otherRecruiter.token);
  const { candidacies } = await holdEvent(t, admin, {
    employers: [
      { recruiter, vacancyIds: [vacancy], tables: 2 },
      { recruiter: otherRecruiter, vacancyIds: [elsewhere], tables: 2 },
    ],
    people: [{ coach, jobSeekerId: person }],
  });
  await recordConsent(t, coach, person, 'PROFILE_SHARING', true, recruiter.organisation.id);
  const id = candidacies.get(`${person}/${vacancy}`) as string;
  for (const to of ['INVITED', 'INTERVIEWED', 'OFFERED']) {
    expect((await move(t, recruiter.token, id, { to })).status, to).toBe(200);
  }
  return { person, vacancy, id, elsewhere: candidacies.get(`${person}/${elsewhere}`) as string };
}

describe('the hire hook', () => {
  it('runs once on HIRED, inside the hire’s transaction, with candidacy, person and vacancy', async () => {
    const before = calls.length;
    const { person, vacancy, id } = await offered();
    expect(calls.length).toBe(before);
    const hired = await move(t, recruiter.token, id, { to: 'HIRED' });
    expect(hired.status, JSON.stringify(hired.json)).toBe(200);
    expect(calls.slice(before)).toEqual([
      { hire: { candidacyId: id, jobSeekerId: person, vacancyId: vacancy }, statusInTransaction: 'HIRED' },
    ]);
  });

  it('undoes the whole hire when the hook fails', async () => {
    const { vacancy, id, elsewhere } = await offered();
    failNext = conflict('De plaatsing kan niet worden gemaakt / The placement cannot be made.');
    const res = await move(t, recruiter.token, id, { to: 'HIRED' });
    expect(res.status).toBe(409);
    expect((await staffCandidacy(t, admin.token, id)).status).toBe('OFFERED');
    expect((await staffCandidacy(t, admin.token, elsewhere)).status).toBe('MET');
    const current = vacancySchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancy}`, { token: recruiter.token })).json,
    );
    expect(current.status).toBe('OPEN');
    // Once the hook succeeds, the same step goes through.
    expect((await move(t, recruiter.token, id, { to: 'HIRED' })).status).toBe(200);
  });

  it('answers a deadlock or serialization failure of the database with 409, and writes nothing', async () => {
    const { id } = await offered();
    // What PostgreSQL reports (40P01 / 40001) when two transactions wait for each other.
    failNext = new DeadlockException(Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    const res = await move(t, recruiter.token, id, { to: 'HIRED' });
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(problemSchema.parse(res.json)).toMatchObject({ code: 'CONFLICT' });
    expect(res.json.detail).toContain('Probeer het opnieuw');
    expect((await staffCandidacy(t, admin.token, id)).status).toBe('OFFERED');
  });
});
