import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { CandidacyTransition } from '../../src/modules/candidacies/candidacy.entity';
import type { CandidacyStatus } from '../../src/modules/candidacies/candidacy-rules';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import { fairnessReportSchema, socialReturnReportSchema } from '../../src/modules/reports/report.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let advisory: TestUser;
let recruiterA: TestUser;
let recruiterB: TestUser;
let employerA: Organisation;
let employerB: Organisation;
const people: JobSeeker[] = [];

/** A person of the given birth date with a candidacy at `employer` that got to `status` (NOT_SELECTED: after PROPOSED). */
async function candidacy(employer: Organisation, dateOfBirth: string, status: CandidacyStatus) {
  const person = await t.factory.jobSeeker(coach.user, { dateOfBirth });
  people.push(person);
  const vacancy = await t.factory.vacancy(employer);
  const made = await t.factory.candidacy(person, vacancy, status);
  if (status === 'NOT_SELECTED') {
    const em = t.orm.em.fork();
    em.create(CandidacyTransition, {
      candidacy: made.id,
      fromStatus: 'PROPOSED',
      toStatus: 'NOT_SELECTED',
      reasonCode: 'COMPETENCE_GAP',
      note: null,
      mover: 'EMPLOYER',
      actorUserId: null,
      actorOrganisationId: employer.id,
      occurredAt: new Date(),
    });
    await em.flush();
  }
}

async function placed(employer: Organisation, startDate: string) {
  const person = await t.factory.jobSeeker(coach.user, { dateOfBirth: '1980-01-01' });
  people.push(person);
  await t.factory.placement(person, await t.factory.vacancy(employer), {
    startDate,
    contractHoursPerWeek: 32,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  advisory = await t.factory.user('ADVISORY_GROUP', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  employerA = recruiterA.organisation;
  employerB = recruiterB.organisation;
  // Hand-counted fixture at employer A (12 candidacies):
  //   under 27: 5 got as far as INVITED (all shortlisted);
  //   27–49:    2 got as far as INVITED (a group too small for a rate);
  //   50+:      5 not selected straight after being proposed.
  for (let i = 0; i < 5; i++) await candidacy(employerA, '2005-01-01', 'INVITED');
  for (let i = 0; i < 2; i++) await candidacy(employerA, '1985-01-01', 'INVITED');
  for (let i = 0; i < 5; i++) await candidacy(employerA, '1960-01-01', 'NOT_SELECTED');
  // Employer B: 2 candidacies, too few for a row of its own.
  for (let i = 0; i < 2; i++) await candidacy(employerB, '1960-01-01', 'NOT_SELECTED');
  // Placements: 6 at A and 2 at B, all from 1 June 2026, 32 hours a week.
  for (let i = 0; i < 6; i++) await placed(employerA, '2026-06-01');
  for (let i = 0; i < 2; i++) await placed(employerB, '2026-06-01');
});
afterAll(() => t.close());

describe('GET /api/reports/fairness', () => {
  it('gives the rate per age band per step and flags a ratio below four-fifths', async () => {
    const res = await t.request('GET', '/api/reports/fairness', { token: admin.token });
    expect(res.status).toBe(200);
    const report = fairnessReportSchema.parse(res.json);
    const shortlisting = report.overall.find((s) => s.step === 'SHORTLISTED');
    expect(shortlisting?.bands.map((b) => [b.ageBand, b.considered, b.passed, b.rate, b.flagged])).toEqual([
      ['UNDER_27', { count: 5, small: false }, { count: 5, small: false }, 1, false],
      ['FROM_27_TO_49', { count: null, small: true }, { count: null, small: true }, null, false],
      // 50+ overall: 5 at A and 2 at B considered, none shortlisted.
      ['FROM_50', { count: 7, small: false }, { count: 0, small: false }, 0, true],
    ]);
    expect(shortlisting?.flagged).toBe(true);
    // Only employer A has 5 or more candidacies.
    expect(report.employers.map((e) => e.employerName)).toEqual([employerA.name]);
    const atA = report.employers[0]?.steps.find((s) => s.step === 'SHORTLISTED');
    expect(atA?.bands.find((b) => b.ageBand === 'FROM_50')?.considered).toEqual({ count: 5, small: false });
    expect(report.rule).toContain('< 5');
  });

  it('answers 422 with the field path when the period runs backwards', async () => {
    const res = await t.request('GET', '/api/reports/fairness?from=2026-05-01&to=2026-01-01', {
      token: admin.token,
    });
    expect(res.status).toBe(422);
    expect(problemSchema.parse(res.json).errors?.map((e) => e.path)).toContainEqual(['to']);
  });

  it('answers any valid calendar date, even year 0000, without an error', async () => {
    for (const query of ['?from=0000-01-01&to=9999-12-31', '?to=0001-01-01'])
      for (const path of ['/api/reports/fairness', '/api/reports/social-return'])
        expect((await t.request('GET', path + query, { token: admin.token })).status, path + query).toBe(200);
  });

  it('is never shown to an employer', async () => {
    expect((await t.request('GET', '/api/reports/fairness', { token: recruiterA.token })).status).toBe(403);
  });
});

describe('GET /api/reports/social-return', () => {
  const june = '?from=2026-06-01&to=2026-06-30';

  it('counts hires, hours and months per employer, with fewer than 5 people as "< 5"', async () => {
    const res = await t.request('GET', `/api/reports/social-return${june}`, { token: admin.token });
    expect(res.status).toBe(200);
    const report = socialReturnReportSchema.parse(res.json);
    const a = report.employers.find((e) => e.employerName === employerA.name);
    // 6 people × 32 hours × 30 days / 7 = 822.9 hours; 6 × 30 / 30.44 = 5.9 months.
    expect(a).toMatchObject({
      people: { count: 6, small: false },
      hired: { count: 6, small: false },
      hoursWorked: 823,
      monthsEmployed: 5.9,
      paid: { count: 6, small: false },
      underCao: { count: 6, small: false },
      learnWork: { count: 0, small: false },
    });
    const b = report.employers.find((e) => e.employerName === employerB.name);
    expect(b).toMatchObject({
      people: { count: null, small: true },
      hoursWorked: null,
      monthsEmployed: null,
    });
  });

  it('gives an employer its own report only', async () => {
    const own = socialReturnReportSchema.parse(
      (await t.request('GET', `/api/reports/social-return${june}`, { token: recruiterA.token })).json,
    );
    expect(own.employers.map((e) => e.employerName)).toEqual([employerA.name]);
    const ownB = socialReturnReportSchema.parse(
      (await t.request('GET', `/api/reports/social-return${june}`, { token: recruiterB.token })).json,
    );
    expect(ownB.employers.map((e) => e.employerName)).toEqual([employerB.name]);
  });

  it('answers 401 without a token and 403 for a lifecoach', async () => {
    expect((await t.request('GET', '/api/reports/social-return')).status).toBe(401);
    expect((await t.request('GET', '/api/reports/social-return', { token: coach.token })).status).toBe(403);
  });
});

describe('the advisory group and person-level data', () => {
  it('reads the reports', async () => {
    for (const path of ['/api/reports/fairness', '/api/reports/social-return', '/api/placement-retention'])
      expect((await t.request('GET', path, { token: advisory.token })).status, path).toBe(200);
  });

  it('reads nothing else: no people, placements, organisations, users, candidacies or notes', async () => {
    for (const path of [
      '/api/job-seekers',
      '/api/placements',
      '/api/organisations',
      '/api/users',
      '/api/candidacies',
      '/api/reports/not-selected-reasons',
      `/api/job-seekers/${people[0]?.id}`,
    ]) {
      const status = (await t.request('GET', path, { token: advisory.token })).status;
      expect([403, 404], path).toContain(status);
    }
  });

  it('no report answer holds a person’s id or name', async () => {
    for (const path of [
      '/api/reports/fairness',
      '/api/reports/social-return?from=2026-06-01&to=2026-06-30',
    ]) {
      const body = JSON.stringify((await t.request('GET', path, { token: admin.token })).json);
      for (const person of people) {
        expect(body).not.toContain(person.id);
        expect(body).not.toContain(person.fullName);
      }
    }
  });
});
