import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/http/problem';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { candidateCodes } from '../../src/modules/matching/pseudonyms';
import { retentionReportSchema } from '../../src/modules/placements/follow-up.schemas';
import {
  followUpStatusSchema,
  hoursBuildUpSchema,
  placementSchema,
  placementSummarySchema,
} from '../../src/modules/placements/placement.schemas';
import { createPlacementForHire } from '../../src/modules/placements/placement-from-hire';
import { addDays } from '../../src/modules/readiness/review-dates';
import { segmentReviewSchema } from '../../src/modules/readiness/segment-decision.schemas';
import { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import type { TestUser } from '../support/factories';
import { recordConsent } from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp, testReference } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let recruiter: TestUser;
let manager: TestUser;
let mentor: TestUser;
let otherMentor: TestUser;
let recruiterB: TestUser;
let mentorB: TestUser;
let vacancy: Vacancy;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
  mentor = await t.factory.user('MENTOR', recruiter.organisation);
  otherMentor = await t.factory.user('MENTOR', recruiter.organisation);
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  mentorB = await t.factory.user('MENTOR', recruiterB.organisation);
  vacancy = await t.factory.vacancy(recruiter.organisation, {
    title: 'Orderpicker Waalhaven',
    positions: 50,
  });
});
afterAll(() => t.close());

/** A person of `coach` who agrees to be matched, whom the employer saw as a candidate for the vacancy, with their code. */
async function candidate(fullName = 'Sanne Bakker') {
  const person = await t.factory.jobSeeker(coach.user, { fullName });
  await recordConsent(t, coach, person.id, 'MATCHING');
  const codes = await candidateCodes(t.orm.em.fork(), vacancy.id, [person.id]);
  return { person, code: codes.get(person.id) as string };
}

async function hireByCode(code: string, token = recruiter.token, vacancyId = vacancy.id) {
  return t.request('POST', '/api/placements', { token, body: { vacancyId, candidateCode: code } });
}

async function draft(fullName?: string) {
  const { person, code } = await candidate(fullName);
  const res = await hireByCode(code);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return { person, placement: placementSchema.parse(res.json) };
}

async function nameAndStart(placementId: string, version: number, startDate = today()) {
  const named = await t.request('PATCH', `/api/placements/${placementId}`, {
    token: recruiter.token,
    body: { mentorUserId: mentor.user.id, managerUserId: manager.user.id, startDate, version },
  });
  expect(named.status, JSON.stringify(named.json)).toBe(200);
  const started = await t.request('POST', `/api/placements/${placementId}/start`, {
    token: recruiter.token,
    body: {},
  });
  expect(started.status, JSON.stringify(started.json)).toBe(200);
  return placementSchema.parse(started.json);
}

describe('a hire outside a Meet & Greet', () => {
  it('lets the employer record a hire by candidate code, as a draft with the vacancy’s terms and the responsible lifecoach', async () => {
    const { person, code } = await candidate('Sanne Bakker');
    const res = await hireByCode(code);
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const placement = placementSchema.parse(res.json);
    expect(placement).toMatchObject({
      status: 'DRAFT',
      // Sanne did not agree to share her profile with this employer: the code, not her name.
      person: { candidateCode: code, fullName: null },
      employer: { id: recruiter.organisation.id },
      vacancy: { id: vacancy.id, title: 'Orderpicker Waalhaven' },
      startDate: null,
      contract: {
        type: 'EMPLOYMENT',
        hoursPerWeek: 32,
        underCao: true,
        paid: true,
        zeroHours: false,
        pay: { min: 14.4, max: 16, per: 'HOUR' },
      },
      mentor: null,
      manager: null,
      lifecoach: { id: coach.user.id },
      hours: { currentWeek: null, agreedHoursThisWeek: 32, schedule: [{ fromWeek: 1, hours: 32 }] },
      followUp: [],
      yourRoles: ['RECRUITER'],
    });
    // The employer knows the person by the candidate code, never by the programme's id.
    expect(placement.person.jobSeekerId).toBeUndefined();
    expect(JSON.stringify(res.json)).not.toContain(person.id);
    expect(JSON.stringify(res.json)).not.toContain('Bakker');
    // A hire like one in the pipeline: the person's candidacy for this vacancy is HIRED.
    expect(placement.candidacyId).not.toBeNull();
    const audit = await t.request(
      'GET',
      `/api/audit-entries?subjectId=${person.id}&action=placement.created`,
      { token: admin.token },
    );
    expect(audit.json.items.map((e: unknown) => auditEntrySchema.parse(e).actorUserId)).toEqual([
      recruiter.user.id,
    ]);
  });

  it('refuses an employer naming a person by id, an unknown code, both or neither, and a second hire', async () => {
    const { person, code } = await candidate();
    const byId = await t.request('POST', '/api/placements', {
      token: recruiter.token,
      body: { vacancyId: vacancy.id, jobSeekerId: person.id },
    });
    expect(byId.status).toBe(422);
    expect(byId.json.errors[0].path).toEqual(['jobSeekerId']);
    const unknown = await hireByCode('K-AAAAAA');
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0].path).toEqual(['candidateCode']);
    const both = await t.request('POST', '/api/placements', {
      token: recruiter.token,
      body: { vacancyId: vacancy.id, jobSeekerId: person.id, candidateCode: code },
    });
    expect(both.status).toBe(422);
    const neither = await t.request('POST', '/api/placements', {
      token: recruiter.token,
      body: { vacancyId: vacancy.id },
    });
    expect(neither.status).toBe(422);
    expect((await hireByCode(code)).status).toBe(201);
    const again = await hireByCode(code);
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('DUPLICATE');
  });

  it('keeps another employer out of the vacancy: 404, and other roles out: 403', async () => {
    const { code } = await candidate();
    expect((await hireByCode(code, recruiterB.token)).status).toBe(404);
    expect((await hireByCode(code, mentor.token)).status).toBe(403);
    const partner = await t.factory.user('PARTNER_WORKER');
    expect((await hireByCode(code, partner.token)).status).toBe(403);
    expect((await t.request('POST', '/api/placements', { body: { vacancyId: vacancy.id } })).status).toBe(
      401,
    );
  });

  it('lets a lifecoach record a hire for their own caseload only, and shows them the person’s id', async () => {
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Youssef Amrani' });
    const foreign = await t.request('POST', '/api/placements', {
      token: otherCoach.token,
      body: { vacancyId: vacancy.id, jobSeekerId: person.id },
    });
    expect(foreign.status).toBe(404);
    const own = await t.request('POST', '/api/placements', {
      token: coach.token,
      body: { vacancyId: vacancy.id, jobSeekerId: person.id, startDate: addDays(today(), 14) },
    });
    expect(own.status, JSON.stringify(own.json)).toBe(201);
    const placement = placementSchema.parse(own.json);
    expect(placement.person).toEqual({ jobSeekerId: person.id, fullName: 'Youssef Amrani' });
    expect(placement.startDate).toBe(addDays(today(), 14));
    expect(placement.yourRoles).toEqual(['LIFECOACH']);
    const farAway = await t.request('POST', '/api/placements', {
      token: admin.token,
      body: {
        vacancyId: vacancy.id,
        jobSeekerId: (await t.factory.jobSeeker(coach.user)).id,
        startDate: addDays(today(), 400),
      },
    });
    expect(farAway.status).toBe(422);
  });
});

describe('createPlacementForHire (the Meet & Greet pipeline calls it when a candidacy becomes hired)', () => {
  const contextOf = (user: TestUser) => ({
    em: t.orm.em.fork(),
    actor: {
      userId: user.user.id,
      organisationId: user.organisation.id,
      organisationKind: 'EMPLOYER' as const,
      role: user.user.role,
      tokenId: user.tokenId,
    },
    requestId: 'test-hire-0001',
    now: new Date(),
  });

  it('makes one draft per candidacy, with the vacancy’s defaults, committed by the caller', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const candidacyId = crypto.randomUUID();
    const ctx = contextOf(recruiter);
    const first = await createPlacementForHire(
      ctx,
      { candidacyId, jobSeekerId: person.id, vacancyId: vacancy.id },
      testReference.activeMoneyChecklist,
    );
    await ctx.em.flush();
    const ctx2 = contextOf(recruiter);
    const second = await createPlacementForHire(
      ctx2,
      { candidacyId, jobSeekerId: person.id, vacancyId: vacancy.id },
      testReference.activeMoneyChecklist,
    );
    await ctx2.em.flush();
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ status: 'DRAFT', contractHoursPerWeek: 32, underCao: true, candidacyId });
    expect(first.lifecoach.id).toBe(coach.user.id);
    const res = await t.request('GET', `/api/placements/${first.id}`, { token: recruiter.token });
    expect(placementSchema.parse(res.json).candidacyId).toBe(candidacyId);
  });

  it('answers 404 for an unknown vacancy or person and 409 for a draft vacancy', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const hire = (vacancyId: string, jobSeekerId = person.id) =>
      createPlacementForHire(
        contextOf(recruiter),
        { candidacyId: null, jobSeekerId, vacancyId },
        testReference.activeMoneyChecklist,
      );
    await expect(hire(crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
    await expect(hire(vacancy.id, crypto.randomUUID())).rejects.toMatchObject({ status: 404 });
    const em = t.orm.em.fork();
    const draftVacancy = await t.factory.vacancy(recruiter.organisation);
    await em.nativeUpdate(Vacancy, { id: draftVacancy.id }, { status: 'DRAFT' });
    await expect(hire(draftVacancy.id)).rejects.toBeInstanceOf(AppError);
    await expect(hire(draftVacancy.id)).rejects.toMatchObject({ status: 409 });
  });
});

describe('naming the mentor and the manager, and the contract', () => {
  it('refuses a mentor who is the manager, a mentor without the MENTOR role and someone of another employer', async () => {
    const { placement } = await draft();
    const patch = (body: object) =>
      t.request('PATCH', `/api/placements/${placement.id}`, {
        token: recruiter.token,
        body: { ...body, version: placement.version },
      });
    // A MENTOR-role user may be someone's manager, but never mentor and manager of the same person.
    const same = await patch({ mentorUserId: mentor.user.id, managerUserId: mentor.user.id });
    expect(same.status).toBe(422);
    expect(same.json.errors.map((e: { path: string[] }) => e.path)).toContainEqual(['mentorUserId']);
    expect(same.json.errors[0].message).toMatch(/niet de leidinggevende/);
    const recruiterAsMentor = await patch({ mentorUserId: manager.user.id });
    expect(recruiterAsMentor.status).toBe(422);
    const foreignMentor = await patch({ mentorUserId: mentorB.user.id });
    expect(foreignMentor.status).toBe(422);
    const foreignManager = await patch({ managerUserId: recruiterB.user.id });
    expect(foreignManager.status).toBe(422);
    const notAUser = await patch({ managerUserId: crypto.randomUUID() });
    expect(notAUser.status).toBe(422);
    // Nothing of the refused changes was written.
    const read = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: recruiter.token })).json,
    );
    expect(read.mentor).toBeNull();
    expect(read.version).toBe(placement.version);
  });

  it('names both, fills in the contract and shows the contract end; a stale version is 409', async () => {
    const { placement } = await draft();
    const res = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: {
        mentorUserId: mentor.user.id,
        managerUserId: manager.user.id,
        startDate: '2027-03-01',
        contractDurationMonths: 7,
        contractHoursPerWeek: 28,
        version: placement.version,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const named = placementSchema.parse(res.json);
    expect(named.mentor?.id).toBe(mentor.user.id);
    expect(named.manager?.id).toBe(manager.user.id);
    expect(named.contract).toMatchObject({ durationMonths: 7, hoursPerWeek: 28, endDate: '2027-09-30' });
    // The untouched default schedule (the contract hours from week 1) follows the contract.
    expect(named.hours.schedule).toEqual([{ fromWeek: 1, hours: 28 }]);
    const stale = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: { contractHoursPerWeek: 24, version: placement.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
  });

  it('lets only the employer and programme staff change the contract, and only programme staff the lifecoach', async () => {
    const { placement } = await draft();
    const asMentor = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: mentor.token,
      body: { contractHoursPerWeek: 20, version: placement.version },
    });
    expect(asMentor.status).toBe(403);
    const lifecoachByRecruiter = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: { lifecoachUserId: otherCoach.user.id, version: placement.version },
    });
    expect(lifecoachByRecruiter.status).toBe(403);
    const byAdmin = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: admin.token,
      body: { lifecoachUserId: otherCoach.user.id, version: placement.version },
    });
    expect(byAdmin.status, JSON.stringify(byAdmin.json)).toBe(200);
    expect(placementSchema.parse(byAdmin.json).lifecoach.id).toBe(otherCoach.user.id);
    // The new lifecoach sees the placement; the responsible lifecoach still does too.
    expect(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: otherCoach.token })).status,
    ).toBe(200);
    expect((await t.request('GET', `/api/placements/${placement.id}`, { token: coach.token })).status).toBe(
      200,
    );
  });
});

describe('the start', () => {
  it('needs a mentor and a manager, then counts the person as working and shows what is due', async () => {
    const { placement } = await draft();
    const early = await t.request('POST', `/api/placements/${placement.id}/start`, {
      token: recruiter.token,
      body: { startDate: today() },
    });
    expect(early.status).toBe(409);
    expect(early.json.meta.missing).toEqual(['mentor', 'manager']);
    const started = await nameAndStart(placement.id, placement.version);
    expect(started).toMatchObject({ status: 'ACTIVE', startDate: today(), hours: { currentWeek: 1 } });
    // The employer follows the manager feedback and mentor conversations, never the lifecoach's.
    expect(started.followUp.map((f) => f.kind)).toEqual(['MANAGER_FEEDBACK', 'MENTOR']);
    for (const status of started.followUp) followUpStatusSchema.parse(status);
    const asCoach = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: coach.token })).json,
    );
    expect(asCoach.followUp.map((f) => [f.kind, f.state, f.dueDate])).toEqual([
      ['MANAGER_FEEDBACK', 'UPCOMING', addDays(today(), 14)],
      ['MENTOR', 'UPCOMING', addDays(today(), 7)],
      ['LIFECOACH', 'UPCOMING', addDays(today(), 7)],
    ]);
    const twice = await t.request('POST', `/api/placements/${placement.id}/start`, {
      token: recruiter.token,
      body: {},
    });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('INVALID_TRANSITION');
    const moveStart = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: { startDate: addDays(today(), 3), version: started.version },
    });
    expect(moveStart.status).toBe(409);
    const dropMentor = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: { mentorUserId: null, version: started.version },
    });
    expect(dropMentor.status).toBe(422);
  });
});

describe('the hours build-up', () => {
  it('agrees 12 → 20 → 28 → 32 with a reason, and shows this week’s hours three weeks in', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const placement = await t.factory.placement(person, vacancy, {
      startDate: addDays(today(), -15), // week 3
      mentor: mentor.user,
      manager: manager.user,
    });
    const steps = [
      { fromWeek: 1, hours: 12 },
      { fromWeek: 3, hours: 20 },
      { fromWeek: 6, hours: 28 },
      { fromWeek: 9, hours: 32 },
    ];
    const res = await t.request('PUT', `/api/placements/${placement.id}/hours-build-up`, {
      token: manager.token,
      body: {
        steps,
        reason: 'Rustig opbouwen: eerst ochtenden, dan hele dagen.',
        version: placement.version,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const hours = hoursBuildUpSchema.parse(res.json);
    expect(hours).toMatchObject({ currentWeek: 3, agreedHoursThisWeek: 20, schedule: steps });
    expect(hours.history.map((h) => h.reason)).toEqual([
      'Rustig opbouwen: eerst ochtenden, dan hele dagen.',
      'Aangemaakt voor een test',
    ]);
    expect(hours.history[0]?.changedBy?.displayName).toBe(manager.user.displayName);
    const view = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: mentor.token })).json,
    );
    expect(view.hours).toMatchObject({ currentWeek: 3, agreedHoursThisWeek: 20 });
    const list = await t.request('GET', `/api/placements?jobSeekerId=${person.id}`, { token: coach.token });
    expect(placementSummarySchema.parse(list.json.items[0]).agreedHoursThisWeek).toBe(20);
  });

  it('refuses a week above the contract hours, a schedule not from week 1, a missing reason, and a mentor agreeing it', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const placement = await t.factory.placement(person, vacancy, {
      mentor: mentor.user,
      manager: manager.user,
    });
    const put = (token: string, body: object) =>
      t.request('PUT', `/api/placements/${placement.id}/hours-build-up`, {
        token,
        body: { reason: 'Afgesproken met Sanne en haar lifecoach.', version: placement.version, ...body },
      });
    const tooMany = await put(recruiter.token, {
      steps: [
        { fromWeek: 1, hours: 20 },
        { fromWeek: 4, hours: 36 },
      ],
    });
    expect(tooMany.status).toBe(422);
    expect(tooMany.json.errors).toEqual([
      expect.objectContaining({ path: ['steps', 1, 'hours'], message: expect.stringContaining('32 uur') }),
    ]);
    expect((await put(recruiter.token, { steps: [{ fromWeek: 2, hours: 20 }] })).status).toBe(422);
    const noReason = await t.request('PUT', `/api/placements/${placement.id}/hours-build-up`, {
      token: recruiter.token,
      body: { steps: [{ fromWeek: 1, hours: 20 }], version: placement.version },
    });
    expect(noReason.status).toBe(422);
    expect((await put(mentor.token, { steps: [{ fromWeek: 1, hours: 20 }] })).status).toBe(403);
    expect((await put(coach.token, { steps: [{ fromWeek: 1, hours: 20 }] })).status).toBe(200);
    // The contract cannot go below the agreed build-up either.
    const fresh = placementSchema.parse(
      (await t.request('GET', `/api/placements/${placement.id}`, { token: recruiter.token })).json,
    );
    const lower = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: { contractHoursPerWeek: 16, version: fresh.version },
    });
    expect(lower.status).toBe(422);
    expect(lower.json.errors[0].path).toEqual(['contractHoursPerWeek']);
  });
});

describe('outcomes', () => {
  it('refuses an ending without a reason, with an unknown reason, or in the future', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const placement = await t.factory.placement(person, vacancy, {
      startDate: addDays(today(), -30),
      mentor: mentor.user,
      manager: manager.user,
    });
    const end = (body: object) =>
      t.request('POST', `/api/placements/${placement.id}/end`, { token: recruiter.token, body });
    const base = { endDate: today(), note: 'Het werk paste niet bij wat hij wil.', returnsToProgramme: true };
    const noReason = await end(base);
    expect(noReason.status).toBe(422);
    expect(noReason.json.errors[0].path).toEqual(['reason']);
    expect((await end({ ...base, reason: 'LAZY' })).status).toBe(422);
    expect((await end({ ...base, reason: 'TASK_MISMATCH', note: '' })).status).toBe(422);
    const future = await end({ ...base, reason: 'TASK_MISMATCH', endDate: addDays(today(), 1) });
    expect(future.status).toBe(422);
    expect(future.json.errors[0].path).toEqual(['endDate']);
    const beforeStart = await end({ ...base, reason: 'TASK_MISMATCH', endDate: addDays(today(), -31) });
    expect(beforeStart.status).toBe(422);
    expect(
      (
        await t.request('POST', `/api/placements/${placement.id}/end`, {
          token: mentor.token,
          body: { ...base, reason: 'TASK_MISMATCH' },
        })
      ).status,
    ).toBe(403);
  });

  it('ends with a reason; when the person returns, their segment is reviewed today; the employer reads the reason, not the lifecoach’s words', async () => {
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Kees de Vries' });
    await t.factory.segmentDecision(person, 'READY', addDays(today(), 120));
    const placement = await t.factory.placement(person, vacancy, {
      startDate: addDays(today(), -40),
      mentor: mentor.user,
      manager: manager.user,
    });
    const res = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: coach.token,
      body: {
        endDate: addDays(today(), -2),
        reason: 'HOURS_TOO_HEAVY',
        note: 'De uren waren te veel naast de zorg voor zijn moeder.',
        returnsToProgramme: true,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const ended = placementSchema.parse(res.json);
    expect(ended.status).toBe('ENDED');
    expect(ended.outcome).toEqual({
      convertedOn: null,
      endDate: addDays(today(), -2),
      endReason: 'HOURS_TOO_HEAVY',
      endReasonLabelNl: 'De uren waren te zwaar',
      endNote: 'De uren waren te veel naast de zorg voor zijn moeder.',
      returnsToProgramme: true,
    });
    expect(ended.followUp).toEqual([]);
    expect(ended.retention.map((r) => r.outcome)).toEqual(['NOT_RETAINED', 'NOT_RETAINED', 'NOT_RETAINED']);
    const reviews = await t.request('GET', '/api/segment-reviews?withinDays=0', { token: coach.token });
    const review = reviews.json.items
      .map((i: unknown) => segmentReviewSchema.parse(i))
      .find((i: { jobSeekerId: string }) => i.jobSeekerId === person.id);
    expect(review).toMatchObject({ reviewDate: today(), segment: 'READY' });
    const stored = await t.orm.em.fork().findOneOrFail(JobSeeker, { id: person.id });
    expect(stored.segmentReviewDate).toBe(today());
    const asEmployer = await t.request('GET', `/api/placements/${placement.id}`, { token: recruiter.token });
    const employerView = placementSchema.parse(asEmployer.json);
    expect(employerView.outcome.endReason).toBe('HOURS_TOO_HEAVY');
    expect(employerView.outcome.endNote).toBeUndefined();
    expect(asEmployer.text).not.toContain('moeder');
    const again = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: coach.token,
      body: {
        endDate: today(),
        reason: 'OTHER',
        note: 'Nog een keer beëindigen.',
        returnsToProgramme: false,
      },
    });
    expect(again.status).toBe(409);
  });

  it('leaves the segment alone when the person does not return, and shows the employer its own words', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    await t.factory.segmentDecision(person, 'READY', addDays(today(), 90));
    const placement = await t.factory.placement(person, vacancy, {
      mentor: mentor.user,
      manager: manager.user,
    });
    const res = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: recruiter.token,
      body: {
        endDate: today(),
        reason: 'BETTER_JOB_ELSEWHERE',
        note: 'Hij heeft een vaste baan dichter bij huis gevonden.',
        returnsToProgramme: false,
      },
    });
    expect(placementSchema.parse(res.json).outcome.endNote).toContain('dichter bij huis');
    const stored = await t.orm.em.fork().findOneOrFail(JobSeeker, { id: person.id });
    expect(stored.segmentReviewDate).toBe(addDays(today(), 90));
  });

  it('converts to a permanent contract, which can still end later; retention counts from the start', async () => {
    const person = await t.factory.jobSeeker(coach.user);
    const placement = await t.factory.placement(person, vacancy, {
      startDate: addDays(today(), -200),
      mentor: mentor.user,
      manager: manager.user,
    });
    const future = await t.request('POST', `/api/placements/${placement.id}/convert`, {
      token: recruiter.token,
      body: { convertedOn: addDays(today(), 5) },
    });
    expect(future.status).toBe(422);
    const byCoach = await t.request('POST', `/api/placements/${placement.id}/convert`, {
      token: coach.token,
      body: { convertedOn: today() },
    });
    expect(byCoach.status).toBe(403);
    const res = await t.request('POST', `/api/placements/${placement.id}/convert`, {
      token: recruiter.token,
      body: { convertedOn: addDays(today(), -10) },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const converted = placementSchema.parse(res.json);
    expect(converted).toMatchObject({
      status: 'CONVERTED_TO_PERMANENT',
      outcome: { convertedOn: addDays(today(), -10) },
    });
    expect(converted.retention.map((r) => r.outcome)).toEqual(['RETAINED', 'RETAINED', 'PENDING']);
    const ended = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: recruiter.token,
      body: {
        endDate: today(),
        reason: 'EMPLOYER_REASONS',
        note: 'De afdeling gaat dicht.',
        returnsToProgramme: true,
      },
    });
    expect(ended.status).toBe(200);
  });

  it('cancels a draft that will not start, with a reason; a draft cannot be ended', async () => {
    const { placement } = await draft();
    const end = await t.request('POST', `/api/placements/${placement.id}/end`, {
      token: recruiter.token,
      body: { endDate: today(), reason: 'OTHER', note: 'Gaat toch niet door.', returnsToProgramme: true },
    });
    expect(end.status).toBe(409);
    const noReason = await t.request('POST', `/api/placements/${placement.id}/cancel`, {
      token: recruiter.token,
      body: { note: 'Gaat toch niet door.' },
    });
    expect(noReason.status).toBe(422);
    const res = await t.request('POST', `/api/placements/${placement.id}/cancel`, {
      token: coach.token,
      body: { reason: 'PERSONAL_CIRCUMSTANCES', note: 'Ze verhuist naar Groningen.' },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const cancelled = placementSchema.parse(res.json);
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.retention.map((r) => r.outcome)).toEqual([
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
      'NOT_APPLICABLE',
    ]);
    const change = await t.request('PATCH', `/api/placements/${placement.id}`, {
      token: recruiter.token,
      body: { contractHoursPerWeek: 20, version: cancelled.version },
    });
    expect(change.status).toBe(409);
  });
});

describe('lists and the retention report', () => {
  it('lists an employer’s placements, a mentor only where named, with filters and a stable cursor', async () => {
    const other = await t.factory.jobSeeker(coach.user);
    await t.factory.placement(other, vacancy, { mentor: otherMentor.user, manager: manager.user });
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; json: { items: unknown[]; nextCursor: string | null } } = await t.request(
        'GET',
        `/api/placements?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { token: recruiter.token },
      );
      expect(page.status).toBe(200);
      all.push(...page.json.items.map((i) => placementSummarySchema.parse(i).id));
      cursor = page.json.nextCursor;
    } while (cursor);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(5);
    const asOtherMentor = await t.request('GET', '/api/placements', { token: otherMentor.token });
    const seen = asOtherMentor.json.items.map((i: unknown) => placementSummarySchema.parse(i).person);
    const code = (await candidateCodes(t.orm.em.fork(), vacancy.id, [other.id])).get(other.id);
    expect(seen).toEqual([{ candidateCode: code, fullName: null }]);
    const drafts = await t.request('GET', '/api/placements?status=DRAFT&limit=100', {
      token: recruiter.token,
    });
    expect(drafts.json.items.every((i: { status: string }) => i.status === 'DRAFT')).toBe(true);
    expect((await t.request('GET', '/api/placements', { token: recruiterB.token })).json.items).toEqual([]);
    expect(
      (await t.request('GET', '/api/placements?cursor=nonsense', { token: recruiter.token })).status,
    ).toBe(422);
    expect((await t.request('GET', '/api/placements?status=GONE', { token: recruiter.token })).status).toBe(
      422,
    );
  });

  it('reports retention, conversions and named causes to the programme only', async () => {
    const res = await t.request('GET', '/api/placement-retention', { token: admin.token });
    expect(res.status).toBe(200);
    const report = retentionReportSchema.parse(res.json);
    expect(report.retention.map((r) => r.months)).toEqual([3, 6, 12]);
    expect(report.endReasons).toEqual(
      expect.arrayContaining([
        { reason: 'HOURS_TOO_HEAVY', labelNl: 'De uren waren te zwaar', count: 1 },
        { reason: 'BETTER_JOB_ELSEWHERE', labelNl: 'Betere baan gevonden', count: 1 },
      ]),
    );
    expect(report.convertedToPermanent).toBe(1);
    const employer = await t.request(
      'GET',
      `/api/placement-retention?employerId=${recruiterB.organisation.id}`,
      {
        token: admin.token,
      },
    );
    expect(retentionReportSchema.parse(employer.json).placements).toBe(0);
    expect((await t.request('GET', '/api/placement-retention', { token: recruiter.token })).status).toBe(403);
    expect((await t.request('GET', '/api/placement-retention', { token: coach.token })).status).toBe(403);
  });
});

describe('no 500 on any client input', () => {
  it('answers malformed, mistyped and unknown input with 400/404/415/422', async () => {
    const { placement } = await draft();
    const cases: [string, string, object, number][] = [
      [
        'POST',
        '/api/placements',
        { rawBody: '{"vacancyId":', headers: { 'content-type': 'application/json' } },
        400,
      ],
      ['POST', '/api/placements', { body: { vacancyId: 'abc', candidateCode: 'x' } }, 422],
      ['GET', '/api/placements/not-a-uuid', {}, 422],
      ['GET', `/api/placements/${crypto.randomUUID()}`, {}, 404],
      ['PATCH', `/api/placements/${placement.id}`, { body: { version: 1, colour: 'blue' } }, 422],
      ['PATCH', `/api/placements/${placement.id}`, { body: { version: 'one' } }, 422],
      ['PATCH', `/api/placements/${placement.id}`, { body: { startDate: '2027-02-30', version: 1 } }, 422],
      ['POST', `/api/placements/${placement.id}/start`, { body: { startDate: 12 } }, 422],
      [
        'POST',
        `/api/placements/${placement.id}/start`,
        { rawBody: 'start', headers: { 'content-type': 'text/plain' } },
        415,
      ],
      [
        'PUT',
        `/api/placements/${placement.id}/absences`,
        { body: { absences: [{ from: '2027-01-01' }], version: 1 } },
        422,
      ],
      [
        'PUT',
        `/api/placements/${placement.id}/hours-build-up`,
        { body: { steps: [{ fromWeek: 0, hours: -1 }], reason: 'x', version: 1 } },
        422,
      ],
      ['GET', '/api/follow-up-items?state=LATE', {}, 422],
      ['GET', '/api/follow-up-digest?date=gisteren', {}, 422],
      ['GET', '/api/follow-up-digest?date=2027-02-30', {}, 422],
      ['GET', '/api/follow-up-items?assigneeUserId=mentor', {}, 422],
      ['GET', '/api/placements?limit=1000', {}, 422],
      ['POST', '/api/placements', { body: { vacancyId: vacancy.id, candidateCode: 'anna' } }, 422],
      ['POST', '/api/placements', { body: { vacancyId: vacancy.id, jobSeekerId: crypto.randomUUID() } }, 404],
      [
        'PATCH',
        `/api/placements/${placement.id}`,
        { body: { pay: { min: 20, max: 10, per: 'HOUR' }, version: 1 } },
        422,
      ],
      [
        'POST',
        `/api/placements/${placement.id}/end`,
        {
          body: {
            endDate: '2027-01-01',
            reason: 'OTHER',
            note: 'Zomaar een reden.',
            returnsToProgramme: 'ja',
          },
        },
        422,
      ],
      [
        'POST',
        `/api/placements/${placement.id}/check-ins`,
        { body: { kind: 'MENTOR', date: '2027-01-01', report: 12, howItsGoing: 'GOOD' } },
        422,
      ],
      ['POST', `/api/placements/${placement.id}/onboarding-plan/items`, { body: [] }, 422],
      ['GET', '/api/placement-retention?startedFrom=gisteren', {}, 422],
    ];
    for (const [method, path, options, status] of cases) {
      const res = await t.request(method, path, { token: admin.token, ...options });
      expect(res.status, `${method} ${path} ${JSON.stringify(res.json)}`).toBe(status);
      expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    }
  });
});
