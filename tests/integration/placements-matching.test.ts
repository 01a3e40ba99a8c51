import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { candidateListSchema, staffCandidateSchema } from '../../src/modules/matching/matching.schemas';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { completeAssessmentThroughApi } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { warehouseVacancy } from '../support/vacancy-fixtures';

/** "Not already placed" is a matching gate: someone working under a placement is not offered again. */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;
let manager: TestUser;
let mentor: TestUser;
let vacancyId: string;
let otherVacancyId: string;
let personId: string;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

const cleaningVacancy = {
  ...warehouseVacancy,
  title: 'Schoonmaker kantoren',
  occupationCode: '9112.1',
  postcode: '3011',
  hours: { min: 16, max: 24 },
  requirements: [
    { competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' },
    { competenceCode: 'P-KLANTCONTACT', level: 2, tier: 'IMPORTANT' },
  ],
  dutchLevel: { speaking: 2, reading: 1, writing: 0 },
};

async function openVacancy(title: string) {
  const created = await t.request('POST', '/api/vacancies', {
    token: recruiter.token,
    body: { ...cleaningVacancy, title },
  });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const vacancy = vacancySchema.parse(created.json);
  const opened = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
    token: recruiter.token,
    body: { status: 'OPEN', version: vacancy.version },
  });
  expect(opened.status).toBe(200);
  return vacancy.id;
}

const candidates = async (id: string) => {
  const res = await t.request('GET', `/api/vacancies/${id}/candidates`, { token: admin.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return candidateListSchema.parse(res.json);
};
const staffIds = (list: { items: unknown[] }) =>
  list.items.map((item) => staffCandidateSchema.parse(item).jobSeekerId);

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  const person = await t.factory.jobSeeker(coach.user, {
    fullName: 'Anna Jansen',
    dateOfBirth: '1980-05-01',
  });
  personId = person.id;
  await completeAssessmentThroughApi(t, coach.token, person.id);
  const consent = await t.request('POST', `/api/job-seekers/${person.id}/consents`, {
    token: coach.token,
    body: { purpose: 'MATCHING', given: true, textVersion: currentConsentTextVersion('MATCHING') },
  });
  expect(consent.status).toBe(201);
  vacancyId = await openVacancy('Schoonmaker kantoren');
  otherVacancyId = await openVacancy('Schoonmaker scholen');
});
afterAll(() => t.close());

describe('a placed person is gated from matching', () => {
  let placementId: string;

  it('keeps a person with only a draft placement in the ranking', async () => {
    const list = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiter.token })).json,
    );
    const code = list.items[0]?.candidateCode as string;
    const hired = await t.request('POST', '/api/placements', {
      token: recruiter.token,
      body: { vacancyId, candidateCode: code, startDate: today() },
    });
    expect(hired.status, JSON.stringify(hired.json)).toBe(201);
    const placement = placementSchema.parse(hired.json);
    placementId = placement.id;
    expect(staffIds(await candidates(otherVacancyId))).toEqual([personId]);
    const named = await t.request('PATCH', `/api/placements/${placementId}`, {
      token: recruiter.token,
      body: { mentorUserId: mentor.user.id, managerUserId: manager.user.id, version: placement.version },
    });
    expect(named.status).toBe(200);
  });

  it('leaves them out as ALREADY_PLACED once they started, also after a permanent contract', async () => {
    const started = await t.request('POST', `/api/placements/${placementId}/start`, {
      token: recruiter.token,
      body: {},
    });
    expect(started.status, JSON.stringify(started.json)).toBe(200);
    const gated = await candidates(otherVacancyId);
    expect(staffIds(gated)).toEqual([]);
    expect(gated.gateFailures.ALREADY_PLACED).toBe(1);
    const converted = await t.request('POST', `/api/placements/${placementId}/convert`, {
      token: recruiter.token,
      body: { convertedOn: today() },
    });
    expect(converted.status).toBe(200);
    expect((await candidates(otherVacancyId)).gateFailures.ALREADY_PLACED).toBe(1);
  });

  it('brings them back when the placement ends', async () => {
    const ended = await t.request('POST', `/api/placements/${placementId}/end`, {
      token: coach.token,
      body: {
        endDate: today(),
        reason: 'TASK_MISMATCH',
        note: 'Het werk op kantoor paste toch niet bij haar.',
        returnsToProgramme: true,
      },
    });
    expect(ended.status, JSON.stringify(ended.json)).toBe(200);
    const back = await candidates(otherVacancyId);
    expect(staffIds(back)).toEqual([personId]);
    expect(back.gateFailures.ALREADY_PLACED ?? 0).toBe(0);
  });
});
