import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import {
  placementSchema,
  progressEntrySchema,
  reassessmentPromptSchema,
} from '../../src/modules/trajectories/trajectory-placement.schemas';
import { trajectorySuggestionsSchema } from '../../src/modules/trajectories/trajectory-suggestion.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { completeAssessmentThroughApi, laterAnswerParts, readyAnswerParts } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { warehouseVacancy } from '../support/vacancy-fixtures';

let t: TestApp;
let admin: TestUser;
let coachA: TestUser;
let coachB: TestUser;
let provider: TestUser;
let providerB: TestUser;
let recruiter: TestUser;
let partner: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coachA = await t.factory.user('LIFECOACH', admin.organisation);
  coachB = await t.factory.user('LIFECOACH', admin.organisation);
  provider = await t.factory.user('TRAJECTORY_COORDINATOR');
  providerB = await t.factory.user('TRAJECTORY_COORDINATOR');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  partner = await t.factory.user('PARTNER_WORKER');
});
afterAll(() => t.close());

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

function expectProblem(res: { status: number; json: unknown }, status: number, code: string) {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
}

function expectInvalid(res: { status: number; json: unknown }, path: (string | number)[]) {
  const problem = expectProblem(res, 422, 'VALIDATION_FAILED');
  expect(problem.errors?.map((error) => error.path)).toContainEqual(path);
  return problem;
}

/** A person in LATER with a real talent profile (laterAnswerParts: wants 6–10 hours, travels 10 km). */
async function assessedLater(coach: TestUser, postcode = '3011'): Promise<JobSeeker> {
  const seeker = await t.factory.jobSeeker(coach.user, { postcode });
  const { completion } = await completeAssessmentThroughApi(t, coach.token, seeker.id, laterAnswerParts);
  expect(completion.decision.segment).toBe('LATER');
  return seeker;
}

async function startedPlacement(coach: TestUser, seeker: { id: string }, offering: TrajectoryOffering) {
  const proposal = await t.request('POST', '/api/trajectory-placements', {
    token: coach.token,
    body: {
      jobSeekerId: seeker.id,
      offeringId: offering.id,
      handoverNote: 'Kookt graag voor de buurt. Wil het vak leren in een echte keuken.',
    },
  });
  expect(proposal.status, JSON.stringify(proposal.json)).toBe(201);
  const id = placementSchema.parse(proposal.json).id;
  expect((await act(provider, id, 'accept', { startDate: inDays(0) })).status).toBe(200);
  return id;
}

const act = (user: TestUser, placementId: string, step: string, body: unknown) =>
  t.request('POST', `/api/trajectory-placements/${placementId}/${step}`, { token: user.token, body });

const record = (user: TestUser, placementId: string, body: unknown) =>
  act(user, placementId, 'progress', body);

async function prompts(user: TestUser, query = '') {
  const res = await t.request('GET', `/api/reassessment-prompts?limit=100${query}`, { token: user.token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return pageSchema(reassessmentPromptSchema).parse(res.json).items;
}

describe('progress during a placement', () => {
  let seeker: JobSeeker;
  let placementId: string;

  beforeAll(async () => {
    seeker = await assessedLater(coachA);
    placementId = await startedPlacement(
      coachA,
      seeker,
      await t.factory.trajectoryOffering(provider.organisation),
    );
  });

  it('takes a note once accepted, but observations and attendance only after the start', async () => {
    const note = await record(provider, placementId, {
      type: 'NOTE',
      note: 'Intake gedaan; begint maandag.',
    });
    expect(note.status, JSON.stringify(note.json)).toBe(201);
    expect(progressEntrySchema.parse(note.json)).toMatchObject({
      type: 'NOTE',
      note: 'Intake gedaan; begint maandag.',
    });
    const early = expectProblem(
      await record(provider, placementId, {
        type: 'COMPETENCE_OBSERVATIONS',
        observations: [{ competenceCode: 'P-KEUKENHULP', level: 2, observedOn: inDays(0) }],
      }),
      409,
      'CONFLICT',
    );
    expect(early.detail).toContain('begonnen');
    expectProblem(
      await record(provider, placementId, { type: 'ATTENDANCE', attendance: 'ON_TRACK' }),
      409,
      'CONFLICT',
    );
    expect((await act(provider, placementId, 'start', { actualStartDate: inDays(0) })).status).toBe(200);
  });

  it('records observations; the same level as in the profile prompts nothing', async () => {
    const res = await record(provider, placementId, {
      type: 'COMPETENCE_OBSERVATIONS',
      observations: [{ competenceCode: 'P-SCHOONMAKEN', level: 3, observedOn: inDays(0) }],
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(progressEntrySchema.parse(res.json).observations).toEqual([
      { competenceCode: 'P-SCHOONMAKEN', competenceLabel: 'Schoonmaken', level: 3, observedOn: inDays(0) },
    ]);
    expect((await prompts(coachA)).filter((p) => p.placementId === placementId)).toEqual([]);
  });

  it('prompts the lifecoach when the provider sees another level, and gathers later changes in that prompt', async () => {
    await record(provider, placementId, {
      type: 'COMPETENCE_OBSERVATIONS',
      observations: [{ competenceCode: 'P-KEUKENHULP', level: 2, observedOn: inDays(0) }],
      note: 'Snijdt groenten al zelfstandig en netjes.',
    });
    await record(provider, placementId, {
      type: 'COMPETENCE_OBSERVATIONS',
      observations: [{ competenceCode: 'T-WORK-IN-TEAMS', level: 4, observedOn: inDays(0) }],
    });
    const mine = (await prompts(coachA)).filter((p) => p.placementId === placementId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      jobSeekerId: seeker.id,
      fullName: seeker.fullName,
      reasons: ['LEVEL_CHANGED'],
      answered: false,
      answeredByProfileNumber: null,
      levelChanges: [
        {
          competenceCode: 'P-KEUKENHULP',
          competenceLabel: 'Koken en keukenhulp',
          profileLevel: 0,
          observedLevel: 2,
        },
        { competenceCode: 'T-WORK-IN-TEAMS', profileLevel: 3, observedLevel: 4 },
      ],
    });
    expect(mine[0]?.reasonsNl[0]).toContain('ander niveau');
  });

  it('records attendance in plain terms and shows it on the placement', async () => {
    const res = await record(provider, placementId, { type: 'ATTENDANCE', attendance: 'SOME_ABSENCE' });
    expect(progressEntrySchema.parse(res.json)).toMatchObject({
      attendance: 'SOME_ABSENCE',
      attendanceLabelNl: 'Soms afwezig',
    });
    const placement = placementSchema.parse(
      (await t.request('GET', `/api/trajectory-placements/${placementId}`, { token: coachA.token })).json,
    );
    expect(placement).toMatchObject({ attendance: 'SOME_ABSENCE', attendanceLabelNl: 'Soms afwezig' });
  });

  it('lists everything recorded, newest first, for the provider and the lifecoach', async () => {
    for (const user of [provider, coachA, admin]) {
      const res = await t.request('GET', `/api/trajectory-placements/${placementId}/progress?limit=100`, {
        token: user.token,
      });
      expect(res.status).toBe(200);
      const entries = pageSchema(progressEntrySchema).parse(res.json).items;
      expect(entries.map((entry) => entry.type)).toEqual([
        'ATTENDANCE',
        'COMPETENCE_OBSERVATIONS',
        'COMPETENCE_OBSERVATIONS',
        'COMPETENCE_OBSERVATIONS',
        'NOTE',
      ]);
    }
    const page = await t.request('GET', `/api/trajectory-placements/${placementId}/progress?limit=2`, {
      token: provider.token,
    });
    const first = pageSchema(progressEntrySchema).parse(page.json);
    expect(first.items).toHaveLength(2);
    const next = await t.request(
      'GET',
      `/api/trajectory-placements/${placementId}/progress?limit=10&cursor=${first.nextCursor}`,
      { token: provider.token },
    );
    expect(pageSchema(progressEntrySchema).parse(next.json).items).toHaveLength(3);
  });

  it('refuses bad progress input with a path per field', async () => {
    const observation = { competenceCode: 'P-KEUKENHULP', level: 2, observedOn: inDays(0) };
    expectInvalid(await record(provider, placementId, { type: 'GOSSIP', note: 'Hallo daar' }), ['type']);
    expectInvalid(await record(provider, placementId, { type: 'NOTE', note: 'x' }), ['note']);
    expectInvalid(await record(provider, placementId, { type: 'NOTE', note: 'Prima week', mood: 'blij' }), [
      'mood',
    ]);
    expectInvalid(
      await record(provider, placementId, { type: 'COMPETENCE_OBSERVATIONS', observations: [] }),
      ['observations'],
    );
    expectInvalid(
      await record(provider, placementId, {
        type: 'COMPETENCE_OBSERVATIONS',
        observations: [{ ...observation, level: 5 }],
      }),
      ['observations', 0, 'level'],
    );
    const problem = expectProblem(
      await record(provider, placementId, {
        type: 'COMPETENCE_OBSERVATIONS',
        observations: [
          { ...observation, competenceCode: 'X-TOVENAAR' },
          { ...observation, observedOn: inDays(3) },
          { ...observation, observedOn: inDays(-5) },
        ],
      }),
      422,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((e) => e.path.join('.'))).toEqual([
      'observations.0.competenceCode',
      'observations.1.observedOn',
      'observations.2.observedOn',
    ]);
    expectInvalid(await record(provider, placementId, { type: 'ATTENDANCE', attendance: 'ZIEK' }), [
      'attendance',
    ]);
  });

  it('lets only the own provider record, and only those involved read', async () => {
    const note = { type: 'NOTE', note: 'Goed gewerkt vandaag.' };
    expectProblem(
      await t.request('POST', `/api/trajectory-placements/${placementId}/progress`, { body: note }),
      401,
      'UNAUTHENTICATED',
    );
    for (const outsider of [coachA, admin, recruiter, partner]) {
      expectProblem(await record(outsider, placementId, note), 403, 'FORBIDDEN');
    }
    expectProblem(await record(providerB, placementId, note), 404, 'NOT_FOUND');
    expectProblem(
      await t.request('GET', `/api/trajectory-placements/${placementId}/progress`, { token: coachB.token }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.request('GET', `/api/trajectory-placements/${placementId}/progress`, {
        token: recruiter.token,
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('audits progress records and views, with the person as subject, without the notes', async () => {
    const res = await t.request('GET', `/api/audit-entries?subjectId=${seeker.id}&limit=100`, {
      token: admin.token,
    });
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    const actions = entries.map((e: { action: string }) => e.action);
    expect(actions).toContain('trajectory_progress.recorded');
    expect(actions).toContain('trajectory_progress.viewed');
    expect(actions).toContain('reassessment_prompt.created');
    expect(actions).toContain('reassessment_prompt.updated');
    expect(JSON.stringify(res.json)).not.toContain('Snijdt groenten');
  });
});

describe('GET /api/reassessment-prompts', () => {
  let seeker: JobSeeker;
  let placementId: string;

  beforeAll(async () => {
    seeker = await assessedLater(coachA);
    placementId = await startedPlacement(
      coachA,
      seeker,
      await t.factory.trajectoryOffering(provider.organisation),
    );
    await act(provider, placementId, 'start', { actualStartDate: inDays(0) });
    const done = await act(provider, placementId, 'finish', {
      outcome: 'COMPLETED',
      finishedOn: inDays(0),
      reason: 'Alle onderdelen gehaald; werkt zelfstandig in de keuken.',
    });
    expect(placementSchema.parse(done.json).status).toBe('COMPLETED');
  });

  it('prompts the lifecoach after a completed trajectory', async () => {
    const prompt = (await prompts(coachA)).find((p) => p.placementId === placementId);
    expect(prompt).toMatchObject({ reasons: ['COMPLETED'], levelChanges: [], answered: false });
    expect(prompt?.reasonsNl).toEqual(['Het traject is afgerond.']);
  });

  it('counts a new talent profile as the answer', async () => {
    await completeAssessmentThroughApi(t, coachA.token, seeker.id, readyAnswerParts);
    expect((await prompts(coachA)).map((p) => p.placementId)).not.toContain(placementId);
    const answered = (await prompts(coachA, '&status=ANSWERED')).find((p) => p.placementId === placementId);
    expect(answered).toMatchObject({ answered: true, answeredByProfileNumber: 2 });
    expect((await prompts(coachA, '&status=ALL')).map((p) => p.placementId)).toContain(placementId);
  });

  it('shows each lifecoach their own caseload; programme staff everyone, or one lifecoach', async () => {
    expect((await prompts(coachB, '&status=ALL')).map((p) => p.placementId)).not.toContain(placementId);
    expect((await prompts(admin, '&status=ALL')).map((p) => p.placementId)).toContain(placementId);
    expect(
      (await prompts(admin, `&status=ALL&lifecoachId=${coachB.user.id}`)).map((p) => p.placementId),
    ).not.toContain(placementId);
    expect(
      (await prompts(admin, `&status=ALL&lifecoachId=${coachA.user.id}`)).map((p) => p.placementId),
    ).toContain(placementId);
  });

  it('refuses providers, employers and bad queries', async () => {
    expectProblem(await t.request('GET', '/api/reassessment-prompts'), 401, 'UNAUTHENTICATED');
    for (const outsider of [provider, recruiter, partner]) {
      expectProblem(
        await t.request('GET', '/api/reassessment-prompts', { token: outsider.token }),
        403,
        'FORBIDDEN',
      );
    }
    expectInvalid(await t.request('GET', '/api/reassessment-prompts?status=SOON', { token: coachA.token }), [
      'status',
    ]);
    expectInvalid(
      await t.request('GET', '/api/reassessment-prompts?lifecoachId=kees', { token: admin.token }),
      ['lifecoachId'],
    );
  });
});

describe('GET /api/job-seekers/{id}/trajectory-suggestions', () => {
  let seeker: JobSeeker;
  const offerings: Record<string, TrajectoryOffering> = {};

  beforeAll(async () => {
    seeker = await assessedLater(coachA);
    const consent = await t.request('POST', `/api/job-seekers/${seeker.id}/consents`, {
      token: coachA.token,
      body: { purpose: 'MATCHING', given: true, textVersion: currentConsentTextVersion('MATCHING') },
    });
    expect(consent.status).toBe(201);
    // The person wants to work as a cook: one kitchen vacancy they want, one warehouse vacancy they do not.
    for (const vacancy of [
      {
        ...warehouseVacancy,
        title: 'Hulpkok',
        occupationCode: '5120.1',
        postcode: '3072',
        hours: { min: 8, max: 16 },
        requirements: [
          { competenceCode: 'P-KEUKENHULP', level: 2, tier: 'ESSENTIAL' },
          { competenceCode: 'T-WORK-IN-TEAMS', level: 2, tier: 'IMPORTANT' },
        ],
        legalRequirements: [],
      },
      { ...warehouseVacancy, postcode: '3072', hours: { min: 8, max: 16 }, legalRequirements: [] },
    ]) {
      const created = vacancySchema.parse(
        (await t.request('POST', '/api/vacancies', { token: recruiter.token, body: vacancy })).json,
      );
      const opened = await t.request('POST', `/api/vacancies/${created.id}/status`, {
        token: recruiter.token,
        body: { status: 'OPEN', version: created.version },
      });
      expect(opened.status).toBe(200);
    }
    const org = provider.organisation;
    const make = (key: string, overrides: Parameters<TestApp['factory']['trajectoryOffering']>[1]) =>
      t.factory.trajectoryOffering(org, { title: key, ...overrides }).then((o) => {
        offerings[key] = o;
      });
    await make('kitchen', { competenceCodes: ['P-KEUKENHULP', 'T-HYGIENIC-WORK'], postcode: '3072' });
    await make('kitchenModule', {
      kind: 'TRAINING_MODULE',
      competenceCodes: ['P-KEUKENHULP'],
      hoursPerWeek: 4,
      postcode: '3014',
    });
    await make('warehouse', { competenceCodes: ['P-ORDERPICKEN'], postcode: '3072' });
    await make('tooManyHours', { competenceCodes: ['P-KEUKENHULP'], hoursPerWeek: 16, postcode: '3072' });
    await make('tooFar', { competenceCodes: ['P-KEUKENHULP'], postcode: '9711' });
    await make('activation', { kind: 'ACTIVATION', competenceCodes: ['P-KEUKENHULP'], postcode: '3072' });
    await make('closed', { competenceCodes: ['P-KEUKENHULP'], postcode: '3072', status: 'CLOSED' });
    await make('startsPassed', {
      competenceCodes: ['P-KEUKENHULP'],
      postcode: '3072',
      startDates: [inDays(-7)],
    });
  });

  const suggest = (user: TestUser, id: string) =>
    t.request('GET', `/api/job-seekers/${id}/trajectory-suggestions`, { token: user.token });

  it('ranks the offerings that develop the gaps to wanted vacancies first, within hours and distance', async () => {
    const res = await suggest(coachA, seeker.id);
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const suggestions = trajectorySuggestionsSchema.parse(res.json);
    expect(suggestions).toMatchObject({
      segment: 'LATER',
      profileNumber: 1,
      usedVacancies: true,
      vacanciesConsidered: 1,
    });
    expect(suggestions.gaps).toEqual([
      {
        competenceCode: 'P-KEUKENHULP',
        competenceLabel: 'Koken en keukenhulp',
        currentLevel: 0,
        vacanciesOpened: 1,
      },
    ]);
    const idOf = (key: string) => offerings[key]?.id;
    const mine = suggestions.items.filter((item) =>
      Object.values(offerings).some((o) => o.id === item.offering.id),
    );
    // Equal vacancies opened and gaps developed: the nearer one first (3014 is 1.4 km away, 3072 2.0 km).
    expect(mine.map((item) => item.offering.id)).toEqual([
      idOf('kitchenModule'),
      idOf('kitchen'),
      idOf('warehouse'),
    ]);
    expect(mine[0]).toMatchObject({
      distanceKm: 1.4,
      vacanciesOpened: 1,
      developsGaps: [{ competenceCode: 'P-KEUKENHULP', competenceLabel: 'Koken en keukenhulp' }],
      offering: { kind: 'TRAINING_MODULE', providerId: provider.organisation.id, nextStartDate: inDays(0) },
    });
    expect(mine[2]).toMatchObject({ vacanciesOpened: 0, developsGaps: [] });
    expect(suggestions.explanationNl).toContain('vacatures');
  });

  it('looks at no vacancy without matching consent', async () => {
    const other = await assessedLater(coachA);
    const suggestions = trajectorySuggestionsSchema.parse((await suggest(coachA, other.id)).json);
    expect(suggestions).toMatchObject({ usedVacancies: false, vacanciesConsidered: 0, gaps: [] });
    expect(suggestions.items.every((item) => item.vacanciesOpened === 0)).toBe(true);
    const distances = suggestions.items.map((item) => item.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(suggestions.explanationNl).toContain('toestemming');
  });

  it('answers 409 for people outside READY and LATER or without a profile', async () => {
    const notNow = await t.factory.jobSeeker(coachA.user, { currentSegment: 'NOT_NOW' });
    expect(expectProblem(await suggest(coachA, notNow.id), 409, 'CONFLICT').detail).toContain(
      'nu klaar voor werk',
    );
    // READY people get suggestions too (their preparation plan); without a profile there is nothing to rank.
    const readyUnassessed = await t.factory.jobSeeker(coachA.user, { currentSegment: 'READY' });
    expect(expectProblem(await suggest(coachA, readyUnassessed.id), 409, 'CONFLICT').detail).toContain(
      'talentenprofiel',
    );
    const unassessed = await t.factory.jobSeeker(coachA.user, { currentSegment: 'LATER' });
    expect(expectProblem(await suggest(coachA, unassessed.id), 409, 'CONFLICT').detail).toContain(
      'talentenprofiel',
    );
  });

  it('is for the lifecoach of the person and programme staff only', async () => {
    expect((await suggest(admin, seeker.id)).status).toBe(200);
    expectProblem(await suggest(coachB, seeker.id), 404, 'NOT_FOUND');
    for (const outsider of [provider, recruiter, partner]) {
      expectProblem(await suggest(outsider, seeker.id), 403, 'FORBIDDEN');
    }
    expectProblem(
      await t.request('GET', `/api/job-seekers/${seeker.id}/trajectory-suggestions`),
      401,
      'UNAUTHENTICATED',
    );
    expectInvalid(await suggest(coachA, 'iemand'), ['id']);
    const audit = await t.request(
      'GET',
      `/api/audit-entries?subjectId=${seeker.id}&action=trajectory_suggestions.viewed`,
      { token: admin.token },
    );
    expect(audit.json.items.length).toBeGreaterThanOrEqual(2);
  });
});
