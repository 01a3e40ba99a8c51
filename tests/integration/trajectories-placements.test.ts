import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import type { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { TrajectoryOffering } from '../../src/modules/trajectories/trajectory-offering.entity';
import { trajectoryOfferingSchema } from '../../src/modules/trajectories/trajectory-offering.schemas';
import {
  arrivalCheckSchema,
  placementSchema,
  placementSummarySchema,
} from '../../src/modules/trajectories/trajectory-placement.schemas';
import { completeAssessmentThroughApi, laterAnswerParts } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coachA: TestUser;
let coachB: TestUser;
let providerA: TestUser;
let providerA2: TestUser;
let providerB: TestUser;
let recruiter: TestUser;
let partner: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coachA = await t.factory.user('LIFECOACH', admin.organisation);
  coachB = await t.factory.user('LIFECOACH', admin.organisation);
  providerA = await t.factory.user('TRAJECTORY_COORDINATOR');
  providerA2 = await t.factory.user('TRAJECTORY_COORDINATOR', providerA.organisation);
  providerB = await t.factory.user('TRAJECTORY_COORDINATOR');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  partner = await t.factory.user('PARTNER_WORKER');
});
afterAll(() => t.close());

/** A calendar date some days from now, as the API counts dates (Europe/Amsterdam). */
const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

const HANDOVER =
  'Fatima werkt graag met haar handen en is altijd op tijd. Ze wil rustig beginnen, 8 uur per week.';

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

const person = (
  coach: TestUser,
  segment: 'READY' | 'LATER' | 'NOT_NOW' | null,
  email: string | null = null,
) => t.factory.jobSeeker(coach.user, { currentSegment: segment, email });

async function propose(
  coach: TestUser,
  jobSeeker: { id: string },
  offering: { id: string },
  extra: Record<string, unknown> = {},
) {
  return t.request('POST', '/api/trajectory-placements', {
    token: coach.token,
    body: { jobSeekerId: jobSeeker.id, offeringId: offering.id, handoverNote: HANDOVER, ...extra },
  });
}

async function proposed(coach: TestUser, jobSeeker: { id: string }, offering: { id: string }) {
  const res = await propose(coach, jobSeeker, offering);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return placementSchema.parse(res.json);
}

const act = (user: TestUser, placementId: string, step: string, body: unknown) =>
  t.request('POST', `/api/trajectory-placements/${placementId}/${step}`, { token: user.token, body });

async function accepted(
  coach: TestUser,
  jobSeeker: JobSeeker,
  offering: TrajectoryOffering,
  startDate = inDays(3),
) {
  const placement = await proposed(coach, jobSeeker, offering);
  const res = await act(providerA, placement.id, 'accept', { startDate });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return placementSchema.parse(res.json);
}

/** Moves an accepted start date (and the proposal, a month before) into the past, as if the days had passed. */
async function backdate(placementId: string, startDate: string) {
  const proposedAt = new Date(Date.now() - 45 * 86_400_000);
  await t.orm.em
    .fork()
    .getConnection()
    .execute('update trajectory_placement set start_date = ?, proposed_at = ? where id = ?', [
      startDate,
      proposedAt,
      placementId,
    ]);
}

const offeringFor = (
  provider: TestUser,
  overrides: Parameters<TestApp['factory']['trajectoryOffering']>[1] = {},
) => t.factory.trajectoryOffering(provider.organisation, overrides);

describe('POST /api/trajectory-placements: proposing', () => {
  it('proposes a person in LATER for a learn-work trajectory, with the handover note', async () => {
    const offering = await offeringFor(providerA);
    const seeker = await person(coachA, 'LATER');
    const placement = await proposed(coachA, seeker, offering);
    expect(placement).toMatchObject({
      status: 'PROPOSED',
      handoverNote: HANDOVER,
      contact: { route: 'PHONE', phone: seeker.phone, email: null },
      segmentAtProposal: 'LATER',
      overrideJustification: null,
      person: { jobSeekerId: seeker.id, fullName: seeker.fullName },
      offering: { id: offering.id, providerId: providerA.organisation.id, kind: 'LEARN_WORK' },
      lifecoach: { id: coachA.user.id },
      startDate: null,
    });
  });

  it('fits activation to NOT_NOW and learn-work to READY too', async () => {
    const activation = await offeringFor(providerA, { kind: 'ACTIVATION' });
    expect((await propose(coachA, await person(coachA, 'NOT_NOW'), activation)).status).toBe(201);
    const learnWork = await offeringFor(providerA);
    expect((await propose(coachA, await person(coachA, 'READY'), learnWork)).status).toBe(201);
  });

  it('refuses an offering of the wrong kind for the segment, with a clear reason', async () => {
    const learnWork = await offeringFor(providerA);
    const notNow = await person(coachA, 'NOT_NOW');
    const problem = expectInvalid(await propose(coachA, notNow, learnWork), ['offeringId']);
    expect(problem.detail).toContain('leer-werktraject');
    expect(problem.detail).toContain('Nu eerst andere stappen');
    // An API client that asks for English reads how to override, with the field's name.
    const english = await t.request('POST', '/api/trajectory-placements', {
      token: coachA.token,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      body: { jobSeekerId: notNow.id, offeringId: learnWork.id, handoverNote: HANDOVER },
    });
    expect(english.status).toBe(422);
    expect(english.json.detail).toContain('overrideJustification');
    expect(english.json.title).toBe('Input is not valid');
    expect(problem.meta).toMatchObject({
      segment: 'NOT_NOW',
      offeringKind: 'LEARN_WORK',
      allowedSegments: ['LATER', 'READY'],
    });

    const activation = await offeringFor(providerA, { kind: 'ACTIVATION' });
    const later = await person(coachA, 'LATER');
    const second = expectInvalid(await propose(coachA, later, activation), ['offeringId']);
    expect(second.meta?.allowedSegments).toEqual(['NOT_NOW']);

    const unsegmented = await person(coachA, null);
    expect(expectInvalid(await propose(coachA, unsegmented, learnWork), ['offeringId']).detail).toContain(
      'nog geen segment',
    );
  });

  it('lets the lifecoach deviate with a written justification, kept for the programme only', async () => {
    const learnWork = await offeringFor(providerA);
    const notNow = await person(coachA, 'NOT_NOW');
    const justification =
      'Hij werkt al een jaar als vrijwilliger in deze werkplaats en wil daar verder leren.';
    const res = await propose(coachA, notNow, learnWork, { overrideJustification: justification });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const placement = placementSchema.parse(res.json);
    expect(placement).toMatchObject({ segmentAtProposal: 'NOT_NOW', overrideJustification: justification });

    const seenByProvider = await t.request('GET', `/api/trajectory-placements/${placement.id}`, {
      token: providerA.token,
    });
    expect(seenByProvider.status).toBe(200);
    const view = placementSchema.parse(seenByProvider.json);
    expect(view.overrideJustification).toBeUndefined();
    expect(view.segmentAtProposal).toBeUndefined();
    expect(JSON.stringify(seenByProvider.json)).not.toContain('vrijwilliger');
  });

  it('refuses a justification that is not needed, or too short', async () => {
    const learnWork = await offeringFor(providerA);
    expectInvalid(
      await propose(coachA, await person(coachA, 'LATER'), learnWork, {
        overrideJustification: 'Dit is toch een hele goede plek voor deze persoon.',
      }),
      ['overrideJustification'],
    );
    expectInvalid(
      await propose(coachA, await person(coachA, 'NOT_NOW'), learnWork, {
        overrideJustification: 'Past wel.',
      }),
      ['overrideJustification'],
    );
  });

  it('refuses missing or bad fields with a path per field', async () => {
    const offering = await offeringFor(providerA);
    const seeker = await person(coachA, 'LATER');
    const noNote = await t.request('POST', '/api/trajectory-placements', {
      token: coachA.token,
      body: { jobSeekerId: seeker.id, offeringId: offering.id },
    });
    expectInvalid(noNote, ['handoverNote']);
    expectInvalid(await propose(coachA, seeker, offering, { handoverNote: 'Kort.' }), ['handoverNote']);
    expectInvalid(await propose(coachA, seeker, offering, { contactRoute: 'POSTDUIF' }), ['contactRoute']);
    expectInvalid(await propose(coachA, seeker, offering, { risk: 'high' }), ['risk']);
    expectInvalid(await propose(coachA, { id: 'not-a-uuid' }, offering), ['jobSeekerId']);
    expectProblem(
      await t.request('POST', '/api/trajectory-placements', {
        token: coachA.token,
        rawBody: '{"jobSeekerId": ',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      'MALFORMED_JSON',
    );
  });

  it('needs an email address on record for the EMAIL contact route', async () => {
    const offering = await offeringFor(providerA);
    const without = await person(coachA, 'LATER');
    expectInvalid(await propose(coachA, without, offering, { contactRoute: 'EMAIL' }), ['contactRoute']);
    const withEmail = await person(coachA, 'LATER', 'fatima@example.org');
    const res = await propose(coachA, withEmail, offering, { contactRoute: 'EMAIL' });
    expect(res.status).toBe(201);
    expect(placementSchema.parse(res.json).contact).toEqual({
      route: 'EMAIL',
      phone: null,
      email: 'fatima@example.org',
    });
    const viaCoach = await propose(coachA, await person(coachA, 'LATER'), offering, {
      contactRoute: 'VIA_LIFECOACH',
    });
    expect(placementSchema.parse(viaCoach.json).contact).toEqual({
      route: 'VIA_LIFECOACH',
      phone: null,
      email: null,
    });
  });

  it('refuses a second running proposal for the same offering (409), but allows one after a decline', async () => {
    const offering = await offeringFor(providerA);
    const seeker = await person(coachA, 'LATER');
    const first = await proposed(coachA, seeker, offering);
    const again = expectProblem(await propose(coachA, seeker, offering), 409, 'DUPLICATE');
    expect(again.meta?.existingPlacementId).toBe(first.id);
    expect(
      (await act(providerA, first.id, 'decline', { reason: 'Deze week zit de groep vol.' })).status,
    ).toBe(200);
    expect((await propose(coachA, seeker, offering)).status).toBe(201);
  });

  it('refuses closed offerings and offerings whose start dates have all passed', async () => {
    const seeker = await person(coachA, 'LATER');
    const closed = await offeringFor(providerA, { status: 'CLOSED' });
    expectProblem(await propose(coachA, seeker, closed), 404, 'NOT_FOUND');
    const past = await offeringFor(providerA, { startDates: [inDays(-30), inDays(-2)] });
    const problem = expectProblem(await propose(coachA, seeker, past), 409, 'CONFLICT');
    expect(problem.detail).toContain('geen startdatum');
  });

  it('is only for the lifecoach, and only for their own caseload', async () => {
    const offering = await offeringFor(providerA);
    const seeker = await person(coachA, 'LATER');
    expectProblem(
      await t.request('POST', '/api/trajectory-placements', {
        body: { jobSeekerId: seeker.id, offeringId: offering.id, handoverNote: HANDOVER },
      }),
      401,
      'UNAUTHENTICATED',
    );
    for (const outsider of [admin, providerA, recruiter, partner]) {
      expectProblem(await propose(outsider, seeker, offering), 403, 'FORBIDDEN');
    }
    expectProblem(await propose(coachB, seeker, offering), 404, 'NOT_FOUND');
    expectProblem(await propose(coachA, seeker, { id: crypto.randomUUID() }), 404, 'NOT_FOUND');
  });
});

describe('POST /api/trajectory-placements/{id}/accept', () => {
  it('accepts into one of the start dates and counts the place', async () => {
    const start = inDays(10);
    const offering = await offeringFor(providerA, { startDates: [start, inDays(40)], capacityPerStart: 3 });
    const placement = await proposed(coachA, await person(coachA, 'LATER'), offering);
    const res = await act(providerA2, placement.id, 'accept', { startDate: start });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(placementSchema.parse(res.json)).toMatchObject({ status: 'ACCEPTED', startDate: start });
    const read = await t.request('GET', `/api/trajectory-offerings/${offering.id}`, { token: coachA.token });
    const view = trajectoryOfferingSchema.parse(read.json);
    expect(view.availability).toEqual([
      { startDate: start, capacity: 3, taken: 1, free: 2 },
      { startDate: inDays(40), capacity: 3, taken: 0, free: 3 },
    ]);
  });

  it('accepts any date from today with continuous intake', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const today = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expect((await act(providerA, today.id, 'accept', { startDate: inDays(0) })).status).toBe(200);
    const later = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expect((await act(providerA, later.id, 'accept', { startDate: inDays(17) })).status).toBe(200);
  });

  it('refuses a start date in the past, one that is not a start of the offering, and nonsense', async () => {
    const fixed = await offeringFor(providerA, { startDates: [inDays(10)] });
    const placement = await proposed(coachA, await person(coachA, 'LATER'), fixed);
    const past = expectInvalid(await act(providerA, placement.id, 'accept', { startDate: inDays(-1) }), [
      'startDate',
    ]);
    expect(past.errors?.[0]?.message).toContain('verleden');
    const other = expectInvalid(await act(providerA, placement.id, 'accept', { startDate: inDays(11) }), [
      'startDate',
    ]);
    expect(other.errors?.[0]?.message).toContain(inDays(10));
    expectInvalid(await act(providerA, placement.id, 'accept', { startDate: '2026-13-45' }), ['startDate']);
    expectInvalid(await act(providerA, placement.id, 'accept', {}), ['startDate']);

    const continuous = await offeringFor(providerA, { continuousIntake: true });
    const second = await proposed(coachA, await person(coachA, 'LATER'), continuous);
    expectInvalid(await act(providerA, second.id, 'accept', { startDate: inDays(-1) }), ['startDate']);
    expectInvalid(await act(providerA, second.id, 'accept', { startDate: inDays(400) }), ['startDate']);
    // Nothing was accepted along the way.
    const read = await t.request('GET', `/api/trajectory-placements/${placement.id}`, {
      token: coachA.token,
    });
    expect(placementSchema.parse(read.json).status).toBe('PROPOSED');
  });

  it('never places more people at a start than its capacity (409), while another start still has room', async () => {
    const [first, second] = [inDays(7), inDays(35)];
    const offering = await offeringFor(providerA, { startDates: [first, second], capacityPerStart: 1 });
    const one = await proposed(coachA, await person(coachA, 'LATER'), offering);
    const two = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expect((await act(providerA, one.id, 'accept', { startDate: first })).status).toBe(200);
    const full = expectProblem(await act(providerA, two.id, 'accept', { startDate: first }), 409, 'CONFLICT');
    expect(full.detail).toContain('vol');
    expect(full.meta).toMatchObject({ capacity: 1, placesTaken: 1, startDate: first });
    expect((await act(providerA, two.id, 'accept', { startDate: second })).status).toBe(200);
  });

  it('frees a continuous-intake place when someone finishes, not before', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true, capacityPerStart: 1 });
    const one = await proposed(coachA, await person(coachA, 'LATER'), offering);
    const two = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expect((await act(providerA, one.id, 'accept', { startDate: inDays(0) })).status).toBe(200);
    expect((await act(providerA, one.id, 'start', { actualStartDate: inDays(0) })).status).toBe(200);
    expectProblem(await act(providerA, two.id, 'accept', { startDate: inDays(5) }), 409, 'CONFLICT');
    expect(
      (await act(providerA, one.id, 'finish', { outcome: 'COMPLETED', finishedOn: inDays(0) })).status,
    ).toBe(200);
    expect((await act(providerA, two.id, 'accept', { startDate: inDays(5) })).status).toBe(200);
  });

  it('accepts a proposal once: a second accept is an impossible step (409)', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const placement = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expect((await act(providerA, placement.id, 'accept', { startDate: inDays(1) })).status).toBe(200);
    expectProblem(
      await act(providerA, placement.id, 'accept', { startDate: inDays(1) }),
      409,
      'INVALID_TRANSITION',
    );
    expectProblem(
      await act(providerA, placement.id, 'decline', { reason: 'Toch geen plek meer.' }),
      409,
      'INVALID_TRANSITION',
    );
  });

  it('is for the coordinators of the offering’s own provider only', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const placement = await proposed(coachA, await person(coachA, 'LATER'), offering);
    const body = { startDate: inDays(1) };
    expectProblem(
      await t.request('POST', `/api/trajectory-placements/${placement.id}/accept`, { body }),
      401,
      'UNAUTHENTICATED',
    );
    for (const outsider of [coachA, admin, recruiter, partner]) {
      expectProblem(await act(outsider, placement.id, 'accept', body), 403, 'FORBIDDEN');
    }
    expectProblem(await act(providerB, placement.id, 'accept', body), 404, 'NOT_FOUND');
    expectProblem(await act(providerA, crypto.randomUUID(), 'accept', body), 404, 'NOT_FOUND');
    expectInvalid(
      await t.request('POST', '/api/trajectory-placements/nope/accept', { token: providerA.token, body }),
      ['id'],
    );
  });
});

describe('declining and withdrawing', () => {
  it('declines with a reason the lifecoach can read', async () => {
    const offering = await offeringFor(providerA);
    const placement = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expectInvalid(await act(providerA, placement.id, 'decline', {}), ['reason']);
    expectInvalid(await act(providerA, placement.id, 'decline', { reason: 'Nee.' }), ['reason']);
    const reason = 'Onze werkplaats is te ver weg voor hem met het openbaar vervoer.';
    const res = await act(providerA, placement.id, 'decline', { reason });
    expect(placementSchema.parse(res.json)).toMatchObject({ status: 'DECLINED', declineReason: reason });
    const seen = await t.request('GET', `/api/trajectory-placements/${placement.id}`, {
      token: coachA.token,
    });
    expect(placementSchema.parse(seen.json).declineReason).toBe(reason);
    expectProblem(await act(coachA, placement.id, 'decline', { reason }), 403, 'FORBIDDEN');
  });

  it('lets the lifecoach withdraw; the provider keeps no contact, profile or reason', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const seeker = await person(coachA, 'LATER');
    const placement = await proposed(coachA, seeker, offering);
    expect((await act(providerA, placement.id, 'accept', { startDate: inDays(2) })).status).toBe(200);
    const reason = 'Ze heeft zelf werk gevonden bij de bakker om de hoek.';
    expectProblem(await act(providerA, placement.id, 'withdraw', { reason }), 403, 'FORBIDDEN');
    expectProblem(await act(coachB, placement.id, 'withdraw', { reason }), 404, 'NOT_FOUND');
    const res = await act(coachA, placement.id, 'withdraw', { reason });
    expect(placementSchema.parse(res.json)).toMatchObject({ status: 'WITHDRAWN', withdrawReason: reason });
    const seen = await t.request('GET', `/api/trajectory-placements/${placement.id}`, {
      token: providerA.token,
    });
    const view = placementSchema.parse(seen.json);
    expect(view).toMatchObject({ status: 'WITHDRAWN', contact: null, talentProfile: null });
    expect(JSON.stringify(seen.json)).not.toContain('bakker');
    expect(JSON.stringify(seen.json)).not.toContain(seeker.phone);
    expectProblem(await act(coachA, placement.id, 'withdraw', { reason }), 409, 'INVALID_TRANSITION');
  });
});

describe('"did they arrive?" and recording the start', () => {
  it('lists an accepted placement more than 14 days past its start for both the lifecoach and the provider', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const late = await accepted(coachA, await person(coachA, 'LATER'), offering);
    const boundary = await accepted(coachA, await person(coachA, 'LATER'), offering);
    await backdate(late.id, inDays(-15));
    await backdate(boundary.id, inDays(-14));

    const ids = async (user: TestUser) => {
      const res = await t.request('GET', '/api/trajectory-arrival-checks?limit=100', { token: user.token });
      expect(res.status).toBe(200);
      return pageSchema(arrivalCheckSchema)
        .parse(res.json)
        .items.map((item) => item.placementId);
    };
    for (const user of [coachA, providerA, providerA2, admin]) {
      const listed = await ids(user);
      expect(listed).toContain(late.id);
      expect(listed).not.toContain(boundary.id);
    }
    expect(await ids(coachB)).not.toContain(late.id);
    expect(await ids(providerB)).not.toContain(late.id);

    const res = await t.request('GET', '/api/trajectory-arrival-checks', { token: coachA.token });
    const item = pageSchema(arrivalCheckSchema)
      .parse(res.json)
      .items.find((i) => i.placementId === late.id);
    expect(item).toMatchObject({
      startDate: inDays(-15),
      daysSinceStart: 15,
      providerId: providerA.organisation.id,
    });
    const detail = await t.request('GET', `/api/trajectory-placements/${late.id}`, {
      token: providerA.token,
    });
    expect(placementSchema.parse(detail.json).arrivalCheckDue).toBe(true);

    const started = await act(providerA, late.id, 'start', { actualStartDate: inDays(-13) });
    expect(started.status, JSON.stringify(started.json)).toBe(200);
    expect(placementSchema.parse(started.json)).toMatchObject({
      status: 'STARTED',
      actualStartDate: inDays(-13),
      arrivalCheckDue: false,
    });
    expect(await ids(coachA)).not.toContain(late.id);
  });

  it('refuses a start in the future, before the proposal, or before acceptance', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const placement = await accepted(coachA, await person(coachA, 'LATER'), offering, inDays(0));
    expectInvalid(await act(providerA, placement.id, 'start', { actualStartDate: inDays(1) }), [
      'actualStartDate',
    ]);
    expectInvalid(await act(providerA, placement.id, 'start', { actualStartDate: inDays(-3) }), [
      'actualStartDate',
    ]);
    expectInvalid(await act(providerA, placement.id, 'start', { actualStartDate: 'gisteren' }), [
      'actualStartDate',
    ]);
    const proposal = await proposed(coachA, await person(coachA, 'LATER'), offering);
    expectProblem(
      await act(providerA, proposal.id, 'start', { actualStartDate: inDays(0) }),
      409,
      'INVALID_TRANSITION',
    );
    expectProblem(await act(coachA, placement.id, 'start', { actualStartDate: inDays(0) }), 403, 'FORBIDDEN');
    expectProblem(
      await act(providerB, placement.id, 'start', { actualStartDate: inDays(0) }),
      404,
      'NOT_FOUND',
    );
  });

  it('refuses the arrival list to roles outside trajectories', async () => {
    expectProblem(await t.request('GET', '/api/trajectory-arrival-checks'), 401, 'UNAUTHENTICATED');
    for (const outsider of [recruiter, partner]) {
      expectProblem(
        await t.request('GET', '/api/trajectory-arrival-checks', { token: outsider.token }),
        403,
        'FORBIDDEN',
      );
    }
    expectInvalid(await t.request('GET', '/api/trajectory-arrival-checks?limit=0', { token: coachA.token }), [
      'limit',
    ]);
  });
});

describe('POST /api/trajectory-placements/{id}/finish', () => {
  it('ends an accepted placement when the person did not come, with a reason', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const placement = await accepted(coachA, await person(coachA, 'LATER'), offering, inDays(0));
    expectInvalid(await act(providerA, placement.id, 'finish', { outcome: 'ENDED', finishedOn: inDays(0) }), [
      'reason',
    ]);
    expectProblem(
      await act(providerA, placement.id, 'finish', { outcome: 'COMPLETED', finishedOn: inDays(0) }),
      409,
      'INVALID_TRANSITION',
    );
    const reason = 'Niet gekomen en niet bereikbaar, ook niet via de lifecoach.';
    const res = await act(providerA, placement.id, 'finish', {
      outcome: 'ENDED',
      finishedOn: inDays(0),
      reason,
    });
    expect(placementSchema.parse(res.json)).toMatchObject({ status: 'ENDED', finishReason: reason });
  });

  it('refuses a finish date in the future or before the start, and unknown outcomes', async () => {
    const offering = await offeringFor(providerA, { continuousIntake: true });
    const placement = await accepted(coachA, await person(coachA, 'LATER'), offering, inDays(0));
    await act(providerA, placement.id, 'start', { actualStartDate: inDays(0) });
    expectInvalid(
      await act(providerA, placement.id, 'finish', { outcome: 'COMPLETED', finishedOn: inDays(2) }),
      ['finishedOn'],
    );
    expectInvalid(
      await act(providerA, placement.id, 'finish', { outcome: 'COMPLETED', finishedOn: inDays(-1) }),
      ['finishedOn'],
    );
    expectInvalid(
      await act(providerA, placement.id, 'finish', { outcome: 'GESLAAGD', finishedOn: inDays(0) }),
      ['outcome'],
    );
    expectProblem(
      await act(coachA, placement.id, 'finish', { outcome: 'COMPLETED', finishedOn: inDays(0) }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await act(providerB, placement.id, 'finish', { outcome: 'COMPLETED', finishedOn: inDays(0) }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('what provider staff may see', () => {
  let assessed: { id: string };
  let placementAtA: string;
  let placementAtB: string;
  const noteForB = 'Voor de fietsenwerkplaats: hij heeft al eens een fiets helemaal opgeknapt.';

  beforeAll(async () => {
    const res = await t.request('POST', '/api/job-seekers', {
      token: coachA.token,
      body: { fullName: 'Youssef Amrani', phone: '06-55 44 33 21', postcode: '3072 AB' },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    assessed = res.json;
    const { completion } = await completeAssessmentThroughApi(t, coachA.token, assessed.id, laterAnswerParts);
    expect(completion.decision.segment).toBe('LATER');
    placementAtA = (await proposed(coachA, assessed, await offeringFor(providerA))).id;
    const atB = await propose(coachA, assessed, await offeringFor(providerB), { handoverNote: noteForB });
    expect(atB.status).toBe(201);
    placementAtB = atB.json.id;
  });

  it('shows the provider the name, contact route, handover note and shareable profile — never support needs', async () => {
    const res = await t.request('GET', `/api/trajectory-placements/${placementAtA}`, {
      token: providerA.token,
    });
    expect(res.status).toBe(200);
    const view = placementSchema.parse(res.json);
    expect(view.person.fullName).toBe('Youssef Amrani');
    expect(view.contact).toEqual({ route: 'PHONE', phone: '0655443321', email: null });
    expect(view.handoverNote).toBe(HANDOVER);
    expect(view.talentProfile?.profile.competenceLevels['P-SCHOONMAKEN']).toBe(3);
    expect(view.talentProfile?.profile.wantedHours).toEqual({ min: 6, max: 10 });
    const json = JSON.stringify(res.json);
    for (const sensitive of [
      'supportNeeds',
      'Kredietbank',
      'schulden',
      'Hulp bij het plannen',
      'huisvesting',
      'obstakels',
      'preconditions',
      'segmentAtProposal',
      noteForB,
    ]) {
      expect(json, sensitive).not.toContain(sensitive);
    }
  });

  it('hides the people of another provider (404), also from lists', async () => {
    expectProblem(
      await t.request('GET', `/api/trajectory-placements/${placementAtA}`, { token: providerB.token }),
      404,
      'NOT_FOUND',
    );
    const own = await t.request('GET', `/api/trajectory-placements/${placementAtB}`, {
      token: providerB.token,
    });
    expect(placementSchema.parse(own.json).handoverNote).toBe(noteForB);
    expect(JSON.stringify(own.json)).not.toContain(HANDOVER);
    const list = await t.request('GET', '/api/trajectory-placements?limit=100', { token: providerB.token });
    const items = pageSchema(placementSummarySchema).parse(list.json).items;
    expect(items.map((item) => item.id)).toContain(placementAtB);
    expect(items.every((item) => item.offering.providerId === providerB.organisation.id)).toBe(true);
    const filtered = await t.request('GET', `/api/trajectory-placements?jobSeekerId=${assessed.id}`, {
      token: providerB.token,
    });
    expect(
      pageSchema(placementSummarySchema)
        .parse(filtered.json)
        .items.map((item) => item.id),
    ).toEqual([placementAtB]);
    expectProblem(
      await t.request('GET', `/api/trajectory-placements/${placementAtB}/progress`, {
        token: providerA.token,
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('shows lifecoaches their own caseload only, and refuses employers and partners', async () => {
    expect(
      (await t.request('GET', `/api/trajectory-placements/${placementAtA}`, { token: coachA.token })).status,
    ).toBe(200);
    expectProblem(
      await t.request('GET', `/api/trajectory-placements/${placementAtA}`, { token: coachB.token }),
      404,
      'NOT_FOUND',
    );
    const listB = await t.request('GET', '/api/trajectory-placements?limit=100', { token: coachB.token });
    expect(
      pageSchema(placementSummarySchema)
        .parse(listB.json)
        .items.map((item) => item.id),
    ).not.toContain(placementAtA);
    const all = await t.request('GET', `/api/trajectory-placements?jobSeekerId=${assessed.id}`, {
      token: admin.token,
    });
    expect(pageSchema(placementSummarySchema).parse(all.json).items).toHaveLength(2);
    for (const outsider of [recruiter, partner]) {
      expectProblem(
        await t.request('GET', `/api/trajectory-placements/${placementAtA}`, { token: outsider.token }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await t.request('GET', '/api/trajectory-placements', { token: outsider.token }),
        403,
        'FORBIDDEN',
      );
    }
    expectProblem(await t.request('GET', '/api/trajectory-placements'), 401, 'UNAUTHENTICATED');
    expectInvalid(await t.request('GET', '/api/trajectory-placements?status=BUSY', { token: coachA.token }), [
      'status',
    ]);
    expectInvalid(await t.request('GET', '/api/trajectory-placements?cursor=xyz', { token: coachA.token }), [
      'cursor',
    ]);
  });

  it('audits every view and list with the person as subject, without personal data', async () => {
    await t.request('GET', `/api/trajectory-placements/${placementAtA}`, { token: providerA2.token });
    await t.request('GET', '/api/trajectory-placements?limit=100', { token: providerA2.token });
    const res = await t.request('GET', `/api/audit-entries?subjectId=${assessed.id}&limit=100`, {
      token: admin.token,
    });
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    const byProvider = entries.filter(
      (e: { actorUserId: string | null }) => e.actorUserId === providerA2.user.id,
    );
    expect(byProvider.map((e: { action: string }) => e.action).sort()).toEqual([
      'trajectory_placement.listed',
      'trajectory_placement.viewed',
    ]);
    const viewed = byProvider.find((e: { action: string }) => e.action === 'trajectory_placement.viewed');
    expect(viewed).toMatchObject({ entityType: 'trajectory_placement', entityId: placementAtA });
    expect(viewed.fields).toEqual(['handoverNote', 'contact', 'talentProfile']);
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    expect(actions).toContain('trajectory_placement.proposed');
    const everything = JSON.stringify(res.json);
    for (const personal of ['Youssef', '0655443321', HANDOVER, noteForB]) {
      expect(everything).not.toContain(personal);
    }
  });
});
