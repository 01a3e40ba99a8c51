import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import {
  duplicateMetaSchema,
  jobSeekerListItemSchema,
  jobSeekerRegistrationSchema,
  jobSeekerSchema,
  jobSeekerSummarySchema,
  lifecoachAssignmentSchema,
  lifecoachHistorySchema,
  lifecoachRefSchema,
} from '../../src/modules/job-seekers/job-seeker.schemas';
import type { Organisation } from '../../src/modules/organisations/organisation.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coachA: TestUser;
let coachB: TestUser;
let inactiveCoach: TestUser;
let partnerOne: TestUser;
let partnerTwo: TestUser;
let recruiter: TestUser;
let mentor: TestUser;
let trajectoryCoordinator: TestUser;
let employerOrg: Organisation;

/** Roles that must see nothing of the job-seekers module. */
let outsiders: TestUser[];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coachA = await t.factory.user('LIFECOACH', admin.organisation);
  coachB = await t.factory.user('LIFECOACH', admin.organisation);
  inactiveCoach = await t.factory.user('LIFECOACH', admin.organisation);
  await t.request('PATCH', `/api/users/${inactiveCoach.user.id}`, {
    token: admin.token,
    body: { active: false, version: 1 },
  });
  partnerOne = await t.factory.user('PARTNER_WORKER');
  partnerTwo = await t.factory.user('PARTNER_WORKER');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  employerOrg = recruiter.organisation;
  mentor = await t.factory.user('MENTOR', employerOrg);
  trajectoryCoordinator = await t.factory.user('TRAJECTORY_COORDINATOR');
  outsiders = [recruiter, mentor, trajectoryCoordinator];
});
afterAll(() => t.close());

let phoneSequence = 0;
/** A fresh Dutch mobile number written the way people write it: '06-11 00 00 01'. */
const freshPhone = () => {
  const digits = String(++phoneSequence).padStart(6, '0');
  return `06-11 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
};
const stored = (written: string) => written.replace(/\D/g, '');

const registration = (overrides: Record<string, unknown> = {}) => ({
  fullName: `Aanmelding ${++phoneSequence}`,
  phone: freshPhone(),
  postcode: '3011 ab',
  ...overrides,
});

function expectProblem(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
}

function expectInvalid(res: { status: number; json: unknown }, path: (string | number)[]) {
  const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
  expect(problem.errors?.map((error) => error.path)).toContainEqual(path);
  return problem;
}

async function auditOf(jobSeekerId: string) {
  const res = await t.request(
    'GET',
    `/api/audit-entries?entityType=job_seeker&entityId=${jobSeekerId}&limit=100`,
    {
      token: admin.token,
    },
  );
  expect(res.status).toBe(200);
  return { entries: pageSchema(auditEntrySchema).parse(res.json).items, raw: JSON.stringify(res.json) };
}

const actionsOf = async (jobSeekerId: string) => (await auditOf(jobSeekerId)).entries.map((e) => e.action);

async function registerAs(user: TestUser, overrides: Record<string, unknown> = {}) {
  const res = await t.request('POST', '/api/job-seekers', {
    token: user.token,
    body: registration(overrides),
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as { id: string; view: string };
}

describe('POST /api/job-seekers: registering', () => {
  it('lets a lifecoach register someone into their own caseload, normalising phone and postcode', async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: coachA.token,
      body: {
        fullName: '  Özlem   Yılmaz ',
        phone: '+31 6 2200 0001',
        email: 'Ozlem@Example.NL',
        postcode: '3011ab',
        dateOfBirth: '1988-03-14',
        preferredLanguage: 'TR',
      },
    });
    expect(res.status).toBe(201);
    const created = jobSeekerSchema.parse(res.json);
    expect(created).toMatchObject({
      view: 'FULL',
      fullName: 'Özlem Yılmaz',
      phone: '0622000001',
      email: 'ozlem@example.nl',
      postcode: '3011',
      postcodeFull: '3011 AB',
      dateOfBirth: '1988-03-14',
      preferredLanguage: 'tr',
      referringOrganisationId: null,
      registeredByUserId: coachA.user.id,
      responsibleLifecoach: { id: coachA.user.id, displayName: coachA.user.displayName },
      segment: { current: null, reviewDate: null, reviewDue: false },
      consents: [],
      version: 1,
    });

    const history = await t.request('GET', `/api/job-seekers/${created.id}/lifecoach-history`, {
      token: coachA.token,
    });
    expect(lifecoachHistorySchema.parse(history.json).items).toEqual([
      expect.objectContaining({
        lifecoach: { id: coachA.user.id, displayName: coachA.user.displayName },
        endedAt: null,
        handoverNote: null,
        assignedByUserId: coachA.user.id,
      }),
    ]);

    const { entries, raw } = await auditOf(created.id);
    const createdEntry = entries.find((entry) => entry.action === 'job_seeker.created');
    expect(createdEntry).toMatchObject({
      actorUserId: coachA.user.id,
      requestId: res.headers.get('x-request-id'),
    });
    expect(createdEntry?.fields).toEqual(
      expect.arrayContaining(['fullName', 'phone', 'email', 'postcode', 'dateOfBirth', 'preferredLanguage']),
    );
    for (const personal of [
      'Özlem',
      'Yılmaz',
      '0622000001',
      '2200',
      'ozlem@example.nl',
      '1988-03-14',
      '3011',
    ]) {
      expect(raw).not.toContain(personal);
    }
  });

  it('defaults the contact language to Dutch', async () => {
    const created = jobSeekerSchema.parse(await registerAs(coachA));
    expect(created.preferredLanguage).toBe('nl');
  });

  it('lets a partner worker register for their own organisation and answers with registration data only', async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: partnerOne.token,
      body: registration({ lifecoachId: coachA.user.id }),
    });
    expect(res.status).toBe(201);
    const created = jobSeekerRegistrationSchema.parse(res.json);
    expect(created.referringOrganisationId).toBe(partnerOne.organisation.id);
    expect(res.json).not.toHaveProperty('responsibleLifecoach');

    const asCoach = await t.request('GET', `/api/job-seekers/${created.id}`, { token: coachA.token });
    expect(jobSeekerSchema.parse(asCoach.json)).toMatchObject({
      responsibleLifecoach: { id: coachA.user.id },
      registeredByUserId: partnerOne.user.id,
      referringOrganisationId: partnerOne.organisation.id,
    });
  });

  it('lets a partner worker name their own organisation, but no other', async () => {
    const own = await t.request('POST', '/api/job-seekers', {
      token: partnerOne.token,
      body: registration({
        lifecoachId: coachA.user.id,
        referringOrganisationId: partnerOne.organisation.id,
      }),
    });
    expect(own.status).toBe(201);
    const other = await t.request('POST', '/api/job-seekers', {
      token: partnerOne.token,
      body: registration({
        lifecoachId: coachA.user.id,
        referringOrganisationId: partnerTwo.organisation.id,
      }),
    });
    expectInvalid(other, ['referringOrganisationId']);
  });

  it('lets programme staff register with a named lifecoach and referring partner', async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: admin.token,
      body: registration({
        lifecoachId: coachB.user.id,
        referringOrganisationId: partnerTwo.organisation.id,
      }),
    });
    expect(res.status).toBe(201);
    expect(jobSeekerSchema.parse(res.json)).toMatchObject({
      responsibleLifecoach: { id: coachB.user.id },
      referringOrganisationId: partnerTwo.organisation.id,
    });
  });

  it('lets a lifecoach register someone for a colleague, who then is the one to see them', async () => {
    const created = await registerAs(coachA, { lifecoachId: coachB.user.id });
    expect((await t.request('GET', `/api/job-seekers/${created.id}`, { token: coachB.token })).status).toBe(
      200,
    );
    expect((await t.request('GET', `/api/job-seekers/${created.id}`, { token: coachA.token })).status).toBe(
      404,
    );
  });
});

describe('POST /api/job-seekers: bad input', () => {
  const cases: [rule: string, body: () => Record<string, unknown>, path: string[]][] = [
    ['full name missing', () => registration({ fullName: undefined }), ['fullName']],
    ['full name too short', () => registration({ fullName: ' A ' }), ['fullName']],
    ['full name too long', () => registration({ fullName: 'A'.repeat(201) }), ['fullName']],
    ['phone missing', () => registration({ phone: undefined }), ['phone']],
    ['phone malformed', () => registration({ phone: '06 1234' }), ['phone']],
    ['phone with letters', () => registration({ phone: '06-CALL-ME' }), ['phone']],
    ['email malformed', () => registration({ email: 'not-an-email' }), ['email']],
    ['postcode missing', () => registration({ postcode: undefined }), ['postcode']],
    ['postcode malformed', () => registration({ postcode: '30111' }), ['postcode']],
    ['postcode with excluded letters', () => registration({ postcode: '3011 SS' }), ['postcode']],
    ['postcode area unknown', () => registration({ postcode: '3090' }), ['postcode']],
    ['date of birth in another format', () => registration({ dateOfBirth: '14-03-1988' }), ['dateOfBirth']],
    ['date of birth not a date', () => registration({ dateOfBirth: '1988-02-30' }), ['dateOfBirth']],
    ['date of birth in the future', () => registration({ dateOfBirth: '2999-01-01' }), ['dateOfBirth']],
    ['date of birth of a child', () => registration({ dateOfBirth: youngerThanFifteen() }), ['dateOfBirth']],
    ['date of birth too long ago', () => registration({ dateOfBirth: '1900-01-01' }), ['dateOfBirth']],
    ['language not ISO 639-1', () => registration({ preferredLanguage: 'xx' }), ['preferredLanguage']],
    ['language written out', () => registration({ preferredLanguage: 'dutch' }), ['preferredLanguage']],
    [
      'referring organisation unknown',
      () => registration({ referringOrganisationId: crypto.randomUUID() }),
      ['referringOrganisationId'],
    ],
    [
      'referring organisation is an employer',
      () => registration({ referringOrganisationId: employerOrg.id }),
      ['referringOrganisationId'],
    ],
    [
      'referring organisation not a uuid',
      () => registration({ referringOrganisationId: 'partner-1' }),
      ['referringOrganisationId'],
    ],
    ['lifecoach unknown', () => registration({ lifecoachId: crypto.randomUUID() }), ['lifecoachId']],
    [
      'lifecoach is not a lifecoach',
      () => registration({ lifecoachId: partnerOne.user.id }),
      ['lifecoachId'],
    ],
    ['lifecoach is inactive', () => registration({ lifecoachId: inactiveCoach.user.id }), ['lifecoachId']],
    ['unknown field', () => registration({ bsn: '123456782' }), ['bsn']],
  ];

  it.each(cases)('refuses: %s', async (_rule, body, path) => {
    const sent = body();
    const res = await t.request('POST', '/api/job-seekers', { token: coachA.token, body: sent });
    expectInvalid(res, path);
    // Nothing was written: the same data registers fine once corrected.
    if (typeof sent.phone === 'string' && path[0] !== 'phone') {
      const search = await t.request('GET', `/api/job-seekers?q=${encodeURIComponent(sent.phone)}`, {
        token: admin.token,
      });
      expect(search.json.items).toEqual([]);
    }
  });

  it('requires programme staff and partner workers to name the lifecoach', async () => {
    for (const caller of [admin, partnerOne]) {
      const res = await t.request('POST', '/api/job-seekers', { token: caller.token, body: registration() });
      expectInvalid(res, ['lifecoachId']);
    }
  });

  it('reports every invalid field at once', async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: admin.token,
      body: registration({
        postcode: '3090',
        lifecoachId: partnerOne.user.id,
        referringOrganisationId: employerOrg.id,
      }),
    });
    const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
    expect(problem.errors?.map((error) => error.path[0]).sort()).toEqual([
      'lifecoachId',
      'postcode',
      'referringOrganisationId',
    ]);
  });
});

function youngerThanFifteen() {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - 10);
  return date.toISOString().slice(0, 10);
}

describe('POST /api/job-seekers: likely duplicates', () => {
  it('refuses the same phone in another notation, naming the record the caller may see', async () => {
    const phone = freshPhone();
    const first = await registerAs(coachA, { phone });
    const international = `+31 ${stored(phone).slice(1)}`;
    const res = await t.request('POST', '/api/job-seekers', {
      token: coachA.token,
      body: registration({ phone: international, fullName: 'Iemand Anders' }),
    });
    const problem = expectProblem(res, 409, 'DUPLICATE');
    expect(duplicateMetaSchema.parse(problem.meta)).toEqual({
      existingJobSeekerId: first.id,
      matchedOn: 'phone',
    });
  });

  it('refuses the same name (case, accents and spaces aside) with the same date of birth', async () => {
    const first = await registerAs(coachA, { fullName: 'Renée de Bruijn', dateOfBirth: '1979-08-01' });
    const res = await t.request('POST', '/api/job-seekers', {
      token: coachA.token,
      body: registration({ fullName: 'RENEE  DE BRUIJN', dateOfBirth: '1979-08-01' }),
    });
    const problem = expectProblem(res, 409, 'DUPLICATE');
    expect(problem.meta).toEqual({ existingJobSeekerId: first.id, matchedOn: 'nameAndDateOfBirth' });
  });

  it('accepts the same name without or with another date of birth: a name alone is not a person', async () => {
    await registerAs(coachA, { fullName: 'Mohamed Amrani', dateOfBirth: '1990-01-01' });
    await registerAs(coachA, { fullName: 'Mohamed Amrani' });
    await registerAs(coachA, { fullName: 'Mohamed Amrani', dateOfBirth: '1991-01-01' });
  });

  it('does not reveal a record outside the caller’s scope, but says the programme can help', async () => {
    const phone = freshPhone();
    const first = await registerAs(coachA, { phone });
    for (const caller of [coachB, partnerTwo]) {
      const res = await t.request('POST', '/api/job-seekers', {
        token: caller.token,
        body: registration({ phone, lifecoachId: coachB.user.id }),
      });
      const problem = expectProblem(res, 409, 'DUPLICATE');
      expect(problem.meta).toBeUndefined();
      expect(problem.detail).toMatch(/Warm Rotterdam Werkt/);
      expect(JSON.stringify(res.json)).not.toContain(first.id);
    }
    const asAdmin = await t.request('POST', '/api/job-seekers', {
      token: admin.token,
      body: registration({ phone, lifecoachId: coachB.user.id }),
    });
    expect(expectProblem(asAdmin, 409, 'DUPLICATE').meta?.existingJobSeekerId).toBe(first.id);
  });

  it('names the record to the partner worker whose organisation referred it', async () => {
    const phone = freshPhone();
    const first = await registerAs(partnerOne, { phone, lifecoachId: coachA.user.id });
    const res = await t.request('POST', '/api/job-seekers', {
      token: partnerOne.token,
      body: registration({ phone, lifecoachId: coachB.user.id }),
    });
    expect(expectProblem(res, 409, 'DUPLICATE').meta?.existingJobSeekerId).toBe(first.id);
  });

  it('lets only one of several simultaneous registrations of the same person through', async () => {
    // On PostgreSQL these run in parallel transactions: without the registration lock, more than one
    // would pass the duplicate check.
    for (let round = 0; round < 3; round++) {
      const phone = freshPhone();
      const results = await Promise.all(
        [coachA, coachB, admin, partnerOne].map((caller) =>
          t.request('POST', '/api/job-seekers', {
            token: caller.token,
            body: registration({ phone, lifecoachId: coachA.user.id }),
          }),
        ),
      );
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409]);
    }
  });
});

describe('POST /api/job-seekers: security', () => {
  it('answers 401 without a token', async () => {
    expectProblem(
      await t.request('POST', '/api/job-seekers', { body: registration() }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('refuses employer and trajectory roles with 403', async () => {
    for (const outsider of outsiders) {
      const res = await t.request('POST', '/api/job-seekers', {
        token: outsider.token,
        body: registration({ lifecoachId: coachA.user.id }),
      });
      expectProblem(res, 403, 'FORBIDDEN');
    }
  });
});

describe('GET /api/lifecoaches', () => {
  it('lists the active lifecoaches with their id and name only', async () => {
    for (const caller of [partnerOne, admin, coachA]) {
      const res = await t.request('GET', '/api/lifecoaches?limit=100', { token: caller.token });
      expect(res.status).toBe(200);
      const page = pageSchema(lifecoachRefSchema.strict()).parse(res.json);
      const ids = page.items.map((item) => item.id);
      expect(ids).toEqual(expect.arrayContaining([coachA.user.id, coachB.user.id]));
      expect(ids).not.toContain(inactiveCoach.user.id);
      expect(ids).not.toContain(admin.user.id);
      expect(ids).not.toContain(partnerOne.user.id);
    }
  });

  it('pages through the list', async () => {
    const first = await t.request('GET', '/api/lifecoaches?limit=1', { token: partnerOne.token });
    const page = pageSchema(lifecoachRefSchema).parse(first.json);
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const second = await t.request('GET', `/api/lifecoaches?limit=1&cursor=${page.nextCursor}`, {
      token: partnerOne.token,
    });
    expect(second.json.items[0].id).not.toBe(page.items[0]?.id);
  });

  it('refuses bad paging input', async () => {
    expectInvalid(await t.request('GET', '/api/lifecoaches?limit=0', { token: admin.token }), ['limit']);
  });

  it('answers 401 without a token and 403 to employer and trajectory roles', async () => {
    expectProblem(await t.request('GET', '/api/lifecoaches'), 401, 'UNAUTHENTICATED');
    for (const outsider of outsiders) {
      expectProblem(await t.request('GET', '/api/lifecoaches', { token: outsider.token }), 403, 'FORBIDDEN');
    }
  });
});

describe('GET /api/job-seekers/{id}', () => {
  let referred: { id: string };
  beforeAll(async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, {
      fullName: 'Priya Ramdin',
      dateOfBirth: '1992-05-05',
      referringOrganisation: partnerOne.organisation,
      currentSegment: 'LATER',
      segmentReviewDate: '2020-01-01',
    });
    referred = { id: seeker.id };
  });

  it('shows the responsible lifecoach the whole record, and audits the read', async () => {
    const before = (await actionsOf(referred.id)).filter((action) => action === 'job_seeker.viewed').length;
    const res = await t.request('GET', `/api/job-seekers/${referred.id}`, { token: coachA.token });
    expect(res.status).toBe(200);
    expect(jobSeekerSchema.parse(res.json)).toMatchObject({
      view: 'FULL',
      fullName: 'Priya Ramdin',
      responsibleLifecoach: { id: coachA.user.id },
      segment: { current: 'LATER', reviewDate: '2020-01-01', reviewDue: true },
      consents: [],
    });
    const { entries, raw } = await auditOf(referred.id);
    const viewed = entries.filter((entry) => entry.action === 'job_seeker.viewed');
    expect(viewed).toHaveLength(before + 1);
    expect(viewed[0]).toMatchObject({
      actorUserId: coachA.user.id,
      requestId: res.headers.get('x-request-id'),
    });
    for (const personal of ['Priya', 'Ramdin', '1992-05-05', 'LATER']) expect(raw).not.toContain(personal);
  });

  it('shows programme staff the whole record', async () => {
    const res = await t.request('GET', `/api/job-seekers/${referred.id}`, { token: admin.token });
    expect(jobSeekerSchema.parse(res.json).view).toBe('FULL');
  });

  it('shows the referring partner worker the registration data only, and audits that read too', async () => {
    const res = await t.request('GET', `/api/job-seekers/${referred.id}`, { token: partnerOne.token });
    expect(res.status).toBe(200);
    const view = jobSeekerRegistrationSchema.parse(res.json); // strict: no other field may be there
    expect(view).toMatchObject({ view: 'REGISTRATION', fullName: 'Priya Ramdin', dateOfBirth: '1992-05-05' });
    for (const hidden of ['segment', 'consents', 'responsibleLifecoach', 'registeredByUserId', 'version']) {
      expect(res.json).not.toHaveProperty(hidden);
    }
    expect(JSON.stringify(res.json)).not.toContain('LATER');
    const { entries } = await auditOf(referred.id);
    expect(
      entries.some((e) => e.action === 'job_seeker.viewed' && e.actorUserId === partnerOne.user.id),
    ).toBe(true);
  });

  it('answers 404 to another lifecoach and to a partner worker of another organisation', async () => {
    for (const caller of [coachB, partnerTwo]) {
      expectProblem(
        await t.request('GET', `/api/job-seekers/${referred.id}`, { token: caller.token }),
        404,
        'NOT_FOUND',
      );
    }
  });

  it('answers 404 to a partner worker for someone no partner referred', async () => {
    const direct = await t.factory.jobSeeker(coachA.user);
    const res = await t.request('GET', `/api/job-seekers/${direct.id}`, { token: partnerOne.token });
    expectProblem(res, 404, 'NOT_FOUND');
  });

  it('answers 404 for an id that does not exist and 422 for one that is not an id', async () => {
    expectProblem(
      await t.request('GET', `/api/job-seekers/${crypto.randomUUID()}`, { token: admin.token }),
      404,
      'NOT_FOUND',
    );
    expectInvalid(await t.request('GET', '/api/job-seekers/42', { token: admin.token }), ['id']);
  });

  it('answers 401 without a token, and 403 to employer and trajectory roles before looking anything up', async () => {
    expectProblem(await t.request('GET', `/api/job-seekers/${referred.id}`), 401, 'UNAUTHENTICATED');
    for (const outsider of outsiders) {
      for (const id of [referred.id, crypto.randomUUID()]) {
        expectProblem(
          await t.request('GET', `/api/job-seekers/${id}`, { token: outsider.token }),
          403,
          'FORBIDDEN',
        );
      }
    }
  });
});

describe('GET /api/job-seekers: caseload lists and search', () => {
  let coach: TestUser;
  let partner: TestUser;
  const ids: Record<string, string> = {};
  let phoneOfJan = '';
  const names = (res: { json: { items: { fullName: string }[] } }) =>
    res.json.items.map((item) => item.fullName);
  const list = (token: string, query = '') =>
    t.request('GET', `/api/job-seekers?limit=100${query}`, { token });

  beforeAll(async () => {
    coach = await t.factory.user('LIFECOACH', admin.organisation);
    partner = await t.factory.user('PARTNER_WORKER');
    const make = async (name: string, overrides: Parameters<TestApp['factory']['jobSeeker']>[1] = {}) => {
      const seeker = await t.factory.jobSeeker(coach.user, { fullName: name, ...overrides });
      ids[name] = seeker.id;
      return seeker;
    };
    await make('Özlem Yılmaz', {
      currentSegment: 'READY',
      segmentReviewDate: '2020-01-01',
      referringOrganisation: partner.organisation,
    });
    phoneOfJan = (await make('Jan de Vries', { currentSegment: 'LATER', segmentReviewDate: '2999-01-01' }))
      .phone;
    await make('Johan Vriesema');
    await make('Marjan Bakker_100%', { currentSegment: 'NOT_NOW', segmentReviewDate: '2021-06-30' });
    await t.factory.jobSeeker(coachB.user, { fullName: 'Jan de Vries' });
  });

  it('shows a lifecoach their own caseload only, by name, as summaries', async () => {
    const res = await list(coach.token);
    expect(res.status).toBe(200);
    const page = pageSchema(jobSeekerSummarySchema).parse(res.json);
    expect(page.items.map((item) => item.fullName)).toEqual([
      'Jan de Vries',
      'Johan Vriesema',
      'Marjan Bakker_100%',
      'Özlem Yılmaz',
    ]);
    expect(page.items.every((item) => item.responsibleLifecoach.id === coach.user.id)).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it('searches names regardless of case and accents, every word counting', async () => {
    expect(names(await list(coach.token, '&q=ozlem'))).toEqual(['Özlem Yılmaz']);
    expect(names(await list(coach.token, '&q=YILMAZ'))).toEqual(['Özlem Yılmaz']);
    expect(names(await list(coach.token, '&q=vries'))).toEqual(['Jan de Vries', 'Johan Vriesema']);
    expect(names(await list(coach.token, '&q=vries%20jan'))).toEqual(['Jan de Vries']);
    expect(names(await list(coach.token, '&q=pietersen'))).toEqual([]);
  });

  it('searches phone numbers on their digits, in any notation', async () => {
    const written = `+31 ${phoneOfJan.slice(1, 2)} ${phoneOfJan.slice(2, 6)} ${phoneOfJan.slice(6)}`;
    expect(names(await list(coach.token, `&q=${encodeURIComponent(written)}`))).toEqual(['Jan de Vries']);
    expect(names(await list(coach.token, `&q=${phoneOfJan.slice(-6)}`))).toEqual(['Jan de Vries']);
  });

  it('treats % and _ in a search as ordinary characters', async () => {
    expect(names(await list(coach.token, `&q=${encodeURIComponent('%%')}`))).toEqual([]);
    expect(names(await list(coach.token, `&q=${encodeURIComponent('jan_de')}`))).toEqual([]);
    expect(names(await list(coach.token, `&q=${encodeURIComponent('_100%')}`))).toEqual([
      'Marjan Bakker_100%',
    ]);
  });

  it('filters on segment, review due and referring organisation', async () => {
    expect(names(await list(coach.token, '&segment=READY'))).toEqual(['Özlem Yılmaz']);
    expect(names(await list(coach.token, '&reviewDue=true'))).toEqual(['Marjan Bakker_100%', 'Özlem Yılmaz']);
    expect(names(await list(coach.token, '&reviewDue=false'))).toEqual(['Jan de Vries', 'Johan Vriesema']);
    expect(names(await list(coach.token, `&referringOrganisationId=${partner.organisation.id}`))).toEqual([
      'Özlem Yılmaz',
    ]);
    expect(names(await list(coach.token, '&segment=LATER&q=jan'))).toEqual(['Jan de Vries']);
  });

  it('filters on lifecoach, but never past the caller’s own caseload', async () => {
    expect(names(await list(coach.token, `&lifecoachId=${coachB.user.id}`))).toEqual([]);
    expect(names(await list(admin.token, `&lifecoachId=${coach.user.id}`))).toHaveLength(4);
    expect(names(await list(admin.token, `&lifecoachId=${coachB.user.id}&q=jan%20de%20vries`))).toEqual([
      'Jan de Vries',
    ]);
  });

  it('lets programme staff search everyone', async () => {
    const res = await list(admin.token, '&q=jan%20de%20vries');
    expect(
      pageSchema(jobSeekerSummarySchema)
        .parse(res.json)
        .items.map((item) => item.responsibleLifecoach.id)
        .sort(),
    ).toEqual([coach.user.id, coachB.user.id].sort());
  });

  it('pages through the caseload without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await t.request('GET', `/api/job-seekers?limit=3${after}`, { token: coach.token });
      const page = pageSchema(jobSeekerListItemSchema).parse(res.json);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(2);
    expect([...seen].sort()).toEqual(Object.values(ids).sort());
  });

  it('shows a partner worker their organisation’s referrals only, with registration data only', async () => {
    const res = await list(partner.token);
    expect(res.status).toBe(200);
    const page = pageSchema(jobSeekerRegistrationSchema).parse(res.json);
    expect(page.items.map((item) => item.id)).toEqual([ids['Özlem Yılmaz']]);
    expect(JSON.stringify(res.json)).not.toContain('READY');
  });

  it('refuses a partner worker filters on what they may not see', async () => {
    for (const query of ['&segment=READY', '&reviewDue=true', `&lifecoachId=${coach.user.id}`]) {
      expectProblem(await list(partner.token, query), 403, 'FORBIDDEN');
    }
  });

  it('audits every listed person, and no one else', async () => {
    const res = await list(coach.token, '&q=ozlem');
    const requestId = res.headers.get('x-request-id');
    const listedOzlem = (await auditOf(ids['Özlem Yılmaz'] as string)).entries.filter(
      (entry) => entry.action === 'job_seeker.listed' && entry.requestId === requestId,
    );
    expect(listedOzlem).toHaveLength(1);
    const listedJan = (await auditOf(ids['Jan de Vries'] as string)).entries.filter(
      (entry) => entry.requestId === requestId,
    );
    expect(listedJan).toEqual([]);
  });

  const badQueries: [query: string, path: string[]][] = [
    ['&segment=GOOD', ['segment']],
    ['&reviewDue=yes', ['reviewDue']],
    ['&q=a', ['q']],
    [`&q=${'x'.repeat(101)}`, ['q']],
    ['&lifecoachId=coach-1', ['lifecoachId']],
    ['&referringOrganisationId=1', ['referringOrganisationId']],
    ['&limit=101', ['limit']],
    ['&cursor=not-a-cursor', ['cursor']],
  ];
  it.each(badQueries)('refuses the query %s', async (query, path) => {
    expectInvalid(await list(coach.token, query), path);
  });

  it('answers 401 without a token and 403 to employer and trajectory roles', async () => {
    expectProblem(await t.request('GET', '/api/job-seekers'), 401, 'UNAUTHENTICATED');
    for (const outsider of outsiders) {
      expectProblem(await list(outsider.token), 403, 'FORBIDDEN');
    }
  });
});

describe('PATCH /api/job-seekers/{id}', () => {
  it('changes contact data, bumps the version and audits the field names only', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, {
      fullName: 'Kees Jansen',
      email: 'kees@example.nl',
    });
    const res = await t.request('PATCH', `/api/job-seekers/${seeker.id}`, {
      token: coachA.token,
      body: { phone: '+31 6 3300 0001', email: null, postcode: '3083', version: 1 },
    });
    expect(res.status).toBe(200);
    expect(jobSeekerSchema.parse(res.json)).toMatchObject({
      phone: '0633000001',
      email: null,
      postcode: '3083',
      postcodeFull: null,
      fullName: 'Kees Jansen',
      version: 2,
    });
    const { entries, raw } = await auditOf(seeker.id);
    expect(entries.find((e) => e.action === 'job_seeker.updated')?.fields?.sort()).toEqual(
      ['email', 'phone', 'postcode'].sort(),
    );
    for (const personal of ['0633000001', 'kees@example.nl', 'Kees', '3083'])
      expect(raw).not.toContain(personal);
  });

  it('lets programme staff change the referring organisation, and remove it', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const set = await t.request('PATCH', `/api/job-seekers/${seeker.id}`, {
      token: admin.token,
      body: { referringOrganisationId: partnerTwo.organisation.id, version: 1 },
    });
    expect(jobSeekerSchema.parse(set.json).referringOrganisationId).toBe(partnerTwo.organisation.id);
    expect(
      (await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: partnerTwo.token })).status,
    ).toBe(200);
    const removed = await t.request('PATCH', `/api/job-seekers/${seeker.id}`, {
      token: admin.token,
      body: { referringOrganisationId: null, version: 2 },
    });
    expect(jobSeekerSchema.parse(removed.json).referringOrganisationId).toBeNull();
    expect(
      (await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: partnerTwo.token })).status,
    ).toBe(404);
  });

  it('answers 409 VERSION_CONFLICT to a change based on an old version, and keeps the newer data', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { fullName: 'Eerste Naam' });
    const first = await t.request('PATCH', `/api/job-seekers/${seeker.id}`, {
      token: coachA.token,
      body: { fullName: 'Tweede Naam', version: 1 },
    });
    expect(first.status).toBe(200);
    const stale = await t.request('PATCH', `/api/job-seekers/${seeker.id}`, {
      token: admin.token,
      body: { fullName: 'Derde Naam', version: 1 },
    });
    expectProblem(stale, 409, 'VERSION_CONFLICT');
    const current = await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token });
    expect(current.json).toMatchObject({ fullName: 'Tweede Naam', version: 2 });
  });

  it('applies the duplicate rules, without counting the record itself', async () => {
    const one = await t.factory.jobSeeker(coachA.user, {
      fullName: 'Sanne Visser',
      dateOfBirth: '1985-01-01',
    });
    const other = await t.factory.jobSeeker(coachA.user, { fullName: 'Sanne Visser-de Boer' });
    const elsewhere = await t.factory.jobSeeker(coachB.user);

    const samePhone = await t.request('PATCH', `/api/job-seekers/${other.id}`, {
      token: coachA.token,
      body: { phone: one.phone, version: 1 },
    });
    expect(expectProblem(samePhone, 409, 'DUPLICATE').meta).toEqual({
      existingJobSeekerId: one.id,
      matchedOn: 'phone',
    });

    const sameNameAndBirth = await t.request('PATCH', `/api/job-seekers/${other.id}`, {
      token: coachA.token,
      body: { fullName: 'sanne visser', dateOfBirth: '1985-01-01', version: 1 },
    });
    expect(expectProblem(sameNameAndBirth, 409, 'DUPLICATE').meta?.existingJobSeekerId).toBe(one.id);

    const outOfScope = await t.request('PATCH', `/api/job-seekers/${other.id}`, {
      token: coachA.token,
      body: { phone: elsewhere.phone, version: 1 },
    });
    expect(expectProblem(outOfScope, 409, 'DUPLICATE').meta).toBeUndefined();
    expect(JSON.stringify(outOfScope.json)).not.toContain(elsewhere.id);

    const itself = await t.request('PATCH', `/api/job-seekers/${one.id}`, {
      token: coachA.token,
      body: { phone: one.phone, fullName: 'Sanne  Visser', dateOfBirth: '1985-01-01', version: 1 },
    });
    expect(itself.status).toBe(200);
  });

  const badBodies: [rule: string, body: Record<string, unknown>, path: (string | number)[]][] = [
    ['no version', { fullName: 'Nieuwe Naam' }, ['version']],
    ['version 0', { fullName: 'Nieuwe Naam', version: 0 }, ['version']],
    ['nothing to change', { version: 1 }, []],
    ['phone malformed', { phone: '12345', version: 1 }, ['phone']],
    ['phone removed', { phone: null, version: 1 }, ['phone']],
    ['postcode area unknown', { postcode: '3090', version: 1 }, ['postcode']],
    ['date of birth in the future', { dateOfBirth: '2999-01-01', version: 1 }, ['dateOfBirth']],
    [
      'referring organisation is an employer',
      { referringOrganisationId: 'EMPLOYER', version: 1 },
      ['referringOrganisationId'],
    ],
    ['language unknown', { preferredLanguage: 'qq', version: 1 }, ['preferredLanguage']],
    ['responsible lifecoach (use a handover)', { lifecoachId: 'COACH_B', version: 1 }, ['lifecoachId']],
    ['unknown field', { segment: 'READY', version: 1 }, ['segment']],
  ];
  it.each(badBodies)('refuses: %s', async (_rule, body, path) => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const resolved = Object.fromEntries(
      Object.entries(body).map(([key, value]) => [
        key,
        value === 'EMPLOYER' ? employerOrg.id : value === 'COACH_B' ? coachB.user.id : value,
      ]),
    );
    const res = await t.request('PATCH', `/api/job-seekers/${seeker.id}`, {
      token: coachA.token,
      body: resolved,
    });
    expectInvalid(res, path);
    const unchanged = await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token });
    expect(unchanged.json.version).toBe(1);
  });

  it('answers 401 without a token, 404 to another lifecoach, 403 to partner workers and outsiders', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { referringOrganisation: partnerOne.organisation });
    const body = { fullName: 'Niet Toegestaan', version: 1 };
    const path = `/api/job-seekers/${seeker.id}`;
    expectProblem(await t.request('PATCH', path, { body }), 401, 'UNAUTHENTICATED');
    expectProblem(await t.request('PATCH', path, { token: coachB.token, body }), 404, 'NOT_FOUND');
    for (const caller of [partnerOne, ...outsiders]) {
      expectProblem(await t.request('PATCH', path, { token: caller.token, body }), 403, 'FORBIDDEN');
    }
    const unchanged = await t.request('GET', path, { token: coachA.token });
    expect(unchanged.json.version).toBe(1);
  });
});

describe('POST /api/job-seekers/{id}/handover', () => {
  const note = 'Ahmed wil graag in de logistiek werken. Maandag om 10:00 is het eerste gesprek.';

  it('moves the person to the new lifecoach, with the note kept in the history', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { fullName: 'Ahmed Benali' });
    const res = await t.request('POST', `/api/job-seekers/${seeker.id}/handover`, {
      token: coachA.token,
      body: { toLifecoachId: coachB.user.id, note },
    });
    expect(res.status).toBe(201);
    expect(lifecoachAssignmentSchema.parse(res.json)).toMatchObject({
      lifecoach: { id: coachB.user.id, displayName: coachB.user.displayName },
      endedAt: null,
      handoverNote: note,
      assignedByUserId: coachA.user.id,
    });

    expectProblem(
      await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token }),
      404,
      'NOT_FOUND',
    );
    const caseloadA = await t.request('GET', '/api/job-seekers?q=ahmed%20benali', { token: coachA.token });
    expect(caseloadA.json.items).toEqual([]);
    const asB = await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachB.token });
    expect(jobSeekerSchema.parse(asB.json)).toMatchObject({
      responsibleLifecoach: { id: coachB.user.id },
      version: 2,
    });

    const history = lifecoachHistorySchema.parse(
      (await t.request('GET', `/api/job-seekers/${seeker.id}/lifecoach-history`, { token: coachB.token }))
        .json,
    );
    expect(history.items.map((item) => [item.lifecoach.id, item.handoverNote])).toEqual([
      [coachA.user.id, null],
      [coachB.user.id, note],
    ]);
    expect(history.items[0]?.endedAt).toBe(history.items[1]?.startedAt);
    expect(history.items[1]?.endedAt).toBeNull();

    const { entries, raw } = await auditOf(seeker.id);
    expect(entries.find((e) => e.action === 'job_seeker.handed_over')).toMatchObject({
      actorUserId: coachA.user.id,
      fields: ['responsibleLifecoach'],
    });
    for (const personal of ['Ahmed', 'logistiek', 'Benali']) expect(raw).not.toContain(personal);
  });

  it('no longer lets the previous lifecoach hand over, see the history or change the record', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    await t.request('POST', `/api/job-seekers/${seeker.id}/handover`, {
      token: coachA.token,
      body: { toLifecoachId: coachB.user.id, note },
    });
    const path = `/api/job-seekers/${seeker.id}`;
    for (const res of [
      await t.request('POST', `${path}/handover`, {
        token: coachA.token,
        body: { toLifecoachId: coachA.user.id, note },
      }),
      await t.request('GET', `${path}/lifecoach-history`, { token: coachA.token }),
      await t.request('PATCH', path, {
        token: coachA.token,
        body: { fullName: 'Toch Wijzigen', version: 2 },
      }),
    ]) {
      expectProblem(res, 404, 'NOT_FOUND');
    }
  });

  it('lets programme staff hand over anyone', async () => {
    const seeker = await t.factory.jobSeeker(coachB.user);
    const res = await t.request('POST', `/api/job-seekers/${seeker.id}/handover`, {
      token: admin.token,
      body: { toLifecoachId: coachA.user.id, note },
    });
    expect(res.status).toBe(201);
    expect((await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token })).status).toBe(
      200,
    );
  });

  it('keeps exactly one responsible lifecoach when two handovers arrive at once', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const third = await t.factory.user('LIFECOACH', admin.organisation);
    const results = await Promise.all(
      [coachB, third].map((to) =>
        t.request('POST', `/api/job-seekers/${seeker.id}/handover`, {
          token: admin.token,
          body: { toLifecoachId: to.user.id, note },
        }),
      ),
    );
    // Run one after the other, both succeed; truly at the same moment, the second answers 409.
    const statuses = results.map((res) => res.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(statuses).toContain(201);
    const history = lifecoachHistorySchema.parse(
      (await t.request('GET', `/api/job-seekers/${seeker.id}/lifecoach-history`, { token: admin.token }))
        .json,
    );
    const open = history.items.filter((item) => item.endedAt === null);
    expect(open).toHaveLength(1);
    expect(history.items).toHaveLength(1 + statuses.filter((status) => status === 201).length);
    const current = await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: admin.token });
    expect(jobSeekerSchema.parse(current.json).responsibleLifecoach.id).toBe(open[0]?.lifecoach.id);
  });

  const badBodies: [rule: string, body: () => Record<string, unknown>, path: string[]][] = [
    ['note missing', () => ({ toLifecoachId: coachB.user.id }), ['note']],
    ['note too short', () => ({ toLifecoachId: coachB.user.id, note: 'Te kort.' }), ['note']],
    ['note only padded to length', () => ({ toLifecoachId: coachB.user.id, note: '   kort     ' }), ['note']],
    ['note too long', () => ({ toLifecoachId: coachB.user.id, note: 'x'.repeat(2001) }), ['note']],
    ['lifecoach missing', () => ({ note }), ['toLifecoachId']],
    ['lifecoach not an id', () => ({ toLifecoachId: 'coach-b', note }), ['toLifecoachId']],
    ['lifecoach unknown', () => ({ toLifecoachId: crypto.randomUUID(), note }), ['toLifecoachId']],
    ['to a partner worker', () => ({ toLifecoachId: partnerOne.user.id, note }), ['toLifecoachId']],
    ['to an inactive lifecoach', () => ({ toLifecoachId: inactiveCoach.user.id, note }), ['toLifecoachId']],
    ['to the current lifecoach', () => ({ toLifecoachId: coachA.user.id, note }), ['toLifecoachId']],
    ['unknown field', () => ({ toLifecoachId: coachB.user.id, note, urgent: true }), ['urgent']],
  ];
  it.each(badBodies)('refuses: %s', async (_rule, body, path) => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const res = await t.request('POST', `/api/job-seekers/${seeker.id}/handover`, {
      token: coachA.token,
      body: body(),
    });
    expectInvalid(res, path);
    expect((await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token })).status).toBe(
      200,
    );
  });

  it('answers 401 without a token, 404 to another lifecoach, 403 to partner workers and outsiders', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { referringOrganisation: partnerOne.organisation });
    const path = `/api/job-seekers/${seeker.id}/handover`;
    const body = { toLifecoachId: coachB.user.id, note };
    expectProblem(await t.request('POST', path, { body }), 401, 'UNAUTHENTICATED');
    expectProblem(await t.request('POST', path, { token: coachB.token, body }), 404, 'NOT_FOUND');
    for (const caller of [partnerOne, ...outsiders]) {
      expectProblem(await t.request('POST', path, { token: caller.token, body }), 403, 'FORBIDDEN');
    }
    expect((await t.request('GET', `/api/job-seekers/${seeker.id}`, { token: coachA.token })).status).toBe(
      200,
    );
  });
});

describe('GET /api/job-seekers/{id}/lifecoach-history', () => {
  it('is audited as a read', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user);
    const res = await t.request('GET', `/api/job-seekers/${seeker.id}/lifecoach-history`, {
      token: admin.token,
    });
    expect(lifecoachHistorySchema.parse(res.json).items).toHaveLength(1);
    expect(await actionsOf(seeker.id)).toContain('lifecoach_history.viewed');
  });

  it('answers 401, 422 for a bad id, 404 to another lifecoach, 403 to partner workers and outsiders', async () => {
    const seeker = await t.factory.jobSeeker(coachA.user, { referringOrganisation: partnerOne.organisation });
    const path = `/api/job-seekers/${seeker.id}/lifecoach-history`;
    expectProblem(await t.request('GET', path), 401, 'UNAUTHENTICATED');
    expectInvalid(await t.request('GET', '/api/job-seekers/x/lifecoach-history', { token: coachA.token }), [
      'id',
    ]);
    expectProblem(await t.request('GET', path, { token: coachB.token }), 404, 'NOT_FOUND');
    for (const caller of [partnerOne, ...outsiders]) {
      expectProblem(await t.request('GET', path, { token: caller.token }), 403, 'FORBIDDEN');
    }
  });
});
