import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import {
  candidateListSchema,
  candidateSchema,
  staffCandidateSchema,
  trainingSuggestionListSchema,
  vacancyMatchListSchema,
} from '../../src/modules/matching/matching.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import {
  completeAssessmentThroughApi,
  laterAnswerParts,
  SUMMARY_FOR_EMPLOYERS,
} from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { warehouseVacancy } from '../support/vacancy-fixtures';

let t: TestApp;
let admin: TestUser;
let coachA: TestUser;
let coachB: TestUser;
let recruiterA: TestUser;
let recruiterB: TestUser;

/** Matches readyAnswerParts: cleaning 3, customer contact 2, teamwork 3, Dutch 3/2/2, 16–24 hours, 10 km. */
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
  legalRequirements: [{ minimumAge: 18 }],
  dutchLevel: { speaking: 2, reading: 1, writing: 0 },
};

async function openVacancy(token: string, body: object) {
  const created = await t.request('POST', '/api/vacancies', { token, body });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const vacancy = vacancySchema.parse(created.json);
  const opened = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
    token,
    body: { status: 'OPEN', version: vacancy.version },
  });
  expect(opened.status).toBe(200);
  return vacancy.id;
}

async function readyPerson(coach: TestUser, fullName: string, options: { consent?: boolean } = {}) {
  const person = await t.factory.jobSeeker(coach.user, {
    fullName,
    dateOfBirth: '1980-05-01',
    postcode: '3011',
  });
  await completeAssessmentThroughApi(t, coach.token, person.id);
  if (options.consent !== false) await setMatchingConsent(coach, person.id, true);
  return person.id;
}

async function setMatchingConsent(coach: TestUser, jobSeekerId: string, given: boolean) {
  const res = await t.request('POST', `/api/job-seekers/${jobSeekerId}/consents`, {
    token: coach.token,
    body: { purpose: 'MATCHING', given, textVersion: currentConsentTextVersion('MATCHING') },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
}

let vacancyId: string;
let annaId: string;
let bramId: string;
let noConsentId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coachA = await t.factory.user('LIFECOACH', admin.organisation);
  coachB = await t.factory.user('LIFECOACH', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  annaId = await readyPerson(coachA, 'Anna Jansen');
  bramId = await readyPerson(coachB, 'Bram Pieters');
  noConsentId = await readyPerson(coachA, 'Cor Zonder', { consent: false });
  vacancyId = await openVacancy(recruiterA.token, cleaningVacancy);
});
afterAll(() => t.close());

describe('candidates for a vacancy', () => {
  it('shows the employer ranked, pseudonymous candidates with every component and requirement', async () => {
    const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterA.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const list = candidateListSchema.parse(res.json);
    expect(list.total).toBe(2);
    expect(list.gateFailures.NO_MATCHING_CONSENT).toBe(1);
    for (const item of res.json.items) {
      const candidate = candidateSchema.parse(item); // strict: any extra field fails
      expect(candidate.candidateCode).toMatch(/^K-[A-Z2-9]{6}$/);
      expect(candidate.components.map((c) => c.name)).toEqual(
        expect.arrayContaining(['competenceFit', 'essentialCoverage', 'interest', 'hours', 'distance']),
      );
      expect(candidate.requirements.find((r) => r.competenceCode === 'P-SCHOONMAKEN')).toMatchObject({
        met: true,
      });
      expect(candidate.summaryForEmployers).toBe(SUMMARY_FOR_EMPLOYERS);
    }
    // Two people with identical profiles tie; the order is stable.
    expect(list.items.map((c) => c.rank)).toEqual([1, 2]);
    const json = JSON.stringify(res.json);
    for (const hidden of [
      'Anna',
      'Bram',
      'Jansen',
      '1980',
      '069',
      annaId,
      bramId,
      'fullName',
      'jobSeekerId',
      'phone',
      'dateOfBirth',
      'supportNeeds',
      'Kredietbank',
    ]) {
      expect(json, hidden).not.toContain(hidden);
    }
  });

  it('gives a candidate the same code every time for a vacancy, and another code for another vacancy', async () => {
    const first = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterA.token })).json,
    );
    const again = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterA.token })).json,
    );
    expect(again.items.map((c) => c.candidateCode)).toEqual(first.items.map((c) => c.candidateCode));
    const otherVacancy = await openVacancy(recruiterA.token, {
      ...cleaningVacancy,
      title: 'Schoonmaker scholen',
    });
    const other = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${otherVacancy}/candidates`, { token: recruiterA.token })).json,
    );
    const codes = new Set(first.items.map((c) => c.candidateCode));
    expect(other.items.some((c) => codes.has(c.candidateCode))).toBe(false);
  });

  it('explains one candidate by code, and answers 404 for an unknown code and 422 for a malformed one', async () => {
    const list = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterA.token })).json,
    );
    const code = list.items[0]?.candidateCode;
    const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates/${code}`, {
      token: recruiterA.token,
    });
    expect(res.status).toBe(200);
    const { gates, ...candidate } = res.json;
    expect(gates).toEqual({ passed: true, failed: [] });
    candidateSchema.parse(candidate);
    expect(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates/K-AAAAAA`, { token: recruiterA.token }))
        .status,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates/anna`, { token: recruiterA.token }))
        .status,
    ).toBe(422);
  });

  it('shows programme staff who the candidates are, and a lifecoach only their own caseload', async () => {
    const staff = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: admin.token });
    const staffItems = staff.json.items.map((item: unknown) => staffCandidateSchema.parse(item));
    expect(staffItems.map((c: { fullName: string }) => c.fullName).sort()).toEqual([
      'Anna Jansen',
      'Bram Pieters',
    ]);
    const coach = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: coachA.token });
    expect(coach.status).toBe(200);
    expect(coach.json.items.map((c: { jobSeekerId: string }) => c.jobSeekerId)).toEqual([annaId]);
    expect(coach.json.gateFailures.NO_MATCHING_CONSENT).toBe(1);
  });

  it('follows consent at once: a withdrawn matching consent leaves the ranking, a new one brings the person back', async () => {
    await setMatchingConsent(coachA, annaId, false);
    const without = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: admin.token })).json,
    );
    expect(without.total).toBe(1);
    expect(without.gateFailures.NO_MATCHING_CONSENT).toBe(2);
    await setMatchingConsent(coachA, annaId, true);
    const back = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: admin.token })).json,
    );
    expect(back.total).toBe(2);
  });

  it('gates on a legal qualification until the lifecoach records it', async () => {
    const vca = await openVacancy(recruiterA.token, {
      ...cleaningVacancy,
      title: 'Schoonmaker bouwplaats',
      legalRequirements: [{ code: 'VCA_BASIS' }],
    });
    const before = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vca}/candidates`, { token: admin.token })).json,
    );
    expect(before.total).toBe(0);
    expect(before.gateFailures.LEGAL_REQUIREMENT).toBe(3);
    const put = await t.request('PUT', `/api/job-seekers/${annaId}/legal-qualifications`, {
      token: coachA.token,
      body: { codes: ['VCA_VOL'] },
    });
    expect(put.status).toBe(200);
    const after = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vca}/candidates`, { token: admin.token })).json,
    );
    expect(after.total).toBe(1);
    const bad = await t.request('PUT', `/api/job-seekers/${annaId}/legal-qualifications`, {
      token: coachA.token,
      body: { codes: ['PILOT'] },
    });
    expect(bad.status).toBe(422);
    const otherCoach = await t.request('PUT', `/api/job-seekers/${annaId}/legal-qualifications`, {
      token: coachB.token,
      body: { codes: [] },
    });
    expect(otherCoach.status).toBe(404);
  });

  it("keeps employer B out of employer A's candidates, and other roles out entirely", async () => {
    expect(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterB.token })).status,
    ).toBe(404);
    const mentor = await t.factory.user('MENTOR', recruiterA.organisation);
    expect(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: mentor.token })).status,
    ).toBe(403);
    const partner = await t.factory.user('PARTNER_WORKER');
    expect(
      (await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: partner.token })).status,
    ).toBe(403);
    expect((await t.request('GET', `/api/vacancies/${vacancyId}/candidates`)).status).toBe(401);
    expect(
      (
        await t.request('GET', `/api/vacancies/${vacancyId}/candidates?cursor=nonsense`, {
          token: recruiterA.token,
        })
      ).status,
    ).toBe(422);
  });

  it('shows employers only the summary written for them, never the lifecoach’s own words', async () => {
    const person = await t.factory.jobSeeker(coachA.user, {
      fullName: 'Dewi Kartosen',
      dateOfBirth: '1990-02-02',
      postcode: '3011',
    });
    const own = 'Dewi is zorgzaam en betrouwbaar. Ze werkt schoon en is 36 jaar; haar moeder is Surinaams.';
    await completeAssessmentThroughApi(t, coachA.token, person.id, undefined, {
      strengthsSummary: own,
      summaryForEmployers: 'Zorgzaam en betrouwbaar. Werkt schoon en netjes.',
    });
    await setMatchingConsent(coachA, person.id, true);
    const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterA.token });
    const summaries = candidateListSchema.parse(res.json).items.map((c) => c.summaryForEmployers);
    expect(summaries).toContain('Zorgzaam en betrouwbaar. Werkt schoon en netjes.');
    expect(JSON.stringify(res.json)).not.toMatch(/Dewi|Kartosen|Ze werkt|36 jaar|haar|moeder|Surinaams/);
    // The lifecoach still reads the whole summary of the people in the caseload.
    const staff = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: coachA.token });
    const mine = candidateListSchema
      .parse(staff.json)
      .items.map((c) => staffCandidateSchema.safeParse(c))
      .find((c) => c.success && c.data.jobSeekerId === person.id);
    expect(mine?.data?.strengthsSummary).toBe(own);
  });

  it('shows employers no free text at all about someone without a summary for employers', async () => {
    const person = await t.factory.jobSeeker(coachA.user, {
      fullName: 'Eef Zonder',
      dateOfBirth: '1992-03-03',
      postcode: '3011',
    });
    await completeAssessmentThroughApi(t, coachA.token, person.id, undefined, {
      strengthsSummary: 'Eef is een harde werker; hij komt altijd op tijd.',
    });
    await setMatchingConsent(coachA, person.id, true);
    const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates?limit=100`, {
      token: recruiterA.token,
    });
    const list = candidateListSchema.parse(res.json);
    expect(list.items.filter((c) => c.summaryForEmployers === null)).toHaveLength(1);
    expect(JSON.stringify(res.json)).not.toMatch(/harde werker|hij komt/);
  });

  it('audits every employer view of a candidate, naming the person by id only', async () => {
    await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiterA.token });
    const res = await t.request(
      'GET',
      `/api/audit-entries?actorUserId=${recruiterA.user.id}&action=match_candidate.viewed&limit=100`,
      {
        token: admin.token,
      },
    );
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    const seen = new Set(entries.map((e: { subjectId: string }) => e.subjectId));
    expect(seen.has(annaId) && seen.has(bramId)).toBe(true);
    expect(seen.has(noConsentId)).toBe(false);
    expect(JSON.stringify(res.json)).not.toContain('Anna');
  });
});

describe('vacancies for a job seeker and what to train', () => {
  it('ranks the open vacancies that fit, for the lifecoach of the person', async () => {
    const res = await t.request('GET', `/api/job-seekers/${annaId}/matches`, { token: coachA.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const list = vacancyMatchListSchema.parse(res.json);
    expect(list.items.map((v) => v.vacancyId)).toContain(vacancyId);
    expect(list.items[0]?.requirements.length).toBeGreaterThan(0);
    expect(
      (await t.request('GET', `/api/job-seekers/${annaId}/matches`, { token: coachB.token })).status,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/job-seekers/${annaId}/matches`, { token: recruiterA.token })).status,
    ).toBe(403);
  });

  it('answers 409 for someone without a talent profile', async () => {
    const fresh = await t.factory.jobSeeker(coachA.user);
    const res = await t.request('GET', `/api/job-seekers/${fresh.id}/matches`, { token: coachA.token });
    expect(res.status).toBe(409);
  });

  it('names the competence that would open a vacancy, and which one', async () => {
    const picking = await openVacancy(recruiterA.token, {
      ...cleaningVacancy,
      title: 'Orderpicker',
      requirements: [
        { competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'P-ORDERPICKEN', level: 1, tier: 'ESSENTIAL' },
      ],
    });
    const res = await t.request('GET', `/api/job-seekers/${annaId}/what-to-train`, { token: coachA.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const suggestions = trainingSuggestionListSchema.parse(res.json);
    const orderPicking = suggestions.items.find((s) => s.competenceCode === 'P-ORDERPICKEN');
    expect(orderPicking?.opens.map((o) => o.vacancyId)).toContain(picking);
    expect(orderPicking?.currentLevel).toBe(0);
  });

  it('looks ahead for someone in LATER: training suggestions as if they were ready', async () => {
    const person = await t.factory.jobSeeker(coachA.user, {
      fullName: 'Lotte Later',
      dateOfBirth: '1985-03-03',
      postcode: '3011',
    });
    const { completion } = await completeAssessmentThroughApi(t, coachA.token, person.id, laterAnswerParts);
    expect(completion.decision.segment).toBe('LATER');
    await setMatchingConsent(coachA, person.id, true);
    await openVacancy(recruiterA.token, {
      ...cleaningVacancy,
      title: 'Inpakker deeltijd',
      hours: { min: 8, max: 12 },
      requirements: [
        { competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'IMPORTANT' },
        { competenceCode: 'P-PRODUCTIEWERK', level: 1, tier: 'ESSENTIAL' },
      ],
    });
    const res = await t.request('GET', `/api/job-seekers/${person.id}/what-to-train`, {
      token: coachA.token,
    });
    const suggestions = trainingSuggestionListSchema.parse(res.json);
    expect(suggestions.items.map((s) => s.competenceCode)).toContain('P-PRODUCTIEWERK');
  });
});
