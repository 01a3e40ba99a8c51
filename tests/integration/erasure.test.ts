import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawQuery } from '../../src/db/raw-query';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { createApiToken } from '../../src/modules/auth/token.service';
import { ErasureRequest } from '../../src/modules/erasure/erasure.entity';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { User } from '../../src/modules/users/user.entity';
import { type ApiWorld, buildApiWorld } from '../support/api-world';
import { serviceContext } from '../support/assessed-job-seeker';
import type { TestUser } from '../support/factories';
import { personReadyForMeetAndGreet, recordConsent } from '../support/meet-and-greet-setup';
import { crawl } from '../support/openapi-crawler';
import { createTestApp, type TestApp } from '../support/test-app';
import { crawlPages } from '../support/web-crawl';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// Stopping and erasure: the person asks, programme staff confirm, and the erasure is carried out in
// one transaction — or waits for an ongoing placement. After it the name is gone from every API
// response and page, while the rows reports count remain.

let t: TestApp;
let world: ApiWorld;
const NAME = 'Wereld Testpersoon';
const EMAIL = 'wereld.testpersoon@voorbeeld.example';
let phone: string;
let person: { account: User; token: string; web: WebSession };
let adminWeb: WebSession;
let coachWeb: WebSession;

async function personAccount(coach: TestUser, jobSeekerId: string) {
  await issuePrintedCode(serviceContext(t.orm, coach), jobSeekerId);
  const em = t.orm.em.fork();
  const account = await em.findOneOrFail(User, { jobSeeker: jobSeekerId }, { populate: ['organisation'] });
  const issued = await createApiToken(em, account, {
    label: 'person',
    expiresInDays: 1,
    createdByUserId: null,
    now: new Date(),
  });
  await em.flush();
  return { account, token: issued.token, web: await webSessionFor(t, account) };
}

const requestRow = async (jobSeekerId: string) =>
  t.orm.em.fork().findOne(ErasureRequest, { jobSeeker: jobSeekerId }, { orderBy: { requestedAt: 'desc' } });

const auditCount = async () => t.orm.em.fork().count(AuditEntry, {});

const candidateCount = async (vacancyId: string, token: string) => {
  const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates?limit=100`, { token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return (res.json.items as unknown[]).length;
};

beforeAll(async () => {
  t = await createTestApp();
  world = await buildApiWorld(t);
  const em = t.orm.em.fork();
  await rawQuery(em, `update job_seeker set email = ? where id = ?`, [EMAIL, world.personId]);
  phone = (await em.findOneOrFail(JobSeeker, world.personId)).phone;
  person = await personAccount(world.coach, world.personId);
  adminWeb = await webSessionFor(t, world.admin.user as User);
  coachWeb = await webSessionFor(t, world.coach.user as User);
});
afterAll(() => t.close());

describe('asking to stop', () => {
  let requestId: string;

  it('the person asks; asking again answers the same open request', async () => {
    const first = await t.request('POST', '/api/me/erasure', { token: person.token });
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect(first.json.request).toMatchObject({ status: 'REQUESTED', origin: 'PERSON' });
    expect(first.json.blockers).toHaveLength(1);
    requestId = first.json.request.id;
    const again = await t.request('POST', '/api/me/erasure', { token: person.token });
    expect(again.json.request.id).toBe(requestId);
    expect(await t.orm.em.fork().count(ErasureRequest, { jobSeeker: world.personId })).toBe(1);
  });

  it('from the request on, matching leaves the person out (a person who is not at work yet)', async () => {
    const id = await personReadyForMeetAndGreet(t, world.coach, 'Lotte Vertrekt');
    const lotte = await personAccount(world.coach, id);
    const before = await candidateCount(world.vacancyId, world.recruiter.token);
    expect(before).toBeGreaterThan(0);
    const asked = await t.request('POST', '/api/me/erasure', { token: lotte.token });
    expect(asked.status).toBe(200);
    expect(asked.json.blockers).toEqual([]);
    expect(await candidateCount(world.vacancyId, world.recruiter.token)).toBe(before - 1);
  });

  it('only programme staff confirm: the person and the lifecoach are refused and nothing is written', async () => {
    const audits = await auditCount();
    const row = await requestRow(world.personId);
    const asPerson = await t.request('POST', `/api/erasure-requests/${requestId}/confirm`, {
      token: person.token,
      body: { version: row?.version },
    });
    expect(asPerson.status).toBe(403);
    expect(asPerson.headers.get('content-type')).toContain('application/problem+json');
    const asCoach = await t.request('POST', `/api/erasure-requests/${requestId}/confirm`, {
      token: world.coach.token,
      body: { version: row?.version },
    });
    expect(asCoach.status).toBe(403);
    const page = await postForm(t, person.web, `/beheer/verwijderverzoeken/${requestId}/bevestigen`, {
      version: String(row?.version),
    });
    expect(page.status).toBe(404);
    const list = await t.request('GET', '/api/erasure-requests', { token: person.token });
    expect(list.status).toBe(403);
    expect((await requestRow(world.personId))?.status).toBe('REQUESTED');
    expect(await auditCount()).toBe(audits);
  });

  it('waits for the ongoing placement with a clear message, and writes nothing', async () => {
    const audits = await auditCount();
    const row = await requestRow(world.personId);
    const stale = await t.request('POST', `/api/erasure-requests/${requestId}/confirm`, {
      token: world.admin.token,
      body: { version: (row?.version ?? 0) + 5 },
    });
    expect(stale.status).toBe(409);
    const waits = await t.request('POST', `/api/erasure-requests/${requestId}/confirm`, {
      token: world.admin.token,
      body: { version: row?.version },
    });
    expect(waits.status, JSON.stringify(waits.json)).toBe(409);
    expect(waits.json.meta.blockers[0].code).toBe('ONGOING_PLACEMENT');
    expect(waits.json.meta.blockers[0].messageNl).toMatch(/plaatsing/);
    const still = await t.orm.em.fork().findOneOrFail(JobSeeker, world.personId);
    expect(still.fullName).toBe(NAME);
    expect(still.erasedAt).toBeNull();
    expect((await requestRow(world.personId))?.status).toBe('REQUESTED');
    expect(await auditCount()).toBe(audits);
  });

  it('programme staff explain why not yet; a too short reason is refused next to its field', async () => {
    const row = await requestRow(world.personId);
    const short = await t.request('POST', `/api/erasure-requests/${requestId}/not-yet`, {
      token: world.admin.token,
      body: { reason: 'nee', version: row?.version },
    });
    expect(short.status).toBe(422);
    expect(short.json.errors[0].path).toEqual(['reason']);
    expect((await requestRow(world.personId))?.status).toBe('REQUESTED');
    const page = await postForm(t, adminWeb, `/beheer/verwijderverzoeken/${requestId}/nog-niet`, {
      version: String(row?.version),
      reason: 'kort',
    });
    expect(page.status).toBe(422);
    expect(visibleText(page.html)).toContain('kort');
    const ok = await t.request('POST', `/api/erasure-requests/${requestId}/not-yet`, {
      token: world.admin.token,
      body: {
        reason: 'Het werk bij de werkgever loopt nog. Na het einde wissen we alles.',
        version: row?.version,
      },
    });
    expect(ok.status, JSON.stringify(ok.json)).toBe(200);
    expect(ok.json.status).toBe('NOT_YET');
    const own = await t.request('GET', '/api/me/erasure', { token: person.token });
    expect(own.json.request.notYetReason).toMatch(/Het werk/);
  });

  it('the list for programme staff shows the open request with what it waits for', async () => {
    const list = await t.request('GET', '/api/erasure-requests', { token: world.admin.token });
    expect(list.status).toBe(200);
    const mine = (list.json.items as { id: string }[]).find((item) => item.id === requestId);
    expect(mine).toMatchObject({ fullName: NAME, status: 'NOT_YET' });
    expect(list.json.items).toHaveLength(2);
    const page = await getPage(t, adminWeb, '/beheer/verwijderverzoeken');
    expect(page.status).toBe(200);
    expect(visibleText(page.html)).toContain(NAME);
  });
});

describe('the erasure', () => {
  let fairnessBefore: unknown;
  let requestId: string;

  beforeAll(async () => {
    await rawQuery(
      t.orm.em.fork(),
      `update placement set status = 'ENDED', end_date = start_date where job_seeker_id = ?`,
      [world.personId],
    );
    const report = await t.request('GET', '/api/reports/fairness', { token: world.admin.token });
    expect(report.status).toBe(200);
    fairnessBefore = report.json;
    const row = await requestRow(world.personId);
    requestId = row?.id as string;
    const page = await postForm(t, adminWeb, `/beheer/verwijderverzoeken/${requestId}/bevestigen`, {
      version: String(row?.version),
    });
    expect(page.status, page.html.slice(0, 400)).toBe(303);
  });

  it('is carried out: name, contact details, date of birth, address and free texts are gone', async () => {
    const em = t.orm.em.fork();
    const row = await em.findOneOrFail(JobSeeker, world.personId);
    expect(row.erasedAt).not.toBeNull();
    expect(row.fullName).not.toContain('Wereld');
    expect(row.phone).toBe('');
    expect(row.email).toBeNull();
    expect(row.postcodeFull).toBeNull();
    expect(row.dateOfBirth).toMatch(/^\d{4}-\d{2}-01$/);
    const texts = await rawQuery<Record<string, unknown>>(
      em,
      `select (select count(*)::int from assessment where job_seeker_id = ? and (answers <> '{}'::jsonb or evidence <> '[]'::jsonb)) as assessments,
              (select count(*)::int from trajectory_placement where job_seeker_id = ? and handover_note <> '') as handovers,
              (select count(*)::int from onboarding_plan_item i join placement p on p.id = i.placement_id where p.job_seeker_id = ?) as plan_items,
              (select count(*)::int from talent_profile where job_seeker_id = ? and profile <> '{}'::jsonb) as profiles`,
      [world.personId, world.personId, world.personId, world.personId],
    );
    expect(texts[0]).toEqual({ assessments: 0, handovers: 0, plan_items: 0, profiles: 0 });
    expect((await requestRow(world.personId))?.status).toBe('ERASED');
  });

  it('keeps what reports count: the segment, candidacies and the placement with dates to the month', async () => {
    const em = t.orm.em.fork();
    const row = await em.findOneOrFail(JobSeeker, world.personId);
    expect(row.currentSegment).toBe('READY');
    const kept = await rawQuery<{ candidacies: number; placement_start: string }>(
      em,
      `select (select count(*)::int from candidacy where job_seeker_id = ?) as candidacies,
              (select start_date from placement where job_seeker_id = ? limit 1) as placement_start`,
      [world.personId, world.personId],
    );
    expect(kept[0]?.candidacies).toBeGreaterThan(0);
    expect(kept[0]?.placement_start).toMatch(/-01$/);
    const report = await t.request('GET', '/api/reports/fairness', { token: world.admin.token });
    expect(report.json).toEqual(fairnessBefore);
  });

  it('ends the person’s sessions, tokens and sign-in codes; the audit log keeps its ids', async () => {
    expect((await t.request('GET', '/api/me/record', { token: person.token })).status).toBe(401);
    const page = await getPage(t, person.web, '/mijn-gegevens');
    expect(page.status).toBe(303);
    const open = await rawQuery<{ n: number }>(
      t.orm.em.fork(),
      `select count(*)::int as n from sign_in_code c join app_user u on u.id = c.user_id
        where u.job_seeker_id = ? and c.used_at is null and c.ended_at is null`,
      [world.personId],
    );
    expect(open[0]?.n).toBe(0);
    const entries = await t.orm.em.fork().find(AuditEntry, { subjectId: world.personId });
    expect(entries.length).toBeGreaterThan(10);
    expect(entries.map((entry) => entry.action)).toContain('job_seeker.erased');
  });

  it('no API response names the person any more, for any role', async () => {
    for (const user of [world.admin, world.coach, world.recruiter, world.coordinator]) {
      const responses = await crawl(t, user.token);
      expect(responses.length).toBeGreaterThan(20);
      const naming = responses.filter(
        (res) => res.text.includes('Wereld') || res.text.includes(phone) || res.text.includes(EMAIL),
      );
      expect(naming.map((res) => res.url)).toEqual([]);
    }
  });

  it('no page the lifecoach or programme staff reach by following links names the person', async () => {
    for (const [session, start] of [
      [coachWeb, ['/vandaag', '/werkzoekenden']],
      [adminWeb, ['/beheer', '/werkzoekenden', '/beheer/verwijderverzoeken?status=ERASED']],
    ] as const) {
      const pages = await crawlPages(t, session, start);
      expect(pages.length).toBeGreaterThan(5);
      expect(pages.filter((page) => page.status >= 500).map((page) => page.path)).toEqual([]);
      const naming = pages.filter(
        (page) => /Wereld|wereld\.testpersoon/.test(page.html) || page.html.includes(phone),
      );
      expect(naming.map((page) => page.path)).toEqual([]);
    }
  });

  it('no page of the lifecoach or programme staff names the person, and the record is not found', async () => {
    const pages: [WebSession, string][] = [
      [coachWeb, '/vandaag'],
      [coachWeb, '/werkzoekenden'],
      [coachWeb, '/werkzoekenden?q=Wereld'],
      [adminWeb, '/werkzoekenden'],
      [adminWeb, '/beheer/verwijderverzoeken'],
      [adminWeb, '/beheer/verwijderverzoeken?status=ERASED'],
      [adminWeb, `/beheer/meet-and-greets/${world.eventId}`],
    ];
    for (const [session, path] of pages) {
      const page = await getPage(t, session, path);
      expect(page.status, path).toBe(200);
      expect(visibleText(page.html), path).not.toContain('Wereld');
    }
    expect((await getPage(t, coachWeb, `/werkzoekenden/${world.personId}`)).status).toBe(404);
  });

  it('cannot be confirmed twice', async () => {
    const row = await requestRow(world.personId);
    const again = await t.request('POST', `/api/erasure-requests/${requestId}/confirm`, {
      token: world.admin.token,
      body: { version: row?.version },
    });
    expect(again.status).toBe(409);
  });
});

describe('taking part (PROGRAMME_PROCESSING)', () => {
  it('withdrawn by the lifecoach opens the erasure request and leaves matching; given again withdraws it', async () => {
    const id = await personReadyForMeetAndGreet(t, world.coach, 'Ilse Terugkeer');
    await recordConsent(t, world.coach, id, 'PROGRAMME_PROCESSING');
    const before = await candidateCount(world.vacancyId, world.recruiter.token);
    const withdraw = await t.request('POST', `/api/job-seekers/${id}/consents`, {
      token: world.coach.token,
      body: { purpose: 'PROGRAMME_PROCESSING', given: false, textVersion: 'programme-processing-v1' },
    });
    expect(withdraw.status, JSON.stringify(withdraw.json)).toBe(201);
    expect(await requestRow(id)).toMatchObject({ status: 'REQUESTED', origin: 'CONSENT_WITHDRAWN' });
    expect(await candidateCount(world.vacancyId, world.recruiter.token)).toBe(before - 1);
    // Nothing new starts for the person, such as a proposal for a learn-work trajectory.
    const offering = await t.factory.trajectoryOffering(world.coordinator.organisation);
    const proposal = {
      jobSeekerId: id,
      offeringId: offering.id,
      handoverNote: 'Werkt graag buiten en is altijd op tijd. Wil rustig beginnen, 8 uur per week.',
    };
    const refused = await t.request('POST', '/api/trajectory-placements', {
      token: world.coach.token,
      body: proposal,
    });
    expect(refused.status, JSON.stringify(refused.json)).toBe(422);
    expect(refused.json.errors[0].path).toEqual(['jobSeekerId']);
    const give = await t.request('POST', `/api/job-seekers/${id}/consents`, {
      token: world.coach.token,
      body: { purpose: 'PROGRAMME_PROCESSING', given: true, textVersion: 'programme-processing-v1' },
    });
    expect(give.status).toBe(201);
    expect((await requestRow(id))?.status).toBe('WITHDRAWN');
    expect(await candidateCount(world.vacancyId, world.recruiter.token)).toBe(before);
    const proposed = await t.request('POST', '/api/trajectory-placements', {
      token: world.coach.token,
      body: proposal,
    });
    expect(proposed.status, JSON.stringify(proposed.json)).toBe(201);
  });

  it('the lifecoach files the request on the person’s behalf; another lifecoach cannot', async () => {
    const id = await personReadyForMeetAndGreet(t, world.coach, 'Bram Namens');
    const other = await t.factory.user('LIFECOACH', world.admin.organisation);
    const refused = await t.request('POST', `/api/job-seekers/${id}/erasure`, { token: other.token });
    expect(refused.status).toBe(404);
    expect(await requestRow(id)).toBeNull();
    const filed = await t.request('POST', `/api/job-seekers/${id}/erasure`, { token: world.coach.token });
    expect(filed.status, JSON.stringify(filed.json)).toBe(200);
    expect(filed.json.request).toMatchObject({ origin: 'LIFECOACH', status: 'REQUESTED' });
    expect(filed.json.blockers).toEqual([]);
  });
});
