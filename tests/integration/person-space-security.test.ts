import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../src/access/roles';
import type { RequestContext } from '../../src/http/context';
import { AppError } from '../../src/http/problem';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { createApiToken } from '../../src/modules/auth/token.service';
import { ConsentRecord } from '../../src/modules/consents/consent.entity';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { decideOwnConsent } from '../../src/modules/own-record/own-consent.service';
import { getOwnRecord } from '../../src/modules/own-record/own-record.service';
import { issuePrintedCode, redeemSignInCode } from '../../src/modules/person-access/person-account.service';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let coach: TestUser;
let otherCoach: TestUser;
let person: JobSeeker;
const DAY = 86_400_000;

const ctxOf = (user: User | TestUser['user'], now = new Date()): RequestContext => ({
  em: t.orm.em.fork(),
  actor: {
    userId: user.id,
    organisationId: user.organisation.id,
    organisationKind: 'PROGRAMME',
    role: user.role,
    jobSeekerId: user.jobSeeker?.id ?? null,
    tokenId: 'test',
  },
  requestId: 'test',
  now,
});

async function accountOf(jobSeekerId: string): Promise<User> {
  const account = await t.orm.em
    .fork()
    .findOne(User, { jobSeeker: jobSeekerId }, { populate: ['organisation'] });
  if (!account) throw new Error('no account');
  return account;
}

beforeAll(async () => {
  t = await createTestApp();
  const programme = await t.factory.organisation('PROGRAMME');
  coach = await t.factory.user('LIFECOACH', programme);
  otherCoach = await t.factory.user('LIFECOACH', programme);
  person = await t.factory.jobSeeker(coach.user, { fullName: 'Noor Bakker' });
});
afterAll(() => t.close());

describe('printed sign-in codes', () => {
  it('work once, for a week, and a new letter ends the old code', async () => {
    const first = await issuePrintedCode(ctxOf(coach.user), person.id);
    const second = await issuePrintedCode(ctxOf(coach.user), person.id);
    const em = t.orm.em.fork();
    expect(await redeemSignInCode(em, first.code, new Date()), 'replaced by the new letter').toBeNull();

    expect(await redeemSignInCode(em, second.code, new Date(Date.now() + 8 * DAY)), 'expired').toBeNull();
    const user = await redeemSignInCode(em, second.code.toLowerCase().replace(/-/g, ' '), new Date());
    expect(user?.role).toBe(Role.JobSeeker);
    expect(user?.jobSeeker?.id).toBe(person.id);
    expect(await redeemSignInCode(t.orm.em.fork(), second.code, new Date()), 'used already').toBeNull();
  });

  it('are stored only as a hash', async () => {
    const printed = await issuePrintedCode(ctxOf(coach.user), person.id);
    const rows = await t.orm.em.fork().getConnection().execute('select code_hash from sign_in_code');
    const plain = printed.code.replace(/-/g, '');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows as { code_hash: string }[]) expect(row.code_hash).not.toContain(plain);
  });

  it('cannot be made by a lifecoach for someone outside their caseload, nor by the person', async () => {
    await expect(issuePrintedCode(ctxOf(otherCoach.user), person.id)).rejects.toMatchObject({ status: 404 });
    await issuePrintedCode(ctxOf(coach.user), person.id);
    await expect(issuePrintedCode(ctxOf(await accountOf(person.id)), person.id)).rejects.toMatchObject({
      status: 403,
    });
  });
});

describe('the person’s own record', () => {
  it('is the own record only, and its read is audited with the person as actor and subject', async () => {
    await issuePrintedCode(ctxOf(coach.user), person.id);
    const account = await accountOf(person.id);
    const record = await getOwnRecord(ctxOf(account));
    expect(record.registration.fullName).toBe('Noor Bakker');
    const audit = await t.orm.em
      .fork()
      .find(AuditEntry, { action: 'own_record.viewed', actorUserId: account.id });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.subjectId).toBe(person.id);
    expect(audit[0]?.actorRole).toBe(Role.JobSeeker);
    // Staff have no own record.
    await expect(getOwnRecord(ctxOf(coach.user))).rejects.toMatchObject({ status: 403 });
  });

  it('lets the person decide only about employers that know them; a refused decision writes nothing', async () => {
    const account = await accountOf(person.id);
    const stranger = await t.factory.organisation('EMPLOYER');
    const before = await t.orm.em.fork().count(ConsentRecord, { jobSeeker: person.id });
    const attempt = decideOwnConsent(ctxOf(account), {
      purpose: 'PROFILE_SHARING',
      given: true,
      textVersion: 'profile-sharing-v1',
      employerOrganisationId: stranger.id,
    });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(await t.orm.em.fork().count(ConsentRecord, { jobSeeker: person.id })).toBe(before);
  });
});

describe('a JOB_SEEKER credential and the staff API', () => {
  it('is refused by every staff route (403 or 404), also for the person’s own record', async () => {
    await issuePrintedCode(ctxOf(coach.user), person.id);
    const em = t.orm.em.fork();
    const account = await em.findOneOrFail(User, { jobSeeker: person.id });
    const issued = await createApiToken(em, account, {
      label: 'test',
      expiresInDays: 1,
      createdByUserId: null,
      now: new Date(),
    });
    await em.flush();
    const token = issued.token;
    const staffRoutes = [
      `/api/job-seekers/${person.id}`,
      `/api/job-seekers/${person.id}/consents`,
      `/api/job-seekers/${person.id}/talent-profiles`,
      '/api/job-seekers',
      '/api/users',
      '/api/organisations',
      '/api/catalogue/competences',
      '/api/vacancies',
      '/api/audit',
      '/api/consent-texts',
    ];
    for (const path of staffRoutes) {
      const res = await t.request('GET', path, { token });
      expect([403, 404], `${path} answered ${res.status}`).toContain(res.status);
    }
    const write = await t.request('POST', `/api/job-seekers/${person.id}/consents`, {
      token,
      body: { purpose: 'MATCHING', given: true, textVersion: 'matching-v1' },
    });
    expect(write.status).toBe(403);
  });

  it('is no user that programme staff can list or issue tokens for', async () => {
    const admin = await t.factory.user('PROGRAMME_ADMIN', coach.organisation);
    const account = await accountOf(person.id);
    const list = await t.request('GET', `/api/users?limit=100`, { token: admin.token });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.json)).not.toContain(account.id);
    const token = await t.request('POST', `/api/users/${account.id}/tokens`, {
      token: admin.token,
      body: { label: 'x' },
    });
    expect(token.status).toBe(404);
  });
});
