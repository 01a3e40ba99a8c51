import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  onboardingPlanSchema,
  planCommentSchema,
  planItemSchema,
} from '../../src/modules/placements/onboarding-plan.schemas';
import type { Placement } from '../../src/modules/placements/placement.entity';
import { addDays } from '../../src/modules/readiness/review-dates';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;
let manager: TestUser;
let mentor: TestUser;
let mentorB: TestUser;
let placement: Placement;
let otherPlacement: Placement;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const START = () => addDays(today(), -21);

const scanItem = () => ({
  kind: 'LEARNING_ITEM',
  title: 'Werken met de handscanner',
  description: 'Je scant zelf de orders in en lost meldingen op.',
  targetDate: addDays(START(), 28),
  competenceCodes: ['P-ORDERPICKEN', 'T-WORK-IN-TEAMS'],
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  manager = await t.factory.user('MENTOR', recruiter.organisation); // a team leader with the MENTOR role
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  mentorB = await t.factory.user('MENTOR');
  const vacancy = await t.factory.vacancy(recruiter.organisation);
  placement = await t.factory.placement(await t.factory.jobSeeker(coach.user), vacancy, {
    startDate: START(),
    mentor: mentor.user,
    manager: manager.user,
  });
  otherPlacement = await t.factory.placement(await t.factory.jobSeeker(coach.user), vacancy, {
    startDate: START(),
    mentor: mentor.user,
    manager: manager.user,
  });
});
afterAll(() => t.close());

const addItem = (token: string, body: object, id = placement.id) =>
  t.request('POST', `/api/placements/${id}/onboarding-plan/items`, { token, body });

describe('the onboarding plan is the employer’s', () => {
  it('lets the recruiter and the manager add goals and learning items with the competences they develop', async () => {
    const byRecruiter = await addItem(recruiter.token, scanItem());
    expect(byRecruiter.status, JSON.stringify(byRecruiter.json)).toBe(201);
    expect(planItemSchema.parse(byRecruiter.json)).toMatchObject({
      kind: 'LEARNING_ITEM',
      kindLabelNl: 'Leerpunt',
      status: 'PLANNED',
      overdue: false,
      competences: [
        { code: 'P-ORDERPICKEN', labelNl: expect.any(String) },
        { code: 'T-WORK-IN-TEAMS', labelNl: expect.any(String) },
      ],
    });
    const byManager = await addItem(manager.token, {
      kind: 'GOAL',
      title: 'Zelfstandig een ochtenddienst draaien',
      targetDate: addDays(START(), 56),
    });
    expect(byManager.status).toBe(201);
    // Already past its date and not done: overdue.
    const late = await addItem(recruiter.token, {
      kind: 'GOAL',
      title: 'Rondleiding en veiligheidsinstructie',
      targetDate: addDays(START(), 2),
    });
    expect(planItemSchema.parse(late.json).overdue).toBe(true);
  });

  it('refuses the mentor and the lifecoach changing it, and unknown competences or dates before the start', async () => {
    expect((await addItem(mentor.token, scanItem())).status).toBe(403);
    expect((await addItem(coach.token, scanItem())).status).toBe(403);
    expect((await addItem(admin.token, scanItem())).status).toBe(403);
    const unknown = await addItem(recruiter.token, { ...scanItem(), competenceCodes: ['P-JONGLEREN'] });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].path).toEqual(['competenceCodes', 0]);
    const twice = await addItem(recruiter.token, {
      ...scanItem(),
      competenceCodes: ['P-ORDERPICKEN', 'P-ORDERPICKEN'],
    });
    expect(twice.status).toBe(422);
    const early = await addItem(recruiter.token, { ...scanItem(), targetDate: addDays(START(), -1) });
    expect(early.status).toBe(422);
    expect(early.json.errors[0].path).toEqual(['targetDate']);
    expect((await addItem(recruiter.token, { ...scanItem(), kind: 'WISH' })).status).toBe(422);
    expect((await addItem(mentorB.token, scanItem())).status).toBe(404);
  });

  it('changes an item’s status with its version, and answers 409 on a stale one', async () => {
    const created = planItemSchema.parse((await addItem(recruiter.token, scanItem())).json);
    const done = await t.request('PATCH', `/api/onboarding-plan-items/${created.id}`, {
      token: manager.token,
      body: { status: 'DONE', version: created.version },
    });
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    expect(planItemSchema.parse(done.json)).toMatchObject({ status: 'DONE', statusLabelNl: 'Klaar' });
    const stale = await t.request('PATCH', `/api/onboarding-plan-items/${created.id}`, {
      token: recruiter.token,
      body: { status: 'IN_PROGRESS', version: created.version },
    });
    expect(stale.status).toBe(409);
    const byMentor = await t.request('PATCH', `/api/onboarding-plan-items/${created.id}`, {
      token: mentor.token,
      body: { status: 'DROPPED', version: created.version + 1 },
    });
    expect(byMentor.status).toBe(403);
    const foreign = await t.request('PATCH', `/api/onboarding-plan-items/${created.id}`, {
      token: mentorB.token,
      body: { status: 'DROPPED', version: created.version + 1 },
    });
    expect(foreign.status).toBe(404);
    expect(
      (
        await t.request('PATCH', `/api/onboarding-plan-items/${crypto.randomUUID()}`, {
          token: recruiter.token,
          body: { status: 'DONE', version: 1 },
        })
      ).status,
    ).toBe(404);
  });
});

describe('the mentor and the lifecoach see the plan and comment', () => {
  it('takes comments on an item and on the plan, and shows them with the plan and its progress', async () => {
    const plan = onboardingPlanSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}/onboarding-plan`, { token: mentor.token }))
        .json,
    );
    expect(plan.youMayEdit).toBe(false);
    const item = plan.items.find((i) => i.title === 'Werken met de handscanner');
    const onItem = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/comments`, {
      token: mentor.token,
      body: { itemId: item?.id, text: 'Gaat goed; hij vraagt nog hulp bij storingen.' },
    });
    expect(onItem.status, JSON.stringify(onItem.json)).toBe(201);
    expect(planCommentSchema.parse(onItem.json).author.role).toBe('MENTOR');
    const onPlan = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/comments`, {
      token: coach.token,
      body: { text: 'Fijn plan. Liever niet twee nieuwe dingen in dezelfde week.' },
    });
    expect(onPlan.status).toBe(201);
    const after = onboardingPlanSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}/onboarding-plan`, { token: coach.token }))
        .json,
    );
    expect(after.items.find((i) => i.id === item?.id)?.comments.map((c) => c.text)).toEqual([
      'Gaat goed; hij vraagt nog hulp bij storingen.',
    ]);
    expect(after.comments.map((c) => c.author.role)).toEqual(['LIFECOACH']);
    expect(after.progress.total).toBeGreaterThanOrEqual(4);
    expect(after.progress.done).toBe(1);
    expect(after.progress.overdue).toBe(1);
    // Items come by target date.
    const dates = after.items.map((i) => i.targetDate);
    expect(dates).toEqual([...dates].sort());
    const asRecruiter = onboardingPlanSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}/onboarding-plan`, { token: recruiter.token }))
        .json,
    );
    expect(asRecruiter.youMayEdit).toBe(true);
  });

  it('refuses a comment on an item of another placement, and an empty one', async () => {
    const foreignItem = planItemSchema.parse(
      (await addItem(recruiter.token, scanItem(), otherPlacement.id)).json,
    );
    const res = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/comments`, {
      token: mentor.token,
      body: { itemId: foreignItem.id, text: 'Verkeerd plan.' },
    });
    expect(res.status).toBe(422);
    expect(res.json.errors[0].path).toEqual(['itemId']);
    const empty = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/comments`, {
      token: mentor.token,
      body: { text: ' ' },
    });
    expect(empty.status).toBe(422);
  });
});
