import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { Candidacy } from '../../src/modules/candidacies/candidacy.entity';
import {
  staffCandidacyDetailSchema,
  vacancyPipelineSchema,
} from '../../src/modules/candidacies/candidacy.schemas';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { candidateCodes } from '../../src/modules/matching/pseudonyms';
import { followUpListSchema } from '../../src/modules/placements/follow-up.schemas';
import { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema, placementSummarySchema } from '../../src/modules/placements/placement.schemas';
import { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import type { TestUser } from '../support/factories';
import { recordConsent } from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A hire recorded by candidate code (POST /api/placements) outside the pipeline: the employer side —
 * recruiter, manager and mentor — reads the person's name only while the person agrees to share
 * their profile with that employer, every read that shows it is audited as a reveal, and the hire
 * counts like one in the pipeline.
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;
let manager: TestUser;
let mentor: TestUser;
let otherRecruiter: TestUser;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  otherRecruiter = await t.factory.user('EMPLOYER_RECRUITER');
});
afterAll(() => t.close());

let sequence = 0;

/** Someone who agrees to be matched (unless told otherwise), and their candidate code at `vacancy`. */
async function candidate(vacancy: Vacancy, options: { matching?: boolean } = {}) {
  sequence++;
  const person = await t.factory.jobSeeker(coach.user, {
    fullName: `Noor Haddad${'ij'.repeat(sequence)}`,
    email: `noor${sequence}@mail.example`,
    dateOfBirth: '1969-04-23',
    postcodeFull: '3072 AP',
  });
  if (options.matching !== false) await recordConsent(t, coach, person.id, 'MATCHING');
  const code = (await candidateCodes(t.orm.em.fork(), vacancy.id, [person.id])).get(person.id) as string;
  return { person, code };
}

const hireByCode = (vacancyId: string, candidateCode: string, token = recruiter.token) =>
  t.request('POST', '/api/placements', { token, body: { vacancyId, candidateCode } });

/** Nothing in the raw response tells who the person is. */
function expectAnonymous(text: string, person: JobSeeker, where: string) {
  for (const value of [
    person.fullName,
    'Noor',
    'Haddad',
    person.phone,
    person.email as string,
    '1969-04-23',
    '3072 AP',
    person.id,
  ]) {
    expect(text, `${where} shows ${value}`).not.toContain(value);
  }
}

async function reveals(jobSeekerId: string) {
  const res = await t.request(
    'GET',
    `/api/audit-entries?subjectId=${jobSeekerId}&action=candidate.identity_revealed&limit=100`,
    { token: admin.token },
  );
  expect(res.status).toBe(200);
  return pageSchema(auditEntrySchema).parse(res.json).items;
}

/** A started placement with the mentor and the manager named, hired by code. */
async function workingPlacement() {
  const vacancy = await t.factory.vacancy(recruiter.organisation, { positions: 5 });
  const { person, code } = await candidate(vacancy);
  const hired = await hireByCode(vacancy.id, code);
  expect(hired.status, hired.text).toBe(201);
  expectAnonymous(hired.text, person, 'POST /api/placements');
  const draft = placementSchema.parse(hired.json);
  const named = await t.request('PATCH', `/api/placements/${draft.id}`, {
    token: recruiter.token,
    body: {
      mentorUserId: mentor.user.id,
      managerUserId: manager.user.id,
      startDate: today(),
      version: draft.version,
    },
  });
  expect(named.status, named.text).toBe(200);
  expectAnonymous(named.text, person, 'PATCH /api/placements/{id}');
  const started = await t.request('POST', `/api/placements/${draft.id}/start`, {
    token: recruiter.token,
    body: {},
  });
  expect(started.status, started.text).toBe(200);
  expectAnonymous(started.text, person, 'POST /api/placements/{id}/start');
  return { vacancy, person, code, placement: placementSchema.parse(started.json) };
}

const employerReads = (placementId: string) => [
  `/api/placements/${placementId}`,
  '/api/placements?limit=100',
  '/api/follow-up-items?state=UPCOMING&limit=100',
  '/api/follow-up-items?limit=100',
];

describe('the employer side of a placement made by candidate code', () => {
  it('sees the candidate code, never the name or contact, of someone who did not agree to share their profile; no reveal is recorded', async () => {
    const { person, code, placement } = await workingPlacement();
    expect(placement.person).toEqual({ candidateCode: code, fullName: null });
    for (const user of [recruiter, manager, mentor]) {
      for (const path of employerReads(placement.id)) {
        const res = await t.request('GET', path, { token: user.token });
        expect(res.status, `${path}: ${res.text}`).toBe(200);
        expectAnonymous(res.text, person, `${user.user.role} ${path}`);
      }
      const one = placementSchema.parse(
        (await t.request('GET', `/api/placements/${placement.id}`, { token: user.token })).json,
      );
      expect(one.person).toEqual({ candidateCode: code, fullName: null });
      const list = (await t.request('GET', '/api/placements?limit=100', { token: user.token })).json;
      const listed = list.items
        .map((item: unknown) => placementSummarySchema.parse(item))
        .find((item: { id: string }) => item.id === placement.id);
      expect(listed?.person).toEqual({ candidateCode: code, fullName: null });
    }
    const followUp = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items?state=UPCOMING&limit=100', { token: mentor.token })).json,
    );
    expect(followUp.items.find((item) => item.placementId === placement.id)?.person).toEqual({
      candidateCode: code,
      fullName: null,
    });
    expect(await reveals(person.id)).toEqual([]);
    // The lifecoach and programme staff know whom they follow.
    const asCoach = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: coach.token })).json,
    );
    expect(asCoach.person).toEqual({ jobSeekerId: person.id, fullName: person.fullName });
  });

  it('shows the name while the person agrees to share their profile with this employer, audits every reveal, and hides it again after a withdrawal', async () => {
    const { person, placement } = await workingPlacement();
    // Consent for another employer does not count.
    await recordConsent(t, coach, person.id, 'PROFILE_SHARING', true, otherRecruiter.organisation.id);
    const before = await t.request('GET', `/api/placements/${placement.id}`, { token: recruiter.token });
    expectAnonymous(before.text, person, 'after consent for another employer');

    await recordConsent(t, coach, person.id, 'PROFILE_SHARING', true, recruiter.organisation.id);
    for (const user of [recruiter, manager, mentor]) {
      const one = placementSchema.parse(
        (await t.request('GET', `/api/placements/${placement.id}`, { token: user.token })).json,
      );
      expect(one.person.fullName, user.user.role).toBe(person.fullName);
    }
    const listed = (await t.request('GET', '/api/placements?limit=100', { token: mentor.token })).json;
    expect(JSON.stringify(listed)).toContain(person.fullName);
    const followUp = await t.request('GET', '/api/follow-up-items?state=UPCOMING&limit=100', {
      token: manager.token,
    });
    expect(followUp.text).toContain(person.fullName);
    // Three single views, one list and one follow-up list showed the name: five reveals.
    const revealed = await reveals(person.id);
    expect(revealed).toHaveLength(5);
    for (const entry of revealed) {
      expect(entry).toMatchObject({
        entityType: 'placement',
        entityId: placement.id,
        subjectId: person.id,
        fields: ['fullName'],
      });
    }
    expect(new Set(revealed.map((entry) => entry.actorUserId))).toEqual(
      new Set([recruiter.user.id, manager.user.id, mentor.user.id]),
    );

    await recordConsent(t, coach, person.id, 'PROFILE_SHARING', false, recruiter.organisation.id);
    for (const user of [recruiter, manager, mentor]) {
      for (const path of employerReads(placement.id)) {
        const res = await t.request('GET', path, { token: user.token });
        expectAnonymous(res.text, person, `after withdrawal: ${user.user.role} ${path}`);
      }
    }
    expect(await reveals(person.id)).toHaveLength(5);
  });

  it('refuses a hire by code of someone who does not agree to be matched, and writes nothing', async () => {
    const vacancy = await t.factory.vacancy(recruiter.organisation);
    const never = await candidate(vacancy, { matching: false });
    const withdrawn = await candidate(vacancy);
    await recordConsent(t, coach, withdrawn.person.id, 'MATCHING', false);
    for (const { person, code } of [never, withdrawn]) {
      const res = await hireByCode(vacancy.id, code);
      expect(res.status, res.text).toBe(409);
      expect(res.json.code).toBe('CONFLICT');
      expect(res.json.detail).toContain('matching');
      expectAnonymous(res.text, person, 'the refusal');
      const em = t.orm.em.fork();
      expect(await em.count(Placement, { jobSeeker: person.id })).toBe(0);
      expect(await em.count(Candidacy, { jobSeeker: person.id })).toBe(0);
    }
  });
});

describe('a hire by candidate code is a hire like one in the pipeline', () => {
  it('takes a position of the vacancy, fills it, and closes the open candidacies of the person and of the vacancy', async () => {
    const vacancy = await t.factory.vacancy(recruiter.organisation, { positions: 1 });
    const elsewhere = await t.factory.vacancy(otherRecruiter.organisation);
    const { person, code } = await candidate(vacancy);
    const own = await t.factory.candidacy(person, vacancy, 'SHORTLISTED');
    const other = await t.factory.candidacy(person, elsewhere, 'MET');
    const rival = await candidate(vacancy);
    const rivalCandidacy = await t.factory.candidacy(rival.person, vacancy, 'MET');

    const res = await hireByCode(vacancy.id, code);
    expect(res.status, res.text).toBe(201);
    const placement = placementSchema.parse(res.json);
    // The person's own candidacy for this vacancy became the hire.
    expect(placement.candidacyId).toBe(own.id);
    const hired = staffCandidacyDetailSchema.parse(
      (await t.request('GET', `/api/candidacies/${own.id}`, { token: admin.token })).json,
    );
    expect(hired.status).toBe('HIRED');
    expect(hired.transitions.at(-1)).toMatchObject({ from: 'SHORTLISTED', to: 'HIRED', mover: 'EMPLOYER' });

    const em = t.orm.em.fork();
    expect(await em.findOneOrFail(Candidacy, { id: other.id })).toMatchObject({
      status: 'WITHDRAWN',
      reasonCode: 'HIRED_ELSEWHERE',
    });
    expect(await em.findOneOrFail(Candidacy, { id: rivalCandidacy.id })).toMatchObject({
      status: 'VACANCY_CLOSED',
      reasonCode: 'VACANCY_FILLED',
    });
    expect((await em.findOneOrFail(Vacancy, { id: vacancy.id })).status).toBe('FILLED');
    const pipeline = vacancyPipelineSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancy.id}/pipeline`, { token: recruiter.token })).json,
    );
    expect(pipeline).toMatchObject({ positions: 1, filledPositions: 1, openPositions: 0 });

    // Every position is taken: the next hire is refused, and nothing is written.
    const next = await hireByCode(vacancy.id, rival.code);
    expect(next.status, next.text).toBe(409);
    expect(next.json.detail).toContain('Alle plaatsen van deze vacature zijn al vervuld');
    expect(await t.orm.em.fork().count(Placement, { jobSeeker: rival.person.id })).toBe(0);
  });

  it('opens a candidacy when there was none, logged as a hire by the one who recorded it', async () => {
    const vacancy = await t.factory.vacancy(recruiter.organisation, { positions: 3 });
    const { person } = await candidate(vacancy);
    const res = await t.request('POST', '/api/placements', {
      token: coach.token,
      body: { vacancyId: vacancy.id, jobSeekerId: person.id },
    });
    expect(res.status, res.text).toBe(201);
    const placement = placementSchema.parse(res.json);
    const hired = staffCandidacyDetailSchema.parse(
      (await t.request('GET', `/api/candidacies/${placement.candidacyId}`, { token: admin.token })).json,
    );
    expect(hired.transitions.map((step) => [step.from, step.to, step.mover])).toEqual([
      [null, 'PROPOSED', 'LIFECOACH'],
      ['PROPOSED', 'HIRED', 'LIFECOACH'],
    ]);
    const pipeline = vacancyPipelineSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancy.id}/pipeline`, { token: recruiter.token })).json,
    );
    expect(pipeline).toMatchObject({ positions: 3, filledPositions: 1, openPositions: 2 });
  });
});
