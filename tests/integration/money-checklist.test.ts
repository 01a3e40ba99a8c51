import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../src/http/context';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { createApiToken } from '../../src/modules/auth/token.service';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { issuePrintedCode, redeemSignInCode } from '../../src/modules/person-access/person-account.service';
import { checkInListSchema } from '../../src/modules/placements/check-in.schemas';
import {
  moneyChecklistSchema,
  moneyItemSchema,
  openMoneyItemsSchema,
  ownMoneyChecklistsSchema,
} from '../../src/modules/placements/money-checklist.schemas';
import { addMoneyChecklist } from '../../src/modules/placements/money-checklist.service';
import { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { addMonths } from '../../src/modules/placements/placement-rules';
import { addDays } from '../../src/modules/readiness/review-dates';
import { outcomesReportSchema } from '../../src/modules/reports/report.schemas';
import type { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp, testReference } from '../support/test-app';

/**
 * The start-of-work money checklist through the API: made with the draft, worked by the lifecoach,
 * open items in the lifecoach's list for the first three months, read by the person themselves —
 * and never by anyone at the employer, another lifecoach or a partner organisation.
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let recruiter: TestUser;
let mentor: TestUser;
let partner: TestUser;
let person: JobSeeker;
let personToken: string;
let vacancy: Vacancy;
let placementId: string;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const checklistPath = () => `/api/placements/${placementId}/money-checklist`;
const itemPath = (key: string) => `${checklistPath()}/items/${key}`;
const ITEM_KEYS = testReference.activeMoneyChecklist.items.map((item) => item.key);

async function tokenForPerson(jobSeeker: JobSeeker): Promise<string> {
  const ctx: RequestContext = {
    em: t.orm.em.fork(),
    actor: {
      userId: coach.user.id,
      organisationId: coach.organisation.id,
      organisationKind: 'PROGRAMME',
      role: coach.user.role,
      jobSeekerId: null,
      tokenId: 'test',
    },
    requestId: 'test',
    now: new Date(),
  };
  const printed = await issuePrintedCode(ctx, jobSeeker.id);
  const em = t.orm.em.fork();
  const account = await redeemSignInCode(em, printed.code, new Date());
  if (!account) throw new Error('no account');
  const issued = await createApiToken(em, account, {
    label: 'test',
    expiresInDays: 1,
    createdByUserId: null,
    now: new Date(),
  });
  await em.flush();
  return issued.token;
}

async function item(key: string, token = coach.token) {
  const res = await t.request('GET', checklistPath(), { token });
  const found = moneyChecklistSchema.parse(res.json).items.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  partner = await t.factory.user('PARTNER_WORKER');
  person = await t.factory.jobSeeker(coach.user, { fullName: 'Samira El Idrissi' });
  personToken = await tokenForPerson(person);
  vacancy = await t.factory.vacancy(recruiter.organisation);
  const drafted = await t.request('POST', '/api/placements', {
    token: coach.token,
    body: { vacancyId: vacancy.id, jobSeekerId: person.id },
  });
  expect(drafted.status, JSON.stringify(drafted.json)).toBe(201);
  placementId = placementSchema.parse(drafted.json).id;
});
afterAll(() => t.close());

describe('the checklist of a drafted placement', () => {
  it('has every item of the active checklist version, all still to do', async () => {
    const res = await t.request('GET', checklistPath(), { token: coach.token });
    expect(res.status).toBe(200);
    const checklist = moneyChecklistSchema.parse(res.json);
    expect(checklist.checklistVersion).toBe(testReference.activeMoneyChecklist.version);
    expect(checklist.items.map((entry) => entry.key)).toEqual(ITEM_KEYS);
    expect(checklist.items.every((entry) => entry.status === 'OPEN')).toBe(true);
    expect(checklist.progress).toMatchObject({ total: ITEM_KEYS.length, open: ITEM_KEYS.length, done: 0 });
    expect(checklist.youMayEdit).toBe(true);
    const werkEnInkomen = checklist.items.find((entry) => entry.key === 'werkEnInkomen');
    expect(werkEnInkomen?.contactLabelNl).toBe('Contactpersoon bij Werk en Inkomen');
    expect(checklist.introNl).toContain('rekent niets uit');
  });

  it('records a done step with its date, who did it and the named contact at Work and Income', async () => {
    const before = await item('werkEnInkomen');
    const res = await t.request('PATCH', itemPath('werkEnInkomen'), {
      token: coach.token,
      body: {
        status: 'DONE',
        date: today(),
        actor: 'LIFECOACH',
        contactName: 'mevrouw De Vries, 010 498 0000',
        note: 'Startdatum en uren doorgegeven.',
        version: before.version,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const saved = moneyItemSchema.parse(res.json);
    expect(saved).toMatchObject({
      status: 'DONE',
      statusLabelNl: 'Gedaan',
      whoLabelNl: 'De lifecoach',
      contactName: 'mevrouw De Vries, 010 498 0000',
    });
    const audit = await t.request('GET', `/api/audit-entries?subjectId=${person.id}&limit=100`, {
      token: admin.token,
    });
    const actions = (audit.json as { items: unknown[] }).items.map((entry) => auditEntrySchema.parse(entry));
    const update = actions.find((entry) => entry.action === 'money_checklist.item_updated');
    expect(update?.fields).toEqual(
      expect.arrayContaining(['werkEnInkomen.status', 'werkEnInkomen.contactName']),
    );
    expect(actions.some((entry) => entry.action === 'money_checklist.viewed')).toBe(true);
  });

  it('names someone else who takes a step, and refuses what does not add up with field paths', async () => {
    const current = await item('schuldenEnBeslag');
    const cases: [Record<string, unknown>, string][] = [
      [{ status: 'HELP_NEEDED', actor: 'OTHER' }, 'actorName'],
      [{ status: 'DONE', actor: 'PERSON' }, 'date'],
      [{ status: 'DONE', date: today() }, 'actor'],
      [{ status: 'DONE', date: addDays(today(), 3), actor: 'PERSON' }, 'date'],
      [{ status: 'OPEN', contactName: 'meneer Jansen' }, 'contactName'],
      [{ status: 'MAYBE' }, 'status'],
      [{ status: 'OPEN', date: '2026-13-01' }, 'date'],
      [{ status: 'OPEN', surprise: true }, ''],
    ];
    for (const [body, path] of cases) {
      const res = await t.request('PATCH', itemPath('schuldenEnBeslag'), {
        token: coach.token,
        body: { ...body, version: current.version },
      });
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 422]);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const errors = (res.json as { errors: { path: (string | number)[] }[] }).errors;
      if (path) expect(errors.map((error) => error.path.join('.'))).toContain(path);
    }
    expect((await item('schuldenEnBeslag')).version, 'a refused change writes nothing').toBe(current.version);

    const saved = await t.request('PATCH', itemPath('schuldenEnBeslag'), {
      token: coach.token,
      body: {
        status: 'HELP_NEEDED',
        actor: 'OTHER',
        actorName: 'bewindvoerder Jansen',
        version: current.version,
      },
    });
    expect(saved.status).toBe(200);
    expect(moneyItemSchema.parse(saved.json)).toMatchObject({
      status: 'HELP_NEEDED',
      whoLabelNl: 'bewindvoerder Jansen',
    });
    const stale = await t.request('PATCH', itemPath('schuldenEnBeslag'), {
      token: coach.token,
      body: { status: 'NOT_NEEDED', version: current.version },
    });
    expect(stale.status).toBe(409);
    const unknown = await t.request('PATCH', itemPath('zomaarIets'), {
      token: coach.token,
      body: { status: 'NOT_NEEDED', version: 1 },
    });
    expect(unknown.status).toBe(404);
  });
});

describe('open items for the lifecoach', () => {
  it('lists open and help-needed items of drafts and of the first three months only', async () => {
    // A placement that started four months ago: its open items no longer call for attention.
    const older = await t.factory.jobSeeker(coach.user, { fullName: 'Joost Verbeek' });
    const oldPlacement = await t.factory.placement(older, await t.factory.vacancy(recruiter.organisation), {
      startDate: addMonths(today(), -4),
    });
    const em = t.orm.em.fork();
    const ctx: RequestContext = {
      em,
      actor: {
        userId: coach.user.id,
        organisationId: coach.organisation.id,
        organisationKind: 'PROGRAMME',
        role: coach.user.role,
        jobSeekerId: null,
        tokenId: 'test',
      },
      requestId: 'test',
      now: new Date(),
    };
    await addMoneyChecklist(
      ctx,
      em.getReference(Placement, oldPlacement.id),
      testReference.activeMoneyChecklist,
    );
    await em.flush();

    const res = await t.request('GET', '/api/money-checklist-items?limit=100', { token: coach.token });
    expect(res.status).toBe(200);
    const open = openMoneyItemsSchema.parse(res.json).items;
    expect(open.every((entry) => entry.placementId === placementId)).toBe(true);
    expect(open.map((entry) => entry.key).sort()).toEqual(
      ITEM_KEYS.filter((key) => key !== 'werkEnInkomen').sort(),
    );
    expect(open.find((entry) => entry.key === 'schuldenEnBeslag')?.status).toBe('HELP_NEEDED');

    const others = await t.request('GET', '/api/money-checklist-items', { token: otherCoach.token });
    expect(openMoneyItemsSchema.parse(others.json).items).toEqual([]);
    const programme = await t.request('GET', '/api/money-checklist-items?limit=100', { token: admin.token });
    expect(openMoneyItemsSchema.parse(programme.json).items.length).toBe(open.length);
  });
});

describe('the person', () => {
  it('reads their own checklist with the texts written for them', async () => {
    const res = await t.request('GET', '/api/me/money-checklists', { token: personToken });
    expect(res.status).toBe(200);
    const [own] = ownMoneyChecklistsSchema.parse(res.json).items;
    expect(own?.placementId).toBe(placementId);
    expect(own?.items.find((entry) => entry.key === 'werkEnInkomen')).toMatchObject({
      status: 'DONE',
      contactName: 'mevrouw De Vries, 010 498 0000',
    });
    expect(own?.items[0]?.explanation).toMatch(/\bje\b/);
    expect(await t.request('GET', checklistPath(), { token: personToken })).toMatchObject({ status: 403 });
  });
});

describe('who may not', () => {
  it('refuses everyone at the employer, partners and other lifecoaches', async () => {
    for (const [who, token, status] of [
      ['recruiter', recruiter.token, 403],
      ['mentor', mentor.token, 403],
      ['partner', partner.token, 403],
      ['other lifecoach', otherCoach.token, 404],
    ] as const) {
      const read = await t.request('GET', checklistPath(), { token });
      expect([who, 'read', read.status]).toEqual([who, 'read', status]);
      const write = await t.request('PATCH', itemPath('reiskosten'), {
        token,
        body: { status: 'NOT_NEEDED', version: 1 },
      });
      expect([who, 'write', write.status]).toEqual([who, 'write', status]);
      if (who !== 'other lifecoach') {
        const list = await t.request('GET', '/api/money-checklist-items', { token });
        expect([who, 'list', list.status]).toEqual([who, 'list', 403]);
      }
      const own = await t.request('GET', '/api/me/money-checklists', { token });
      expect([who, 'own', own.status]).toEqual([who, 'own', 403]);
    }
    expect((await t.request('GET', checklistPath())).status).toBe(401);
    expect((await item('reiskosten')).status, 'nothing was written').toBe('OPEN');
  });
});

describe('money worries and endings', () => {
  it('a lifecoach conversation flags money worries that no one at the employer reads', async () => {
    const manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
    const working = await t.factory.jobSeeker(coach.user, { fullName: 'Dewi Kartosen' });
    const placement = await t.factory.placement(working, await t.factory.vacancy(recruiter.organisation), {
      startDate: addDays(today(), -7),
      mentor: mentor.user,
      manager: manager.user,
    });
    const body = (kind: string) => ({
      kind,
      date: today(),
      report: 'Het gaat goed, wel spanning over de eerste maand.',
      howItsGoing: 'SOME_WORRIES',
      agreedActions: [],
      moneyWorries: true,
    });
    const byMentor = await t.request('POST', `/api/placements/${placement.id}/check-ins`, {
      token: mentor.token,
      body: body('MENTOR'),
    });
    expect(byMentor.status).toBe(422);
    expect(JSON.stringify(byMentor.json)).toContain('moneyWorries');
    const byCoach = await t.request('POST', `/api/placements/${placement.id}/check-ins`, {
      token: coach.token,
      body: body('LIFECOACH'),
    });
    expect(byCoach.status, JSON.stringify(byCoach.json)).toBe(201);
    const coachList = checkInListSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}/check-ins`, { token: coach.token })).json,
    );
    expect(coachList.items[0]?.moneyWorries).toBe(true);
    const mentorCheckIn = await t.request('POST', `/api/placements/${placement.id}/check-ins`, {
      token: mentor.token,
      body: { ...body('MENTOR'), moneyWorries: false },
    });
    expect(mentorCheckIn.status).toBe(201);
    for (const token of [mentor.token, manager.token, recruiter.token]) {
      for (const path of [`/api/placements/${placement.id}/check-ins`, `/api/placements/${placement.id}`]) {
        const res = await t.request('GET', path, { token });
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.json)).not.toContain('moneyWorries');
      }
    }
  });

  it('ends with a money-related reason by the lifecoach, which the employer reads as personal circumstances', async () => {
    const leaving = await t.factory.jobSeeker(coach.user, { fullName: 'Ilse Brouwer' });
    const placement = await t.factory.placement(leaving, await t.factory.vacancy(recruiter.organisation), {
      startDate: addDays(today(), -20),
    });
    const end = {
      reason: 'MONEY_MATTERS',
      note: 'De toeslagen werden teruggevorderd; eerst dat oplossen.',
      endDate: today(),
      returnsToProgramme: true,
    };
    const byEmployer = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: recruiter.token,
      body: end,
    });
    expect(byEmployer.status).toBe(422);
    const byCoach = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: coach.token,
      body: end,
    });
    expect(byCoach.status, JSON.stringify(byCoach.json)).toBe(200);
    expect(placementSchema.parse(byCoach.json).outcome.endReason).toBe('MONEY_MATTERS');
    const employerView = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: recruiter.token })).json,
    );
    expect(employerView.outcome).toMatchObject({
      endReason: 'PERSONAL_CIRCUMSTANCES',
      endReasonLabelNl: 'Persoonlijke omstandigheden',
    });
    expect(JSON.stringify(employerView)).not.toMatch(/MONEY_MATTERS|Geldzaken|toeslagen/);
    // The outcome report counts it with the other causes (a small number shows as "fewer than 5").
    const report = outcomesReportSchema.parse(
      (
        await t.request(
          'GET',
          `/api/reports/outcomes?from=${addDays(today(), -60)}&to=${addDays(today(), 1)}`,
          {
            token: admin.token,
          },
        )
      ).json,
    );
    expect(report.endings.map((ending) => [ending.reason, ending.label])).toContainEqual([
      'MONEY_MATTERS',
      'Geldzaken: uitkering, toeslagen of schulden',
    ]);
  });
});
