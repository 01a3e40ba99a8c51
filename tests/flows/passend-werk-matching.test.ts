import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { candidateListSchema, vacancyMatchListSchema } from '../../src/modules/matching/matching.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { completeAssessmentThroughApi, readyAnswerParts } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { warehouseVacancy } from '../support/vacancy-fixtures';
import { getPage, visibleText, webSessionFor } from '../support/web-page-session';

// Passend werk (issue 17): a person who chose only permanent and temporary contracts and daytime
// work is not ranked for an on-call night job — and the employer reads why, in words — but is
// ranked for a daytime permanent job, with "vast contract in zicht" in the explanation.

let t: TestApp;
let coach: TestUser;
let recruiter: TestUser;
let personId: string;
let nightOnCallId: string;
let dayPermanentId: string;

/** Fits the ready answers: cleaning 3, customer contact 2, Dutch 3/2/2, 16–24 hours, postcode 3011. */
const cleaning = {
  ...warehouseVacancy,
  occupationCode: '9112.1',
  postcode: '3011',
  hours: { min: 16, max: 24 },
  requirements: [
    { competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' },
    { competenceCode: 'P-KLANTCONTACT', level: 2, tier: 'IMPORTANT' },
  ],
};

/** Only permanent and temporary contracts, only daytime work. */
const daytimeAnswers = [
  readyAnswerParts[0],
  {
    ...readyAnswerParts[1],
    willen: { ...readyAnswerParts[1].willen, contractwensen: ['vast', 'tijdelijk'], werktijden: ['overdag'] },
  },
  readyAnswerParts[2],
];

async function openVacancy(body: object) {
  const created = await t.request('POST', '/api/vacancies', { token: recruiter.token, body });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const vacancy = vacancySchema.parse(created.json);
  const opened = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
    token: recruiter.token,
    body: { status: 'OPEN', version: vacancy.version },
  });
  expect(opened.status).toBe(200);
  return vacancy;
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  const person = await t.factory.jobSeeker(coach.user, {
    fullName: 'Dewi Overdag',
    dateOfBirth: '1985-03-01',
    postcode: '3011',
  });
  personId = person.id;
  await completeAssessmentThroughApi(t, coach.token, personId, daytimeAnswers);
  const consent = await t.request('POST', `/api/job-seekers/${personId}/consents`, {
    token: coach.token,
    body: { purpose: 'MATCHING', given: true, textVersion: currentConsentTextVersion('MATCHING') },
  });
  expect(consent.status).toBe(201);
  const night = await openVacancy({
    ...cleaning,
    title: 'Nachtschoonmaker op oproepbasis',
    contractKind: 'oproepcontract',
    workingTimes: ['nacht'],
    permanentProspect: false,
    underCao: false,
    pay: null,
  });
  nightOnCallId = night.id;
  expect(night).toMatchObject({ contractKind: 'oproepcontract', workingTimes: ['nacht'], onCall: true });
  expect(night.passendWerk).toEqual([]);
  const day = await openVacancy({
    ...cleaning,
    title: 'Schoonmaker kantoren overdag',
    contractKind: 'vast',
    workingTimes: ['overdag'],
    permanentProspect: true,
    underCao: true,
  });
  dayPermanentId = day.id;
  expect(day).toMatchObject({ contractKind: 'vast', workingTimes: ['overdag'], onCall: false });
  expect(day.passendWerk).toEqual(['vast contract in zicht', 'cao', 'loon bekend']);
});
afterAll(() => t.close());

describe('passend werk in matching', () => {
  it('does not rank the person for an on-call night job, and counts why', async () => {
    const res = await t.request('GET', `/api/vacancies/${nightOnCallId}/candidates`, {
      token: recruiter.token,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const list = candidateListSchema.parse(res.json);
    expect(list.total).toBe(0);
    expect(list.gateFailures).toMatchObject({ ON_CALL: 1, WORKING_TIMES: 1, CONTRACT_KIND: 0, UNPAID: 0 });
  });

  it("says why in words on the employer's candidates page", async () => {
    const session = await webSessionFor(t, recruiter.user);
    const page = await getPage(t, session, `/werkgever/vacatures/${nightOnCallId}/kandidaten`);
    expect(page.status).toBe(200);
    const text = visibleText(page.html);
    expect(text).toContain('Wie niet op de lijst staat, en waarom');
    expect(text).toContain('1 persoon koos niet voor een oproep- of nulurencontract.');
    expect(text).toContain('1 persoon kan niet op de werktijden van deze vacature werken.');
    expect(text).not.toContain('ON_CALL');
    expect(text).not.toContain('Dewi');
  });

  it('ranks the same person for a daytime permanent job, with "vast contract in zicht" in the explanation', async () => {
    const res = await t.request('GET', `/api/vacancies/${dayPermanentId}/candidates`, {
      token: recruiter.token,
    });
    expect(res.status).toBe(200);
    const list = candidateListSchema.parse(res.json);
    expect(list.total).toBe(1);
    const component = list.items[0]?.components.find((c) => c.name === 'passendWerk');
    expect(component).toMatchObject({ applicable: true, value: 1 });
    expect(component?.labelNl).toBe('Passend werk: vast contract in zicht, cao, loon bekend');

    const session = await webSessionFor(t, recruiter.user);
    const text = visibleText(
      (await getPage(t, session, `/werkgever/vacatures/${dayPermanentId}/kandidaten`)).html,
    );
    expect(text).toContain('Passend werk: vast contract in zicht, cao, loon bekend.');
    expect(text).toContain('1 persoon past bij wat u vraagt.');
  });

  it("shows the lifecoach the daytime job only, with the on-call job's reason counted", async () => {
    const res = await t.request('GET', `/api/job-seekers/${personId}/matches`, { token: coach.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const matches = vacancyMatchListSchema.parse(res.json);
    expect(matches.items.map((item) => item.vacancyId)).toEqual([dayPermanentId]);
    expect(matches.items[0]).toMatchObject({ contractKind: 'vast', workingTimes: ['overdag'] });
    expect(matches.items[0]?.components.map((c) => c.labelNl)).toContain(
      'Passend werk: vast contract in zicht, cao, loon bekend',
    );
    expect(matches.gateFailures).toMatchObject({ ON_CALL: 1, WORKING_TIMES: 1 });
  });
});

describe('vacancy terms: validation', () => {
  const errorPaths = (json: { errors?: { path: (string | number)[] }[] }) =>
    (json.errors ?? []).map((error) => error.path.join('.')).sort();

  it('refuses an unknown contract kind or working time, and a working time twice, writing nothing', async () => {
    const before = await t.request('GET', '/api/vacancies', { token: recruiter.token });
    const res = await t.request('POST', '/api/vacancies', {
      token: recruiter.token,
      body: { ...cleaning, title: 'Fout', contractKind: 'nuluren', workingTimes: ['ochtend'] },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(errorPaths(res.json)).toEqual(['contractKind', 'workingTimes.0']);
    const twice = await t.request('POST', '/api/vacancies', {
      token: recruiter.token,
      body: { ...cleaning, title: 'Fout', workingTimes: ['nacht', 'nacht'] },
    });
    expect(twice.status).toBe(422);
    expect(errorPaths(twice.json)).toEqual(['workingTimes']);
    const after = await t.request('GET', '/api/vacancies', { token: recruiter.token });
    expect(after.json.total).toBe(before.json.total);
  });

  it('refuses a permanent contract that is no employment or has no permanent prospect', async () => {
    const res = await t.request('POST', '/api/vacancies', {
      token: recruiter.token,
      body: { ...cleaning, contractType: 'INTERNSHIP', contractKind: 'vast', permanentProspect: false },
    });
    expect(res.status).toBe(422);
    expect(errorPaths(res.json)).toEqual(['contractKind', 'permanentProspect']);
  });

  it('keeps "niet opgegeven" for a vacancy that states neither, and counts 0 minimum hours as on-call', async () => {
    const res = await t.request('POST', '/api/vacancies', {
      token: recruiter.token,
      body: { ...cleaning, title: 'Invaller schoonmaak', hours: { min: 0, max: 12 }, workingTimes: [] },
    });
    expect(res.status).toBe(201);
    expect(vacancySchema.parse(res.json)).toMatchObject({
      contractKind: null,
      workingTimes: [],
      onCall: true,
    });
  });
});
