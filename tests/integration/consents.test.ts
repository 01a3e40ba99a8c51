import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import {
  consentOverviewSchema,
  consentRecordSchema,
  consentTextListSchema,
} from '../../src/modules/consents/consent.schemas';
import { hasConsent } from '../../src/modules/consents/consent.service';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { jobSeekerSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coachA: TestUser;
let coachB: TestUser;
let partner: TestUser;
let recruiter: TestUser;
let mentor: TestUser;
let trajectoryCoordinator: TestUser;
let employerOne: Organisation;
let employerTwo: Organisation;
let outsiders: TestUser[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coachA = await t.factory.user('LIFECOACH', admin.organisation);
  coachB = await t.factory.user('LIFECOACH', admin.organisation);
  partner = await t.factory.user('PARTNER_WORKER');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  employerOne = recruiter.organisation;
  employerTwo = await t.factory.organisation('EMPLOYER');
  mentor = await t.factory.user('MENTOR', employerOne);
  trajectoryCoordinator = await t.factory.user('TRAJECTORY_COORDINATOR');
  outsiders = [recruiter, mentor, trajectoryCoordinator];
});
afterAll(() => t.close());

function expectProblem(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
}

const consentsPath = (seeker: { id: string }) => `/api/job-seekers/${seeker.id}/consents`;

async function record(user: TestUser, seeker: { id: string }, body: Record<string, unknown>) {
  const res = await t.request('POST', consentsPath(seeker), { token: user.token, body });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return consentRecordSchema.parse(res.json);
}

async function overview(user: TestUser, seeker: { id: string }) {
  const res = await t.request('GET', consentsPath(seeker), { token: user.token });
  expect(res.status).toBe(200);
  return consentOverviewSchema.parse(res.json);
}

const consentOf = (seeker: JobSeeker, purpose: Parameters<typeof hasConsent>[2], employerId?: string) =>
  hasConsent(t.orm.em.fork(), seeker.id, purpose, employerId);

async function auditOf(jobSeekerId: string) {
  const res = await t.request(
    'GET',
    `/api/audit-entries?entityType=job_seeker&entityId=${jobSeekerId}&limit=100`,
    {
      token: admin.token,
    },
  );
  return { entries: pageSchema(auditEntrySchema).parse(res.json).items, raw: JSON.stringify(res.json) };
}

describe('GET /api/consent-texts', () => {
  it('gives every purpose exactly one current text, in plain Dutch with an English version', async () => {
    const res = await t.request('GET', '/api/consent-texts', { token: coachA.token });
    expect(res.status).toBe(200);
    const { items } = consentTextListSchema.parse(res.json);
    const current = items.filter((text) => text.current);
    expect(current.map((text) => text.purpose).sort()).toEqual(
      ['MATCHING', 'MEET_AND_GREET', 'PROFILE_SHARING', 'PROGRAMME_PROCESSING', 'SPECIAL_CATEGORIES'].sort(),
    );
    expect(current.find((text) => text.purpose === 'MATCHING')).toMatchObject({
      version: 'matching-v1',
      text: expect.stringContaining('Je mag elke match weigeren'),
      textEn: expect.stringContaining('You may turn down any match'),
    });
  });

  it('answers 401 without a token and 403 to partner workers, employer and trajectory roles', async () => {
    expectProblem(await t.request('GET', '/api/consent-texts'), 401, 'UNAUTHENTICATED');
    for (const caller of [partner, ...outsiders]) {
      expectProblem(await t.request('GET', '/api/consent-texts', { token: caller.token }), 403, 'FORBIDDEN');
    }
  });
});

describe('recording consent', () => {
  it('records consent given and withdrawn; the latest word counts, and matching depends on it', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    expect(await consentOf(seeker, 'MATCHING')).toBe(false); // never asked is no consent

    const given = await record(coachA, seeker, {
      purpose: 'MATCHING',
      given: true,
      textVersion: 'matching-v1',
    });
    expect(given).toMatchObject({
      jobSeekerId: seeker.id,
      purpose: 'MATCHING',
      employerOrganisationId: null,
      given: true,
      textVersion: 'matching-v1',
      recordedByUserId: coachA.user.id,
    });
    expect(Math.abs(Date.parse(given.recordedAt) - Date.now())).toBeLessThan(60_000);
    expect(await consentOf(seeker, 'MATCHING')).toBe(true);
    expect(await consentOf(seeker, 'MEET_AND_GREET')).toBe(false);

    const withdrawn = await record(coachA, seeker, {
      purpose: 'MATCHING',
      given: false,
      textVersion: 'matching-v1',
    });
    expect(await consentOf(seeker, 'MATCHING')).toBe(false);

    const state = await overview(coachA, seeker);
    expect(state.current).toEqual([
      expect.objectContaining({ purpose: 'MATCHING', given: false, textVersionIsCurrent: true }),
    ]);
    expect(state.history.map((item) => item.id)).toEqual([withdrawn.id, given.id]);
  });

  it('keeps the order of records made within the same millisecond', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const body = { purpose: 'MEET_AND_GREET', textVersion: 'meet-and-greet-v1' };
    const ids: string[] = [];
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() }); // every request sees the same moment
    try {
      for (const given of [true, false, true, false, true, false]) {
        ids.push((await record(coachA, seeker, { ...body, given })).id);
      }
    } finally {
      vi.useRealTimers();
    }
    expect(await consentOf(seeker, 'MEET_AND_GREET')).toBe(false);
    const state = await overview(coachA, seeker);
    expect(state.history.map((item) => item.id)).toEqual([...ids].reverse());
    expect(state.current).toEqual([expect.objectContaining({ purpose: 'MEET_AND_GREET', given: false })]);
  });

  it('keeps profile sharing per named employer', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    await record(coachA, seeker, {
      purpose: 'PROFILE_SHARING',
      given: true,
      textVersion: 'profile-sharing-v1',
      employerOrganisationId: employerOne.id,
    });
    expect(await consentOf(seeker, 'PROFILE_SHARING', employerOne.id)).toBe(true);
    expect(await consentOf(seeker, 'PROFILE_SHARING', employerTwo.id)).toBe(false);

    await record(coachA, seeker, {
      purpose: 'PROFILE_SHARING',
      given: false,
      textVersion: 'profile-sharing-v1',
      employerOrganisationId: employerTwo.id,
    });
    await record(coachA, seeker, {
      purpose: 'PROGRAMME_PROCESSING',
      given: true,
      textVersion: 'programme-processing-v1',
    });
    const state = await overview(coachA, seeker);
    expect(state.current.map((item) => [item.purpose, item.employerOrganisationId, item.given])).toEqual([
      ['PROGRAMME_PROCESSING', null, true],
      ...[
        ['PROFILE_SHARING', employerOne.id, true],
        ['PROFILE_SHARING', employerTwo.id, false],
      ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))),
    ]);
    expect(await consentOf(seeker, 'PROFILE_SHARING', employerOne.id)).toBe(true);
  });

  it('shows the current consents in the whole record of the person', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    await record(coachA, seeker, { purpose: 'MATCHING', given: true, textVersion: 'matching-v1' });
    const res = await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token });
    const record_ = jobSeekerSchema.parse(res.json);
    expect(record_.consents).toEqual((await overview(coachA, seeker)).current);
    expect(record_.consents).toHaveLength(1);
  });

  it('lets programme staff record consent for anyone', async () => {
    const seeker = await t.factory.jobSeeker(coachB.user);
    const recorded = await record(admin, seeker, {
      purpose: 'MATCHING',
      given: true,
      textVersion: 'matching-v1',
    });
    expect(recorded.recordedByUserId).toBe(admin.user.id);
  });

  it('asks hasConsent callers for an employer exactly when the purpose is profile sharing', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    await expect(consentOf(seeker, 'PROFILE_SHARING')).rejects.toThrow(TypeError);
    await expect(consentOf(seeker, 'MATCHING', employerOne.id)).rejects.toThrow(TypeError);
  });

  it('audits recording and reading without personal data', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { fullName: 'Noor Haddou' });
    const post = await t.request('POST', consentsPath(seeker), {
      token: coachA.token,
      body: { purpose: 'MATCHING', given: true, textVersion: 'matching-v1' },
    });
    const get = await t.request('GET', consentsPath(seeker), { token: coachA.token });
    const { entries, raw } = await auditOf(seeker.id);
    expect(entries.find((entry) => entry.action === 'consent.recorded')).toMatchObject({
      actorUserId: coachA.user.id,
      requestId: post.headers.get('x-request-id'),
      fields: ['consents.MATCHING'],
    });
    expect(entries.find((entry) => entry.action === 'consent.viewed')).toMatchObject({
      actorUserId: coachA.user.id,
      requestId: get.headers.get('x-request-id'),
    });
    for (const personal of ['Noor', 'Haddou', seeker.phone]) expect(raw).not.toContain(personal);
  });
});

describe('recording consent: bad input', () => {
  const cases: [rule: string, body: () => Record<string, unknown>, path: string[]][] = [
    ['purpose missing', () => ({ given: true, textVersion: 'matching-v1' }), ['purpose']],
    [
      'purpose unknown',
      () => ({ purpose: 'MARKETING', given: true, textVersion: 'matching-v1' }),
      ['purpose'],
    ],
    ['given missing', () => ({ purpose: 'MATCHING', textVersion: 'matching-v1' }), ['given']],
    [
      'given not a boolean',
      () => ({ purpose: 'MATCHING', given: 'ja', textVersion: 'matching-v1' }),
      ['given'],
    ],
    ['text version missing', () => ({ purpose: 'MATCHING', given: true }), ['textVersion']],
    [
      'text version unknown',
      () => ({ purpose: 'MATCHING', given: true, textVersion: 'matching-v9' }),
      ['textVersion'],
    ],
    [
      'text version of another purpose',
      () => ({ purpose: 'MEET_AND_GREET', given: true, textVersion: 'matching-v1' }),
      ['textVersion'],
    ],
    [
      'profile sharing without an employer',
      () => ({ purpose: 'PROFILE_SHARING', given: true, textVersion: 'profile-sharing-v1' }),
      ['employerOrganisationId'],
    ],
    [
      'an employer for another purpose',
      () => ({
        purpose: 'MATCHING',
        given: true,
        textVersion: 'matching-v1',
        employerOrganisationId: employerOne.id,
      }),
      ['employerOrganisationId'],
    ],
    [
      'an employer that is a partner organisation',
      () => ({
        purpose: 'PROFILE_SHARING',
        given: true,
        textVersion: 'profile-sharing-v1',
        employerOrganisationId: partner.organisation.id,
      }),
      ['employerOrganisationId'],
    ],
    [
      'an employer that does not exist',
      () => ({
        purpose: 'PROFILE_SHARING',
        given: true,
        textVersion: 'profile-sharing-v1',
        employerOrganisationId: crypto.randomUUID(),
      }),
      ['employerOrganisationId'],
    ],
    [
      'an employer id that is not an id',
      () => ({
        purpose: 'PROFILE_SHARING',
        given: true,
        textVersion: 'profile-sharing-v1',
        employerOrganisationId: 'x',
      }),
      ['employerOrganisationId'],
    ],
    [
      'unknown field',
      () => ({ purpose: 'MATCHING', given: true, textVersion: 'matching-v1', signedOnPaper: true }),
      ['signedOnPaper'],
    ],
  ];

  it.each(cases)('refuses: %s, and records nothing', async (_rule, body, path) => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const res = await t.request('POST', consentsPath(seeker), { token: coachA.token, body: body() });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path)).toContainEqual(path);
    expect((await overview(coachA, seeker)).history).toEqual([]);
  });

  it('answers 422 for a path id that is not an id', async () => {
    const res = await t.request('GET', '/api/job-seekers/abc/consents', { token: coachA.token });
    expect(problemSchema.parse(res.json).errors?.[0]?.path).toEqual(['id']);
  });
});

describe('consents: security', () => {
  const body = { purpose: 'MATCHING', given: true, textVersion: 'matching-v1' };

  it('answers 401 without a token', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    expectProblem(await t.request('GET', consentsPath(seeker)), 401, 'UNAUTHENTICATED');
    expectProblem(await t.request('POST', consentsPath(seeker), { body }), 401, 'UNAUTHENTICATED');
  });

  it('answers 404 to another lifecoach, and 404 for an unknown person', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    expectProblem(await t.request('GET', consentsPath(seeker), { token: coachB.token }), 404, 'NOT_FOUND');
    expectProblem(
      await t.request('POST', consentsPath(seeker), { token: coachB.token, body }),
      404,
      'NOT_FOUND',
    );
    const unknown = { id: crypto.randomUUID() };
    expectProblem(
      await t.request('POST', consentsPath(unknown), { token: admin.token, body }),
      404,
      'NOT_FOUND',
    );
    expect((await overview(coachA, seeker)).history).toEqual([]);
  });

  it('refuses the referring partner worker with 403: consents are not registration data', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { referringOrganisation: partner.organisation });
    expect((await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: partner.token })).status).toBe(
      200,
    );
    expectProblem(await t.request('GET', consentsPath(seeker), { token: partner.token }), 403, 'FORBIDDEN');
    expectProblem(
      await t.request('POST', consentsPath(seeker), { token: partner.token, body }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses employer and trajectory roles with 403', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    for (const outsider of outsiders) {
      expectProblem(
        await t.request('GET', consentsPath(seeker), { token: outsider.token }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await t.request('POST', consentsPath(seeker), { token: outsider.token, body }),
        403,
        'FORBIDDEN',
      );
    }
    expect((await overview(coachA, seeker)).history).toEqual([]);
  });

  it('follows the person to the new lifecoach after a handover', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    await record(coachA, seeker, body);
    const handover = await t.request('POST', `/api/job-seekers/${seeker.id}/handover`, {
      token: coachA.token,
      body: { toLifecoachId: coachB.user.id, note: 'Graag verder met matchen in de zorg.' },
    });
    expect(handover.status).toBe(201);
    expectProblem(await t.request('GET', consentsPath(seeker), { token: coachA.token }), 404, 'NOT_FOUND');
    expect((await overview(coachB, seeker)).current).toEqual([
      expect.objectContaining({ purpose: 'MATCHING', given: true, recordedByUserId: coachA.user.id }),
    ]);
  });
});
