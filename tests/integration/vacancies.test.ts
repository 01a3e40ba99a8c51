import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { employerSchema } from '../../src/modules/employers/employer.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { warehouseVacancy } from '../support/vacancy-fixtures';

let t: TestApp;
let admin: TestUser;
let recruiterA: TestUser;
let recruiterB: TestUser;
let mentorA: TestUser;
let lifecoach: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  lifecoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  mentorA = await t.factory.user('MENTOR', recruiterA.organisation);
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
});
afterAll(() => t.close());

async function postVacancy(token: string, overrides: Record<string, unknown> = {}) {
  return t.request('POST', '/api/vacancies', { token, body: { ...warehouseVacancy, ...overrides } });
}

describe('employer profile', () => {
  it('lets the recruiter fill in sector, location, cao and social return', async () => {
    const res = await t.request('PUT', `/api/employers/${recruiterA.organisation.id}/profile`, {
      token: recruiterA.token,
      body: {
        sectorCode: '93',
        postcode: '3089',
        underCao: true,
        caoName: 'cao Logistiek',
        hasSroiObligation: true,
      },
    });
    expect(res.status).toBe(200);
    const employer = employerSchema.parse(res.json);
    expect(employer.profile).toMatchObject({
      sectorCode: '93',
      postcode: '3089',
      hasSroiObligation: true,
      version: 1,
    });
    expect(employer.profile?.sectorLabel).toBeTruthy();
  });

  it('refuses an unknown sector, unknown postcode and a cao without a name', async () => {
    const res = await t.request('PUT', `/api/employers/${recruiterB.organisation.id}/profile`, {
      token: recruiterB.token,
      body: { sectorCode: '99', postcode: '3090', underCao: true, hasSroiObligation: false },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'caoName',
      'postcode',
      'sectorCode',
    ]);
  });

  it("hides another employer's profile (404) and refuses partner workers (403)", async () => {
    const other = await t.request('GET', `/api/employers/${recruiterA.organisation.id}`, {
      token: recruiterB.token,
    });
    expect(other.status).toBe(404);
    const write = await t.request('PUT', `/api/employers/${recruiterA.organisation.id}/profile`, {
      token: recruiterB.token,
      body: { sectorCode: '93', postcode: '3089', underCao: false, hasSroiObligation: false },
    });
    expect(write.status).toBe(404);
    const partner = await t.factory.user('PARTNER_WORKER');
    expect((await t.request('GET', '/api/employers', { token: partner.token })).status).toBe(403);
  });
});

describe('vacancies', () => {
  it('lets a recruiter post a draft, open it and fill it', async () => {
    const created = await postVacancy(recruiterA.token);
    expect(created.status).toBe(201);
    const vacancy = vacancySchema.parse(created.json);
    expect(vacancy).toMatchObject({
      status: 'DRAFT',
      employerId: recruiterA.organisation.id,
      zeroHours: false,
    });
    expect(vacancy.requirements[0]?.competenceLabel).not.toBe('P-ORDERPICKEN');
    expect(vacancy.employerOnlyNotes?.diploma).toBe('VMBO');

    const opened = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
      token: recruiterA.token,
      body: { status: 'OPEN', version: vacancy.version },
    });
    expect(opened.status).toBe(200);
    const filled = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
      token: recruiterA.token,
      body: { status: 'FILLED', version: opened.json.version },
    });
    expect(filled.json.status).toBe('FILLED');

    const closeFilled = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
      token: recruiterA.token,
      body: { status: 'CLOSED', version: filled.json.version },
    });
    expect(closeFilled.status).toBe(409);
    expect(closeFilled.json.code).toBe('INVALID_TRANSITION');
  });

  it('refuses unknown competence codes, levels out of range, min hours above max and unknown postcodes', async () => {
    const res = await postVacancy(recruiterA.token, {
      postcode: '3090',
      hours: { min: 30, max: 20 },
      requirements: [
        { competenceCode: 'X-UNKNOWN', level: 2, tier: 'ESSENTIAL' },
        { competenceCode: 'P-ORDERPICKEN', level: 5, tier: 'ESSENTIAL' },
      ],
    });
    expect(res.status).toBe(422);
    const paths = res.json.errors.map((e: { path: (string | number)[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['hours.min', 'requirements.1.level']));
    const second = await postVacancy(recruiterA.token, {
      postcode: '3090',
      requirements: [{ competenceCode: 'X-UNKNOWN', level: 2, tier: 'ESSENTIAL' }],
      legalRequirements: [{ code: 'PILOT_LICENCE' }],
      behaviours: ['zingen'],
    });
    expect(second.status).toBe(422);
    expect(second.json.errors.map((e: { path: (string | number)[] }) => e.path.join('.')).sort()).toEqual(
      ['behaviours.0', 'legalRequirements.0.code', 'postcode', 'requirements.0.competenceCode'].sort(),
    );
  });

  it('keeps the diploma note for the employer only', async () => {
    const created = vacancySchema.parse((await postVacancy(recruiterA.token)).json);
    await t.request('POST', `/api/vacancies/${created.id}/status`, {
      token: recruiterA.token,
      body: { status: 'OPEN', version: created.version },
    });
    const seenByCoach = await t.request('GET', `/api/vacancies/${created.id}`, { token: lifecoach.token });
    expect(seenByCoach.status).toBe(200);
    expect(seenByCoach.json.employerOnlyNotes).toBeUndefined();
    expect(JSON.stringify(seenByCoach.json)).not.toContain('VMBO');
    const seenByMentor = await t.request('GET', `/api/vacancies/${created.id}`, { token: mentorA.token });
    expect(seenByMentor.json.employerOnlyNotes.diploma).toBe('VMBO');
  });

  it('lets nobody but the own recruiter change a vacancy', async () => {
    const created = vacancySchema.parse((await postVacancy(recruiterA.token)).json);
    const body = { ...warehouseVacancy, title: 'Anders', version: created.version };
    expect(
      (await t.request('PUT', `/api/vacancies/${created.id}`, { token: recruiterB.token, body })).status,
    ).toBe(404);
    expect(
      (await t.request('PUT', `/api/vacancies/${created.id}`, { token: mentorA.token, body })).status,
    ).toBe(403);
    expect(
      (await t.request('PUT', `/api/vacancies/${created.id}`, { token: admin.token, body })).status,
    ).toBe(403);
    expect(
      (await t.request('PUT', `/api/vacancies/${created.id}`, { token: lifecoach.token, body })).status,
    ).toBe(403);
    const own = await t.request('PUT', `/api/vacancies/${created.id}`, { token: recruiterA.token, body });
    expect(own.status).toBe(200);
    expect(own.json.title).toBe('Anders');
    const stale = await t.request('PUT', `/api/vacancies/${created.id}`, { token: recruiterA.token, body });
    expect(stale.status).toBe(409);
  });

  it("shows employer B nothing of employer A's vacancies, and lifecoaches no drafts", async () => {
    const draft = vacancySchema.parse((await postVacancy(recruiterA.token)).json);
    expect((await t.request('GET', `/api/vacancies/${draft.id}`, { token: recruiterB.token })).status).toBe(
      404,
    );
    const listB = await t.request('GET', '/api/vacancies?limit=100', { token: recruiterB.token });
    expect(
      listB.json.items.filter((v: { employerId: string }) => v.employerId === recruiterA.organisation.id),
    ).toEqual([]);
    expect((await t.request('GET', `/api/vacancies/${draft.id}`, { token: lifecoach.token })).status).toBe(
      404,
    );
    expect((await t.request('GET', '/api/vacancies')).status).toBe(401);
  });

  it('audits vacancy changes without their content', async () => {
    const created = vacancySchema.parse(
      (await postVacancy(recruiterA.token, { title: 'Heftruckchauffeur nacht' })).json,
    );
    const res = await t.request('GET', `/api/audit-entries?entityType=vacancy&entityId=${created.id}`, {
      token: admin.token,
    });
    const [entry] = res.json.items.map((item: unknown) => auditEntrySchema.parse(item));
    expect(entry).toMatchObject({ action: 'vacancy.created', actorUserId: recruiterA.user.id });
    expect(JSON.stringify(res.json)).not.toContain('Heftruckchauffeur');
  });
});
