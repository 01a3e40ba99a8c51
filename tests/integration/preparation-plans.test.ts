import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { createApiToken } from '../../src/modules/auth/token.service';
import { candidateListSchema, vacancyMatchListSchema } from '../../src/modules/matching/matching.schemas';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { PreparationPlan } from '../../src/modules/preparation/preparation-plan.entity';
import {
  preparationPlanAnswerSchema,
  preparationPlanSchema,
} from '../../src/modules/preparation/preparation-plan.schemas';
import type { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import { trajectorySuggestionsSchema } from '../../src/modules/trajectories/trajectory-suggestion.schemas';
import { User } from '../../src/modules/users/user.entity';
import { serviceContext } from '../support/assessed-job-seeker';
import type { TestUser } from '../support/factories';
import { cleaningVacancy, openVacancy, personReadyForMeetAndGreet } from '../support/meet-and-greet-setup';
import { appOn, createTestApp, type TestApp } from '../support/test-app';

// The preparation plan: the lifecoach keeps it with a person in READY or LATER, the person reads
// it in their own space, and matching's explanations say "in voorbereiding" for what it works on.

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let provider: TestUser;
let recruiter: TestUser;
let partner: TestUser;
let ready: string;
let later: string;
let vacancyId: string;
const modules: Record<'company' | 'dutch' | 'long' | 'learnWork', TrajectoryOffering> = {} as never;

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

function expectProblem(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
}

const paths = (res: { json: unknown }) =>
  (problemSchema.parse(res.json).errors ?? []).map((error) => error.path.join('.'));

const planPath = (id: string) => `/api/job-seekers/${id}/preparation-plan`;
const put = (user: TestUser, id: string, body: unknown) =>
  t.request('PUT', planPath(id), { token: user.token, body });

const goodPlan = () => ({
  modules: [
    { offeringId: modules.company.id, status: 'BUSY' },
    { offeringId: modules.dutch.id, status: 'PLANNED' },
  ],
  focusCompetenceCodes: ['T-ACCEPT-FEEDBACK'],
  startDate: inDays(0),
  plannedWeeks: 12,
  readyToMeetDate: inDays(70),
});

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  provider = await t.factory.user('TRAJECTORY_COORDINATOR');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  partner = await t.factory.user('PARTNER_WORKER');
  ready = await personReadyForMeetAndGreet(t, coach, 'Noor Bakker');
  later = await personReadyForMeetAndGreet(t, coach, 'Sem de Vries', { segment: 'LATER' });
  // Reading Dutch at level 3 (the person reads at 2) and taking feedback (not assessed: 0).
  vacancyId = await openVacancy(t, recruiter.token, {
    ...cleaningVacancy,
    requirements: [
      ...cleaningVacancy.requirements,
      { competenceCode: 'T-ACCEPT-FEEDBACK', level: 2, tier: 'IMPORTANT' },
    ],
    dutchLevel: { speaking: 2, reading: 3, writing: 0 },
  });
  const org = provider.organisation;
  modules.company = await t.factory.trajectoryOffering(org, {
    kind: 'TRAINING_MODULE',
    title: 'Werken in een bedrijf',
    competenceCodes: ['T-MEET-COMMITMENTS', 'T-ACCEPT-FEEDBACK'],
    durationWeeks: 6,
    hoursPerWeek: 4,
    postcode: '3011',
  });
  modules.dutch = await t.factory.trajectoryOffering(org, {
    kind: 'TRAINING_MODULE',
    title: 'Nederlands op het werk',
    competenceCodes: ['L-NL-LEZEN', 'L-NL-SPREKEN'],
    durationWeeks: 10,
    hoursPerWeek: 4,
    postcode: '3011',
  });
  modules.long = await t.factory.trajectoryOffering(org, {
    kind: 'TRAINING_MODULE',
    title: 'Lange training',
    competenceCodes: ['T-PERSIST'],
    durationWeeks: 20,
    hoursPerWeek: 4,
    postcode: '3011',
  });
  modules.learnWork = await t.factory.trajectoryOffering(org, {
    kind: 'LEARN_WORK',
    title: 'Leer-werkplek',
    competenceCodes: ['P-SCHOONMAKEN'],
    hoursPerWeek: 8,
    postcode: '3011',
  });
});
afterAll(() => t.close());

describe('PUT and GET /api/job-seekers/{id}/preparation-plan', () => {
  it('has no plan at first, with the weeks the segment allows', async () => {
    const res = await t.request('GET', planPath(ready), { token: coach.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(preparationPlanAnswerSchema.parse(res.json)).toEqual({
      jobSeekerId: ready,
      segment: 'READY',
      maxWeeks: 13,
      plan: null,
    });
    const laterAnswer = preparationPlanAnswerSchema.parse(
      (await t.request('GET', planPath(later), { token: coach.token })).json,
    );
    expect(laterAnswer.maxWeeks).toBe(26);
  });

  it('refuses every wrong field by name and writes nothing', async () => {
    const tooLong = await put(coach, ready, { ...goodPlan(), plannedWeeks: 14 });
    expectProblem(tooLong, 422, 'VALIDATION_FAILED');
    expect(paths(tooLong)).toEqual(['plannedWeeks']);
    expect(problemSchema.parse(tooLong.json).errors?.[0]?.message).toContain('13 weken');

    const longModule = await put(coach, ready, {
      ...goodPlan(),
      modules: [{ offeringId: modules.long.id, status: 'PLANNED' }],
    });
    expect(paths(longModule)).toEqual(['modules.0.offeringId']);

    const notAModule = await put(coach, ready, {
      ...goodPlan(),
      modules: [{ offeringId: modules.learnWork.id, status: 'PLANNED' }],
    });
    expect(paths(notAModule)).toEqual(['modules.0.offeringId']);

    const unknown = await put(coach, ready, { ...goodPlan(), focusCompetenceCodes: ['T-FLYING'] });
    expect(paths(unknown)).toEqual(['focusCompetenceCodes.0']);

    const early = await put(coach, ready, { ...goodPlan(), readyToMeetDate: inDays(-1) });
    expect(paths(early)).toEqual(['readyToMeetDate']);
    const late = await put(coach, ready, { ...goodPlan(), readyToMeetDate: inDays(200) });
    expect(paths(late)).toEqual(['readyToMeetDate']);

    const twice = await put(coach, ready, {
      ...goodPlan(),
      modules: [
        { offeringId: modules.company.id, status: 'BUSY' },
        { offeringId: modules.company.id, status: 'DONE' },
      ],
    });
    expect(paths(twice)).toEqual(['modules']);

    const shape = await put(coach, ready, { ...goodPlan(), plannedWeeks: 'veel', extra: 1 });
    expectProblem(shape, 422, 'VALIDATION_FAILED');
    expect(paths(shape)).toContain('plannedWeeks');

    expect(await t.orm.em.fork().count(PreparationPlan, { jobSeeker: ready })).toBe(0);
  });

  it('saves the plan agreed with the person, with progress, and changes it on its version', async () => {
    const res = await put(coach, ready, goodPlan());
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const plan = preparationPlanSchema.parse(res.json);
    expect(plan).toMatchObject({
      segment: 'READY',
      plannedWeeks: 12,
      maxWeeks: 13,
      startDate: inDays(0),
      plannedEndDate: inDays(84),
      readyToMeetDate: inDays(70),
      progress: { modulesDone: 0, modulesCounted: 2, percentDone: 0, weeksUnderway: 0 },
      focusCompetences: [{ code: 'T-ACCEPT-FEEDBACK', label: expect.any(String) }],
    });
    expect(plan.modules.map((module) => [module.title, module.statusLabelNl])).toEqual([
      ['Werken in een bedrijf', 'Bezig'],
      ['Nederlands op het werk', 'Gepland'],
    ]);

    const noVersion = await put(coach, ready, goodPlan());
    expect(paths(noVersion)).toEqual(['version']);
    const stale = await put(coach, ready, { ...goodPlan(), version: plan.version + 3 });
    expectProblem(stale, 409, 'VERSION_CONFLICT');

    const done = await put(coach, ready, {
      ...goodPlan(),
      modules: [
        { offeringId: modules.company.id, status: 'DONE' },
        { offeringId: modules.dutch.id, status: 'BUSY' },
      ],
      version: plan.version,
    });
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    expect(preparationPlanSchema.parse(done.json).progress).toMatchObject({
      modulesDone: 1,
      percentDone: 50,
    });

    const audit = await t.request(
      'GET',
      `/api/audit-entries?subjectId=${ready}&action=preparation_plan.updated`,
      { token: admin.token },
    );
    expect(audit.json.items.length).toBe(1);
  });

  it('plans longer in LATER, and only for READY and LATER', async () => {
    const laterPlan = await put(coach, later, { ...goodPlan(), plannedWeeks: 24, readyToMeetDate: null });
    expect(laterPlan.status, JSON.stringify(laterPlan.json)).toBe(200);
    expect(preparationPlanSchema.parse(laterPlan.json)).toMatchObject({ segment: 'LATER', maxWeeks: 26 });

    const notNow = await t.factory.jobSeeker(coach.user, { currentSegment: 'NOT_NOW' });
    expectProblem(await put(coach, notNow.id, goodPlan()), 409, 'CONFLICT');
    const unassessed = await t.factory.jobSeeker(coach.user, { currentSegment: null });
    expectProblem(await put(coach, unassessed.id, goodPlan()), 409, 'CONFLICT');
  });

  it('takes the planned weeks per segment from the configuration', async () => {
    const shorter = appOn(t.orm, { preparationIntensity: { READY: 8, LATER: 40 } });
    const res = await shorter.request(planPath(ready), {
      method: 'GET',
      headers: { authorization: `Bearer ${coach.token}` },
    });
    expect(preparationPlanAnswerSchema.parse(await res.json()).maxWeeks).toBe(8);
    const refused = await shorter.request(planPath(ready), {
      method: 'PUT',
      headers: { authorization: `Bearer ${coach.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...goodPlan(), version: 99 }),
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { errors: { path: string[] }[] }).errors[0]?.path).toEqual([
      'plannedWeeks',
    ]);
  });

  it('is for the person’s lifecoach (programme staff read), never for others', async () => {
    expect((await t.request('GET', planPath(ready), { token: admin.token })).status).toBe(200);
    expectProblem(await put(admin, ready, goodPlan()), 403, 'FORBIDDEN');
    expectProblem(await t.request('GET', planPath(ready), { token: otherCoach.token }), 404, 'NOT_FOUND');
    expectProblem(await put(otherCoach, ready, goodPlan()), 404, 'NOT_FOUND');
    for (const outsider of [provider, recruiter, partner]) {
      expectProblem(await t.request('GET', planPath(ready), { token: outsider.token }), 403, 'FORBIDDEN');
    }
    expectProblem(await t.request('GET', planPath(ready)), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.request('GET', planPath('iemand'), { token: coach.token }),
      422,
      'VALIDATION_FAILED',
    );
    const audit = await t.request(
      'GET',
      `/api/audit-entries?subjectId=${ready}&action=preparation_plan.viewed`,
      {
        token: admin.token,
      },
    );
    expect(audit.json.items.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the plan in matching', () => {
  it('says "in voorbereiding" for a gap the plan works on, and a Dutch gap with a language module is trainable', async () => {
    const res = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, { token: recruiter.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const page = candidateListSchema.parse(res.json);
    const withPlan = page.items.find((item) => item.gaps.some((gap) => gap.inPreparation));
    expect(withPlan).toBeDefined();
    const feedback = withPlan?.gaps.find((gap) => gap.competenceCode === 'T-ACCEPT-FEEDBACK');
    expect(feedback).toMatchObject({ inPreparation: true });
    expect(feedback?.label).toContain('in voorbereiding');
    const reading = withPlan?.gaps.find((gap) => gap.competenceCode === 'L-NL-LEZEN');
    expect(reading).toMatchObject({ inPreparation: true, trainable: true, gap: 1 });
    // The employer reads the plan's effect on the gaps, not the plan: no module, no provider.
    expect(JSON.stringify(res.json)).not.toContain('Nederlands op het werk');

    const matches = vacancyMatchListSchema.parse(
      (await t.request('GET', `/api/job-seekers/${ready}/matches`, { token: coach.token })).json,
    );
    const requirement = matches.items
      .find((item) => item.vacancyId === vacancyId)
      ?.requirements.find((r) => r.competenceCode === 'L-NL-LEZEN');
    expect(requirement).toMatchObject({ trainable: true, inPreparation: true });
  });

  it('without a language module in the plan a Dutch gap is not trainable', async () => {
    const other = await personReadyForMeetAndGreet(t, coach, 'Fatima El Idrissi');
    const matches = vacancyMatchListSchema.parse(
      (await t.request('GET', `/api/job-seekers/${other}/matches`, { token: coach.token })).json,
    );
    const requirement = matches.items
      .find((item) => item.vacancyId === vacancyId)
      ?.requirements.find((r) => r.competenceCode === 'L-NL-LEZEN');
    expect(requirement).toMatchObject({ trainable: false, inPreparation: false, met: false });
  });

  it('suggests trajectories and training modules for a person in READY as well', async () => {
    const res = await t.request('GET', `/api/job-seekers/${ready}/trajectory-suggestions`, {
      token: coach.token,
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const suggestions = trajectorySuggestionsSchema.parse(res.json);
    expect(suggestions.segment).toBe('READY');
    expect(suggestions.items.map((item) => item.offering.id)).toContain(modules.company.id);
  });
});

describe('GET /api/me/preparation-plan', () => {
  it('shows the person their own plan, and nobody else’s', async () => {
    await issuePrintedCode(serviceContext(t.orm, coach), ready);
    const em = t.orm.em.fork();
    const account = await em.findOneOrFail(User, { jobSeeker: ready }, { populate: ['organisation'] });
    const issued = await createApiToken(em, account, {
      label: 'person',
      expiresInDays: 1,
      createdByUserId: null,
      now: new Date(),
    });
    await em.flush();
    const res = await t.request('GET', '/api/me/preparation-plan', { token: issued.token });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const own = preparationPlanAnswerSchema.parse(res.json);
    expect(own.jobSeekerId).toBe(ready);
    expect(own.plan?.modules.map((module) => module.title)).toContain('Nederlands op het werk');
    expectProblem(
      await t.request('GET', '/api/me/preparation-plan', { token: coach.token }),
      403,
      'FORBIDDEN',
    );
    // The person's own token reaches no staff route for the plan.
    expectProblem(await t.request('GET', planPath(ready), { token: issued.token }), 403, 'FORBIDDEN');
  });
});
