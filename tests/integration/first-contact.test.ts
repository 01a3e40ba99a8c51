import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { dutchCalendarDate } from '../../src/modules/job-seekers/calendar';
import { LifecoachAssignment } from '../../src/modules/job-seekers/job-seeker.entity';
import {
  firstContactCheckSchema,
  jobSeekerRecordSchema,
  lifecoachHistorySchema,
} from '../../src/modules/job-seekers/job-seeker.schemas';
import { workingDaysBefore } from '../../src/modules/job-seekers/working-days';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, webSessionFor } from '../support/web-page-session';

let t: TestApp;
let coach: TestUser;
let otherCoach: TestUser;
let admin: TestUser;
let partner: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  partner = await t.factory.user('PARTNER_WORKER');
});
afterAll(() => t.close());

const NOTE = 'Werkte als heftruckchauffeur. Bellen na 16 uur, hij heeft overdag zorg voor zijn moeder.';
let phoneNumber = 0;

/** A referral by the partner worker, with a note, as the API takes it. */
async function refer(fullName: string) {
  phoneNumber += 1;
  const res = await t.request('POST', '/api/job-seekers', {
    token: partner.token,
    body: {
      fullName,
      phone: `0655500${String(phoneNumber).padStart(3, '0')}`,
      postcode: '3011 AB',
      lifecoachId: coach.user.id,
      referralNote: NOTE,
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return jobSeekerRecordSchema.parse(res.json);
}

/** Moves the person's open assignment back to the start of the day `workingDays` working days ago. */
async function startedWorkingDaysAgo(jobSeekerId: string, workingDays: number) {
  const day = workingDaysBefore(dutchCalendarDate(new Date()), workingDays);
  await t.orm.em
    .fork()
    .nativeUpdate(
      LifecoachAssignment,
      { jobSeeker: jobSeekerId, endedAt: null },
      { startedAt: new Date(`${day}T09:00:00+01:00`) },
    );
}

async function checks(user: TestUser) {
  const res = await t.request('GET', '/api/first-contact-checks?limit=100', { token: user.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return pageSchema(firstContactCheckSchema).parse(res.json).items;
}

const waiting = async (user: TestUser, jobSeekerId: string) =>
  (await checks(user)).find((check) => check.jobSeekerId === jobSeekerId);

describe('a referral waits for its first conversation', () => {
  it('keeps the partner’s note for the lifecoach and the person, without a first contact yet', async () => {
    const person = await refer('Hamid Tesfaye');
    const res = await t.request('GET', `/api/job-seekers/${person.id}/lifecoach-history`, {
      token: coach.token,
    });
    const [first] = lifecoachHistorySchema.parse(res.json).items;
    expect(first).toMatchObject({ handoverNote: NOTE, firstContactAt: null });
  });

  it('is on the list after five working days, not after four, and only for whom it concerns', async () => {
    const late = await refer('Ilse Verhoeven');
    const early = await refer('Joost Ramdin');
    await startedWorkingDaysAgo(late.id, 6);
    await startedWorkingDaysAgo(early.id, 4);

    const mine = await waiting(coach, late.id);
    expect(mine).toMatchObject({
      fullName: 'Ilse Verhoeven',
      handedOver: false,
      note: NOTE,
      referringOrganisationName: partner.organisation.name,
      workingDaysWaiting: 6,
    });
    expect(await waiting(coach, early.id)).toBeUndefined();
    expect(await waiting(otherCoach, late.id)).toBeUndefined();
    expect(await waiting(admin, late.id)).toBeDefined();
    const refused = await t.request('GET', '/api/first-contact-checks', { token: partner.token });
    expect(refused.status).toBe(403);
    const listed = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'job_seeker.listed', entityId: late.id, actorUserId: coach.user.id });
    expect(listed).toBeGreaterThan(0);
  });

  it('leaves the list once the lifecoach records the conversation; a future day or a second time is refused', async () => {
    const person = await refer('Karin Oduya');
    await startedWorkingDaysAgo(person.id, 8);
    const path = `/api/job-seekers/${person.id}/first-contact`;

    const future = await t.request('POST', path, { token: coach.token, body: { contactedOn: '2999-01-01' } });
    expect(future.status).toBe(422);
    expect(problemSchema.parse(future.json).errors?.[0]?.path).toEqual(['contactedOn']);
    expect(await waiting(coach, person.id)).toBeDefined();

    expect((await t.request('POST', path, { token: otherCoach.token, body: {} })).status).toBe(404);
    expect((await t.request('POST', path, { token: partner.token, body: {} })).status).toBe(403);

    const day = workingDaysBefore(dutchCalendarDate(new Date()), 2);
    const recorded = await t.request('POST', path, { token: coach.token, body: { contactedOn: day } });
    expect(recorded.status, JSON.stringify(recorded.json)).toBe(200);
    expect(recorded.json.firstContactAt.slice(0, 10)).toBe(day);
    expect(await waiting(coach, person.id)).toBeUndefined();
    const again = await t.request('POST', path, { token: coach.token, body: {} });
    expect(again.status).toBe(409);
    const audit = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'job_seeker.first_contact_recorded', entityId: person.id });
    expect(audit).toBe(1);
  });

  it('counts recording a consent as the first conversation', async () => {
    const person = await refer('Lotte Baptiste');
    await startedWorkingDaysAgo(person.id, 7);
    const consent = await t.request('POST', `/api/job-seekers/${person.id}/consents`, {
      token: coach.token,
      body: {
        purpose: 'PROGRAMME_PROCESSING',
        given: true,
        textVersion: currentConsentTextVersion('PROGRAMME_PROCESSING'),
      },
    });
    expect(consent.status).toBe(201);
    expect(await waiting(coach, person.id)).toBeUndefined();
  });

  it('puts a handover on the new lifecoach’s list until they met the person', async () => {
    const person = await refer('Mo Chaouch');
    expect(
      (
        await t.request('POST', `/api/job-seekers/${person.id}/first-contact`, {
          token: coach.token,
          body: {},
        })
      ).status,
    ).toBe(200);
    const handover = await t.request('POST', `/api/job-seekers/${person.id}/handover`, {
      token: coach.token,
      body: { toLifecoachId: otherCoach.user.id, note: 'Mo wil graag in de zorg werken, ’s ochtends.' },
    });
    expect(handover.status).toBe(201);
    await startedWorkingDaysAgo(person.id, 5);
    expect(await waiting(otherCoach, person.id)).toMatchObject({
      handedOver: true,
      note: 'Mo wil graag in de zorg werken, ’s ochtends.',
    });
  });
});

describe('the pages', () => {
  it('show the wait on Today and in Beheer, and the lifecoach records the conversation with a form', async () => {
    const person = await refer('Nadia Poeran');
    await startedWorkingDaysAgo(person.id, 9);
    const coachWeb = await webSessionFor(t, coach.user);

    const today = visibleText((await getPage(t, coachWeb, '/vandaag')).html);
    expect(today).toContain('Nadia Poeran: plan het eerste gesprek');
    expect(today).toContain(`Wat de persoon al vertelde: “${NOTE}”`);
    const beheer = visibleText((await getPage(t, await webSessionFor(t, admin.user), '/beheer')).html);
    expect(beheer).toContain('Wacht op een eerste gesprek');
    expect(beheer).toContain('Nadia Poeran');

    const overview = visibleText((await getPage(t, coachWeb, `/werkzoekenden/${person.id}`)).html);
    expect(overview).toContain(`Bij de aanmelding: ${NOTE}`);
    expect(overview).toContain('Eerste gesprek vastleggen');

    const form = `/werkzoekenden/${person.id}/eerste-gesprek`;
    const forged = await postForm(t, coachWeb, form, {}, { withToken: false });
    expect(forged.status).toBe(403);
    const wrong = await postForm(t, coachWeb, form, { contactedOn: '2999-01-01' });
    expect(wrong.status).toBe(422);
    expect(wrong.html).toContain('value="2999-01-01"');
    expect(visibleText(wrong.html)).toContain('Deze datum ligt in de toekomst');
    expect(await waiting(coach, person.id)).toBeDefined();

    const saved = await postForm(t, coachWeb, form, { contactedOn: '' });
    expect(saved.status).toBe(303);
    expect(await waiting(coach, person.id)).toBeUndefined();
    const after = visibleText((await getPage(t, coachWeb, `/werkzoekenden/${person.id}`)).html);
    expect(after).not.toContain('Eerste gesprek vastleggen');
    expect(visibleText((await getPage(t, coachWeb, '/vandaag')).html)).not.toContain('Nadia Poeran');
  });
});
