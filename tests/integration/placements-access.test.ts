import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { checkInListSchema } from '../../src/modules/placements/check-in.schemas';
import { followUpListSchema } from '../../src/modules/placements/follow-up.schemas';
import { onboardingPlanSchema } from '../../src/modules/placements/onboarding-plan.schemas';
import type { Placement } from '../../src/modules/placements/placement.entity';
import {
  hoursBuildUpSchema,
  placementSchema,
  placementSummarySchema,
} from '../../src/modules/placements/placement.schemas';
import { addDays } from '../../src/modules/readiness/review-dates';
import { completeAssessmentThroughApi, readyAnswerParts } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Who sees what of a placement. The secrets below are written by the lifecoach (a report and a
 * support note) and must never reach any employer user, whatever they ask for; an employer's
 * people see nothing of another employer's placements (404, so existence does not leak).
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let recruiterA: TestUser;
let managerA: TestUser;
let mentorA: TestUser;
let bystanderMentorA: TestUser;
let recruiterB: TestUser;
let mentorB: TestUser;
let placementA: Placement;
let placementB: Placement;
let jobSeekerId: string;

const LIFECOACH_SECRET = 'huurachterstand bij Woonstad';
const SUPPORT_SECRET = 'afspraak bij de Kredietbank';
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  managerA = await t.factory.user('EMPLOYER_RECRUITER', recruiterA.organisation);
  mentorA = await t.factory.user('MENTOR', recruiterA.organisation);
  bystanderMentorA = await t.factory.user('MENTOR', recruiterA.organisation);
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  mentorB = await t.factory.user('MENTOR', recruiterB.organisation);
  const managerB = await t.factory.user('EMPLOYER_RECRUITER', recruiterB.organisation);

  // A person with a full talent profile, support needs included (readyAnswerParts: debts, a plan for the week).
  const person = await t.factory.jobSeeker(coach.user, {
    fullName: 'Rachid Bouzid',
    dateOfBirth: '1979-03-02',
  });
  jobSeekerId = person.id;
  await completeAssessmentThroughApi(t, coach.token, person.id, readyAnswerParts);
  placementA = await t.factory.placement(person, await t.factory.vacancy(recruiterA.organisation), {
    startDate: addDays(today(), -10),
    mentor: mentorA.user,
    manager: managerA.user,
  });
  const personB = await t.factory.jobSeeker(coach.user, { fullName: 'Lotte Visser' });
  placementB = await t.factory.placement(personB, await t.factory.vacancy(recruiterB.organisation), {
    startDate: addDays(today(), -10),
    mentor: mentorB.user,
    manager: managerB.user,
  });

  const record = async (token: string, kind: string, report: string, howItsGoing = 'GOOD') => {
    const res = await t.request('POST', `/api/placements/${placementA.id}/check-ins`, {
      token,
      body: { kind, date: addDays(today(), -1), report, howItsGoing, agreedActions: [`Actie: ${report}`] },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
  };
  await record(
    coach.token,
    'LIFECOACH',
    `Er is een ${LIFECOACH_SECRET}; we regelen een betalingsregeling.`,
    'SERIOUS_WORRIES',
  );
  await record(managerA.token, 'MANAGER_FEEDBACK', 'Hij is op tijd en leert snel de scanner gebruiken.');
  await record(mentorA.token, 'MENTOR', 'Hij durft nog weinig te vragen aan collega’s.', 'SOME_WORRIES');
  const note = await t.request('POST', `/api/placements/${placementA.id}/support-notes`, {
    token: coach.token,
    body: { note: `Volgende week een ${SUPPORT_SECRET} over de schulden.` },
  });
  expect(note.status).toBe(201);
});
afterAll(() => t.close());

describe('an employer never reads lifecoach reports or support needs', () => {
  const employerReads = (id: string) => [
    `/api/placements/${id}`,
    '/api/placements?limit=100',
    `/api/placements/${id}/check-ins`,
    `/api/placements/${id}/check-ins?kind=LIFECOACH`,
    `/api/placements/${id}/onboarding-plan`,
    `/api/placements/${id}/hours-build-up`,
    '/api/follow-up-items?state=UPCOMING&limit=100',
    '/api/follow-up-items?limit=100',
  ];

  it('for the recruiter, the manager and the mentor, on every read', async () => {
    for (const user of [recruiterA, managerA, mentorA]) {
      for (const path of employerReads(placementA.id)) {
        const res = await t.request('GET', path, { token: user.token });
        expect(res.status, `${path}: ${res.text}`).toBe(200);
        for (const secret of [
          LIFECOACH_SECRET,
          'betalingsregeling',
          SUPPORT_SECRET,
          'Kredietbank',
          'supportNeeds',
          'steunNodig',
          'Hulp bij het plannen',
          jobSeekerId,
        ]) {
          expect(res.text, `${user.user.role} ${path} leaks ${secret}`).not.toContain(secret);
        }
      }
    }
  });

  it('parses every employer view with the routes’ own schemas, so no unexpected field slips through', async () => {
    const view = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placementA.id}`, { token: managerA.token })).json,
    );
    // Rachid did not agree to share his profile with this employer: the manager sees his code only.
    expect(view.person).toEqual({ candidateCode: expect.stringMatching(/^K-[A-Z2-9]{6}$/), fullName: null });
    expect(view.worryFlags).toEqual([
      expect.objectContaining({ kind: 'LIFECOACH', howItsGoing: 'SERIOUS_WORRIES' }),
      expect.objectContaining({ kind: 'MENTOR', howItsGoing: 'SOME_WORRIES' }),
    ]);
    const checkIns = checkInListSchema.parse(
      (await t.request('GET', `/api/placements/${placementA.id}/check-ins`, { token: managerA.token })).json,
    );
    expect(checkIns.items.map((c) => c.kind)).toEqual(['MANAGER_FEEDBACK']);
    const mentorCheckIns = checkInListSchema.parse(
      (await t.request('GET', `/api/placements/${placementA.id}/check-ins`, { token: mentorA.token })).json,
    );
    expect(mentorCheckIns.items.map((c) => c.kind)).toEqual(['MENTOR']);
    onboardingPlanSchema.parse(
      (await t.request('GET', `/api/placements/${placementA.id}/onboarding-plan`, { token: mentorA.token }))
        .json,
    );
    hoursBuildUpSchema.parse(
      (await t.request('GET', `/api/placements/${placementA.id}/hours-build-up`, { token: recruiterA.token }))
        .json,
    );
    const list = await t.request('GET', '/api/placements', { token: recruiterA.token });
    for (const item of list.json.items)
      expect(placementSummarySchema.parse(item).person.jobSeekerId).toBeUndefined();
  });

  it('refuses support notes to every employer role', async () => {
    for (const user of [recruiterA, managerA, mentorA]) {
      const res = await t.request('GET', `/api/placements/${placementA.id}/support-notes`, {
        token: user.token,
      });
      expect(res.status).toBe(403);
      expect(res.text).not.toContain(SUPPORT_SECRET);
    }
  });

  it('while the lifecoach reads it all, and the secrets are really there to leak', async () => {
    const checkIns = await t.request('GET', `/api/placements/${placementA.id}/check-ins`, {
      token: coach.token,
    });
    expect(checkIns.text).toContain(LIFECOACH_SECRET);
    const notes = await t.request('GET', `/api/placements/${placementA.id}/support-notes`, {
      token: coach.token,
    });
    expect(notes.text).toContain(SUPPORT_SECRET);
  });
});

describe('a mentor of employer A sees nothing of employer B', () => {
  const reads = (id: string) => [
    `/api/placements/${id}`,
    `/api/placements/${id}/check-ins`,
    `/api/placements/${id}/onboarding-plan`,
    `/api/placements/${id}/hours-build-up`,
  ];

  it('answers 404 on every read and write of another employer’s placement', async () => {
    for (const user of [mentorA, recruiterA, managerA]) {
      for (const path of reads(placementB.id)) {
        const res = await t.request('GET', path, { token: user.token });
        expect(res.status, `${user.user.role} ${path}`).toBe(404);
        expect(res.text).not.toContain('Lotte');
      }
    }
    const checkIn = await t.request('POST', `/api/placements/${placementB.id}/check-ins`, {
      token: mentorA.token,
      body: { kind: 'MENTOR', date: today(), report: 'Dit gesprek hoort hier niet.', howItsGoing: 'GOOD' },
    });
    expect(checkIn.status).toBe(404);
    const comment = await t.request('POST', `/api/placements/${placementB.id}/onboarding-plan/comments`, {
      token: mentorA.token,
      body: { text: 'Hallo?' },
    });
    expect(comment.status).toBe(404);
    const patch = await t.request('PATCH', `/api/placements/${placementB.id}`, {
      token: recruiterA.token,
      body: { contractHoursPerWeek: 20, version: 1 },
    });
    expect(patch.status).toBe(404);
    const end = await t.request('POST', `/api/placements/${placementB.id}/end`, {
      token: recruiterA.token,
      body: { endDate: today(), reason: 'OTHER', note: 'Niet van ons.', returnsToProgramme: true },
    });
    expect(end.status).toBe(404);
  });

  it('leaves employer B’s placements out of employer A’s lists', async () => {
    for (const user of [mentorA, recruiterA]) {
      const list = await t.request('GET', '/api/placements?limit=100', { token: user.token });
      expect(list.json.items.map((i: { id: string }) => i.id)).not.toContain(placementB.id);
      const due = followUpListSchema.parse(
        (await t.request('GET', '/api/follow-up-items?state=UPCOMING&limit=100', { token: user.token })).json,
      );
      expect(due.items.map((i) => i.placementId)).not.toContain(placementB.id);
      const filtered = await t.request('GET', `/api/placements?employerId=${recruiterB.organisation.id}`, {
        token: user.token,
      });
      expect(filtered.json.items).toEqual([]);
    }
  });

  it('keeps a mentor of the same employer who is not named on it out too', async () => {
    expect(
      (await t.request('GET', `/api/placements/${placementA.id}`, { token: bystanderMentorA.token })).status,
    ).toBe(404);
    expect((await t.request('GET', '/api/placements', { token: bystanderMentorA.token })).json.items).toEqual(
      [],
    );
  });

  it('keeps a lifecoach to the placements they follow', async () => {
    expect(
      (await t.request('GET', `/api/placements/${placementA.id}`, { token: otherCoach.token })).status,
    ).toBe(404);
  });
});

describe('roles and tokens', () => {
  it('answers 401 without a token and 403 to roles without a part in placements', async () => {
    expect((await t.request('GET', `/api/placements/${placementA.id}`)).status).toBe(401);
    expect((await t.request('GET', '/api/follow-up-items')).status).toBe(401);
    const partner = await t.factory.user('PARTNER_WORKER');
    const coordinator = await t.factory.user('TRAJECTORY_COORDINATOR');
    for (const user of [partner, coordinator]) {
      for (const path of [`/api/placements/${placementA.id}`, '/api/placements', '/api/follow-up-items']) {
        expect((await t.request('GET', path, { token: user.token })).status, path).toBe(403);
      }
      const end = await t.request('POST', `/api/placements/${placementA.id}/end`, {
        token: user.token,
        body: { endDate: today(), reason: 'OTHER', note: 'Mag deze rol niet.', returnsToProgramme: false },
      });
      expect(end.status).toBe(403);
    }
  });
});

describe('every view is audited', () => {
  it('writes who saw what of the person, by id only', async () => {
    await t.request('GET', `/api/placements/${placementA.id}`, { token: mentorA.token });
    await t.request('GET', `/api/placements/${placementA.id}/check-ins`, { token: mentorA.token });
    await t.request('GET', `/api/placements/${placementA.id}/onboarding-plan`, { token: mentorA.token });
    await t.request('GET', `/api/placements/${placementA.id}/hours-build-up`, { token: mentorA.token });
    await t.request('GET', '/api/placements', { token: mentorA.token });
    await t.request('GET', '/api/follow-up-items?state=UPCOMING', { token: mentorA.token });
    await t.request('GET', `/api/placements/${placementA.id}/support-notes`, { token: coach.token });
    const res = await t.request('GET', `/api/audit-entries?subjectId=${jobSeekerId}&limit=100`, {
      token: admin.token,
    });
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    const byMentor = new Set(
      entries
        .filter((e: { actorUserId: string }) => e.actorUserId === mentorA.user.id)
        .map((e: { action: string }) => e.action),
    );
    for (const action of [
      'placement.viewed',
      'check_in.listed',
      'onboarding_plan.viewed',
      'placement.hours_viewed',
      'placement.listed',
      'placement.follow_up_listed',
      'check_in.recorded',
    ]) {
      expect(byMentor.has(action), action).toBe(true);
    }
    expect(
      entries.some(
        (e: { action: string; actorUserId: string }) =>
          e.action === 'placement_support_note.viewed' && e.actorUserId === coach.user.id,
      ),
    ).toBe(true);
    expect(res.text).not.toContain(LIFECOACH_SECRET);
    expect(res.text).not.toContain('Rachid');
  });
});
