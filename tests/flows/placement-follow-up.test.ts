import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { jobSeekerRecordSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import { candidateListSchema } from '../../src/modules/matching/matching.schemas';
import { checkInListSchema, checkInSchema } from '../../src/modules/placements/check-in.schemas';
import { digestSchema, followUpListSchema } from '../../src/modules/placements/follow-up.schemas';
import { onboardingPlanSchema, planItemSchema } from '../../src/modules/placements/onboarding-plan.schemas';
import { hoursBuildUpSchema, placementSchema } from '../../src/modules/placements/placement.schemas';
import { addDays } from '../../src/modules/readiness/review-dates';
import { segmentReviewSchema } from '../../src/modules/readiness/segment-decision.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { completeAssessmentThroughApi } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { warehouseVacancy } from '../support/vacancy-fixtures';

/**
 * After the hire: a person ready for work is hired by a warehouse, starts six weeks ago with a mentor
 * (not the manager), a manager and her lifecoach; the hours build up 12 → 20 → 28 → 32 and the
 * employer's onboarding plan is commented on by mentor and lifecoach. Conversations are recorded
 * week by week (passing their dates), and the digest on each simulated day shows what was due then.
 * The manager's two-weekly feedback slips and shows up as overdue; the lifecoach raises a serious
 * worry that the employer sees as a flag only; the placement ends with a named cause and the person
 * returns to the programme, whose segment comes up for review today.
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;
let manager: TestUser;
let mentor: TestUser;
let jobSeekerId: string;
let placementId: string;

const TODAY = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const START = addDays(TODAY, -42); // week 7 today
const day = (n: number) => addDays(START, n);
const PRIVATE_WORRY = 'Haar moeder is ernstig ziek en ze slaapt slecht.';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user(
    'EMPLOYER_RECRUITER',
    await t.factory.organisation('EMPLOYER', 'Magazijn Waalhaven'),
  );
  manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
});
afterAll(() => t.close());

const record = async (token: string, kind: string, date: string, report: string, howItsGoing = 'GOOD') => {
  const res = await t.request('POST', `/api/placements/${placementId}/check-ins`, {
    token,
    body: { kind, date, report, howItsGoing, agreedActions: ['Over twee weken weer even bijpraten.'] },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return checkInSchema.parse(res.json);
};

const digestOn = async (date: string) => {
  const res = await t.request('GET', `/api/follow-up-digest?date=${date}&limit=100`, { token: admin.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return digestSchema.parse(res.json);
};
const itemsFor = (digest: Awaited<ReturnType<typeof digestOn>>, user: TestUser) =>
  digest.recipients
    .find((r) => r.user.id === user.user.id)
    ?.items.map((i) => [i.kind, i.state, i.relation]) ?? [];

describe('after the start of work', () => {
  it('a person ready for work is matched, and the employer records the hire by candidate code', async () => {
    const person = await t.factory.jobSeeker(coach.user, {
      fullName: 'Sanne de Groot',
      dateOfBirth: '1984-09-12',
    });
    jobSeekerId = person.id;
    await completeAssessmentThroughApi(t, coach.token, person.id);
    await t.request('POST', `/api/job-seekers/${person.id}/consents`, {
      token: coach.token,
      body: { purpose: 'MATCHING', given: true, textVersion: currentConsentTextVersion('MATCHING') },
    });
    const created = await t.request('POST', '/api/vacancies', {
      token: recruiter.token,
      body: {
        ...warehouseVacancy,
        title: 'Schoonmaker magazijn',
        postcode: '3011',
        hours: { min: 24, max: 32 },
        requirements: [{ competenceCode: 'P-SCHOONMAKEN', level: 2, tier: 'ESSENTIAL' }],
      },
    });
    const vacancy = vacancySchema.parse(created.json);
    await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
      token: recruiter.token,
      body: { status: 'OPEN', version: vacancy.version },
    });
    const candidates = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancy.id}/candidates`, { token: recruiter.token })).json,
    );
    expect(candidates.items).toHaveLength(1);
    const hire = await t.request('POST', '/api/placements', {
      token: recruiter.token,
      body: { vacancyId: vacancy.id, candidateCode: candidates.items[0]?.candidateCode, startDate: START },
    });
    expect(hire.status, JSON.stringify(hire.json)).toBe(201);
    const placement = placementSchema.parse(hire.json);
    placementId = placement.id;
    // She has not agreed to share her profile with this employer yet: the employer sees her code.
    expect(placement).toMatchObject({
      status: 'DRAFT',
      person: { candidateCode: candidates.items[0]?.candidateCode, fullName: null },
      lifecoach: { id: coach.user.id },
    });
    expect(hire.text).not.toContain('Sanne');
    // She agrees; from now on the employer reads her name.
    const consent = await t.request('POST', `/api/job-seekers/${person.id}/consents`, {
      token: coach.token,
      body: {
        purpose: 'PROFILE_SHARING',
        given: true,
        textVersion: currentConsentTextVersion('PROFILE_SHARING'),
        employerOrganisationId: recruiter.organisation.id,
      },
    });
    expect(consent.status, JSON.stringify(consent.json)).toBe(201);
    const named = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placementId}`, { token: recruiter.token })).json,
    );
    expect(named.person).toMatchObject({ fullName: 'Sanne de Groot' });
  });

  it('names a mentor who is not the manager, agrees the contract and starts', async () => {
    const current = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placementId}`, { token: recruiter.token })).json,
    );
    const samePerson = await t.request('PATCH', `/api/placements/${placementId}`, {
      token: recruiter.token,
      body: { mentorUserId: mentor.user.id, managerUserId: mentor.user.id, version: current.version },
    });
    expect(samePerson.status).toBe(422);
    expect(samePerson.json.errors[0].path).toEqual(['mentorUserId']);
    const named = await t.request('PATCH', `/api/placements/${placementId}`, {
      token: recruiter.token,
      body: {
        mentorUserId: mentor.user.id,
        managerUserId: manager.user.id,
        contractDurationMonths: 7,
        version: current.version,
      },
    });
    expect(named.status, JSON.stringify(named.json)).toBe(200);
    const started = await t.request('POST', `/api/placements/${placementId}/start`, {
      token: recruiter.token,
      body: {},
    });
    expect(started.status, JSON.stringify(started.json)).toBe(200);
    expect(placementSchema.parse(started.json)).toMatchObject({
      status: 'ACTIVE',
      startDate: START,
      hours: { currentWeek: 7 },
    });
  });

  it('builds up the hours 12 → 20 → 28 → 32; this week’s agreed hours are always visible', async () => {
    const current = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placementId}`, { token: manager.token })).json,
    );
    const res = await t.request('PUT', `/api/placements/${placementId}/hours-build-up`, {
      token: manager.token,
      body: {
        steps: [
          { fromWeek: 1, hours: 12 },
          { fromWeek: 3, hours: 20 },
          { fromWeek: 6, hours: 28 },
          { fromWeek: 9, hours: 32 },
        ],
        reason: 'Afgesproken met Sanne en haar lifecoach: rustig opbouwen.',
        version: current.version,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(hoursBuildUpSchema.parse(res.json)).toMatchObject({ currentWeek: 7, agreedHoursThisWeek: 28 });
    const asMentor = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placementId}`, { token: mentor.token })).json,
    );
    expect(asMentor.hours.agreedHoursThisWeek).toBe(28);
  });

  it('the employer draws up the onboarding plan; mentor and lifecoach comment', async () => {
    const item = await t.request('POST', `/api/placements/${placementId}/onboarding-plan/items`, {
      token: recruiter.token,
      body: {
        kind: 'LEARNING_ITEM',
        title: 'Veilig werken met schoonmaakmiddelen',
        targetDate: day(14),
        competenceCodes: ['P-SCHOONMAKEN'],
        status: 'DONE',
      },
    });
    expect(item.status, JSON.stringify(item.json)).toBe(201);
    const goal = planItemSchema.parse(
      (
        await t.request('POST', `/api/placements/${placementId}/onboarding-plan/items`, {
          token: manager.token,
          body: { kind: 'GOAL', title: 'Zelfstandig de avondronde doen', targetDate: day(63) },
        })
      ).json,
    );
    for (const [token, text] of [
      [mentor.token, 'Ik loop de eerste twee avondrondes mee.'],
      [coach.token, 'Avonden zijn lastig met de opvang; graag eerst overdag.'],
    ] as const) {
      const res = await t.request('POST', `/api/placements/${placementId}/onboarding-plan/comments`, {
        token,
        body: { itemId: goal.id, text },
      });
      expect(res.status).toBe(201);
    }
    const plan = onboardingPlanSchema.parse(
      (await t.request('GET', `/api/placements/${placementId}/onboarding-plan`, { token: coach.token })).json,
    );
    expect(plan.progress).toEqual({ total: 2, done: 1, overdue: 0 });
    expect(plan.items[1]?.comments.map((c) => c.author.role)).toEqual(['MENTOR', 'LIFECOACH']);
  });

  it('records conversations over the weeks; each day’s digest shows what was due then', async () => {
    // Week 1 and 2: the first manager feedback is due on day 14 — "due" from day 11.
    await record(mentor.token, 'MENTOR', day(3), 'Eerste week: ze kent de ruimtes en het rooster.');
    await record(coach.token, 'LIFECOACH', day(4), 'De reis met de tram gaat goed; opvang is geregeld.');
    expect(itemsFor(await digestOn(day(12)), manager)).toEqual([['MANAGER_FEEDBACK', 'DUE', 'YOURS']]);
    await record(mentor.token, 'MENTOR', day(10), 'Ze werkt netjes en vraagt zelf om uitleg.');
    await record(manager.token, 'MANAGER_FEEDBACK', day(13), 'Goed begin. Tempo mag omhoog in week 3.');
    expect(itemsFor(await digestOn(day(16)), manager)).toEqual([]);
    // Weeks 3–6: mentor and lifecoach every week, then every two weeks; manager again on day 27.
    await record(mentor.token, 'MENTOR', day(17), 'Twintig uur gaat goed.');
    await record(coach.token, 'LIFECOACH', day(18), 'Thuis gaat het goed; energie is er.');
    await record(mentor.token, 'MENTOR', day(24), 'Ze helpt een nieuwe collega op weg.');
    await record(manager.token, 'MANAGER_FEEDBACK', day(27), 'Prima. We gaan naar 28 uur in week 6.');
    await record(coach.token, 'LIFECOACH', day(32), 'Ze is moe van de extra uren, maar het lukt.');
    await record(mentor.token, 'MENTOR', day(38), 'Rustige week.');
    // The manager's next feedback was due on day 41; on day 41 it is still just due.
    expect(itemsFor(await digestOn(day(41)), manager)).toEqual([['MANAGER_FEEDBACK', 'DUE', 'YOURS']]);
  });

  it('shows today’s overdue manager feedback in the lists of the manager, the lifecoach and the programme', async () => {
    const overdueIn = async (user: TestUser, query = '') => {
      const res = await t.request('GET', `/api/follow-up-items${query}`, { token: user.token });
      expect(res.status).toBe(200);
      return followUpListSchema
        .parse(res.json)
        .items.filter((i) => i.placementId === placementId && i.state === 'OVERDUE')
        .map((i) => [i.kind, i.dueDate, i.daysOverdue, i.assignee?.id]);
    };
    const expected = [['MANAGER_FEEDBACK', day(41), 1, manager.user.id]];
    expect(await overdueIn(manager)).toEqual(expected);
    expect(await overdueIn(coach)).toEqual(expected);
    expect(await overdueIn(admin, `?assigneeUserId=${manager.user.id}`)).toEqual(expected);
    expect(await overdueIn(mentor)).toEqual([]);
    const digest = await digestOn(TODAY);
    expect(itemsFor(digest, manager)).toContainEqual(['MANAGER_FEEDBACK', 'OVERDUE', 'YOURS']);
    expect(itemsFor(digest, coach)).toContainEqual(['MANAGER_FEEDBACK', 'OVERDUE', 'SIGNAL']);
  });

  it('a serious worry of the lifecoach reaches the employer as a flag, without her private story', async () => {
    await record(coach.token, 'LIFECOACH', day(40), PRIVATE_WORRY, 'SERIOUS_WORRIES');
    await record(mentor.token, 'MENTOR', day(41), 'Ze is stil en komt twee keer te laat.', 'SOME_WORRIES');
    const asManager = await t.request('GET', `/api/placements/${placementId}`, { token: manager.token });
    const view = placementSchema.parse(asManager.json);
    expect(view.worryFlags.map((f) => [f.kind, f.howItsGoing, f.date])).toEqual([
      ['MENTOR', 'SOME_WORRIES', day(41)],
      ['LIFECOACH', 'SERIOUS_WORRIES', day(40)],
    ]);
    expect(asManager.text).not.toContain('moeder');
    const managersReports = await t.request('GET', `/api/placements/${placementId}/check-ins?limit=100`, {
      token: manager.token,
    });
    expect(
      checkInListSchema.parse(managersReports.json).items.every((c) => c.kind === 'MANAGER_FEEDBACK'),
    ).toBe(true);
    expect(managersReports.text).not.toContain('moeder');
    const coachReads = checkInListSchema.parse(
      (
        await t.request('GET', `/api/placements/${placementId}/check-ins?kind=MENTOR&limit=1`, {
          token: coach.token,
        })
      ).json,
    );
    expect(coachReads.items[0]?.report).toBe('Ze is stil en komt twee keer te laat.');
  });

  it('ends with a named cause; she returns to the programme and her segment comes up for review today', async () => {
    const before = jobSeekerRecordSchema.parse(
      (await t.request('GET', `/api/job-seekers/${jobSeekerId}`, { token: coach.token })).json,
    );
    expect(before.view === 'FULL' && before.segment.current).toBe('READY');
    expect(
      before.view === 'FULL' && before.segment.reviewDate !== null && before.segment.reviewDate > TODAY,
    ).toBe(true);
    const noReason = await t.request('POST', `/api/placements/${placementId}/end`, {
      token: coach.token,
      body: { endDate: TODAY, note: 'Ze stopt om voor haar moeder te zorgen.', returnsToProgramme: true },
    });
    expect(noReason.status).toBe(422);
    const ended = await t.request('POST', `/api/placements/${placementId}/end`, {
      token: coach.token,
      body: {
        endDate: TODAY,
        reason: 'PERSONAL_CIRCUMSTANCES',
        note: 'Ze stopt om voor haar moeder te zorgen; later wil ze weer aan het werk.',
        returnsToProgramme: true,
      },
    });
    expect(ended.status, JSON.stringify(ended.json)).toBe(200);
    const placement = placementSchema.parse(ended.json);
    expect(placement).toMatchObject({
      status: 'ENDED',
      outcome: { endReason: 'PERSONAL_CIRCUMSTANCES', endDate: TODAY, returnsToProgramme: true },
      followUp: [],
    });
    expect(placement.retention.map((r) => r.outcome)).toEqual([
      'NOT_RETAINED',
      'NOT_RETAINED',
      'NOT_RETAINED',
    ]);
    const reviews = await t.request('GET', '/api/segment-reviews?withinDays=0', { token: coach.token });
    const review = reviews.json.items
      .map((item: unknown) => segmentReviewSchema.parse(item))
      .find((item: { jobSeekerId: string }) => item.jobSeekerId === jobSeekerId);
    expect(review).toMatchObject({ reviewDate: TODAY, daysUntilReview: 0, segment: 'READY' });
    const after = jobSeekerRecordSchema.parse(
      (await t.request('GET', `/api/job-seekers/${jobSeekerId}`, { token: coach.token })).json,
    );
    expect(after.view === 'FULL' && after.segment).toMatchObject({ reviewDate: TODAY, reviewDue: true });
    // Nothing is due any more, for anyone.
    const due = followUpListSchema.parse(
      (await t.request('GET', '/api/follow-up-items', { token: coach.token })).json,
    );
    expect(due.items.filter((i) => i.placementId === placementId)).toEqual([]);
    // The employer sees the cause, not the lifecoach's words.
    const asEmployer = await t.request('GET', `/api/placements/${placementId}`, { token: recruiter.token });
    expect(placementSchema.parse(asEmployer.json).outcome.endReasonLabelNl).toBe(
      'Persoonlijke omstandigheden',
    );
    expect(asEmployer.text).not.toContain('moeder');
  });

  it('keeps the whole story in the audit log, by id', async () => {
    const res = await t.request('GET', `/api/audit-entries?subjectId=${jobSeekerId}&limit=100`, {
      token: admin.token,
    });
    const actions = new Set(res.json.items.map((e: unknown) => auditEntrySchema.parse(e).action));
    for (const action of [
      'placement.created',
      'placement.updated',
      'placement.started',
      'placement.hours_agreed',
      'onboarding_plan.item_added',
      'onboarding_plan.commented',
      'check_in.recorded',
      'placement.viewed',
      'placement.digest_listed',
      'placement.ended',
      'segment_decision.review_requested',
      'candidate.identity_revealed',
    ]) {
      expect(actions.has(action), action).toBe(true);
    }
    expect(res.text).not.toContain('Sanne');
  });
});
