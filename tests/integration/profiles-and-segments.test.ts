import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, Permission } from '../../src/access/policy';
import { roles } from '../../src/access/roles';
import type { Actor } from '../../src/http/context';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import type { TalentProfileRecord } from '../../src/modules/assessments/assessment.entity';
import {
  talentProfileSchema,
  talentProfileSummarySchema,
} from '../../src/modules/assessments/talent-profile.schemas';
import { toTalentProfileView } from '../../src/modules/assessments/talent-profile.service';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import { SegmentDecision } from '../../src/modules/readiness/segment-decision.entity';
import {
  segmentDecisionSchema,
  segmentReviewSchema,
} from '../../src/modules/readiness/segment-decision.schemas';
import {
  completeAssessmentThroughApi,
  laterAnswerParts,
  readyAnswerParts,
  STRENGTHS,
} from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const decisionPage = pageSchema(segmentDecisionSchema);
const reviewPage = pageSchema(segmentReviewSchema);

let t: TestApp;
let coach: TestUser;
let otherCoach: TestUser;
let admin: TestUser;
let partner: TestUser;
let employerRoles: TestUser[];
beforeAll(async () => {
  t = await createTestApp();
  const programme = await t.factory.organisation('PROGRAMME');
  coach = await t.factory.user('LIFECOACH', programme);
  otherCoach = await t.factory.user('LIFECOACH', programme);
  admin = await t.factory.user('PROGRAMME_ADMIN', programme);
  partner = await t.factory.user('PARTNER_WORKER');
  employerRoles = [
    await t.factory.user('EMPLOYER_RECRUITER'),
    await t.factory.user('MENTOR'),
    await t.factory.user('TRAJECTORY_COORDINATOR'),
  ];
});
afterAll(() => t.close());

const today = () => programmeToday(new Date());
let phoneSequence = 0;
const person = (lifecoach: TestUser = coach, fullName = 'Karim Voorbeeld') =>
  t.factory.jobSeeker(lifecoach.user, {
    fullName,
    phone: `0655${String(++phoneSequence).padStart(6, '0')}`,
    referringOrganisation: partner.organisation,
  });

const expectProblem = (res: { status: number; json: unknown }, status: number, code: string) => {
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const problem = problemSchema.parse(res.json);
  expect(problem.code).toBe(code);
  return problem;
};

describe('talent profiles', () => {
  let jobSeekerId: string;
  let firstProfileId: string;
  let secondProfileId: string;
  beforeAll(async () => {
    jobSeekerId = (await person()).id;
    firstProfileId = (await completeAssessmentThroughApi(t, coach.token, jobSeekerId, laterAnswerParts))
      .completion.profile?.id as string;
    secondProfileId = (await completeAssessmentThroughApi(t, coach.token, jobSeekerId)).completion.profile
      ?.id as string;
  });

  it('GET /profile: the latest completed profile, with support needs in a field of their own', async () => {
    for (const user of [coach, admin]) {
      const res = await t.request('GET', `/api/job-seekers/${jobSeekerId}/profile`, { token: user.token });
      expect(res.status).toBe(200);
      const view = talentProfileSchema.parse(res.json);
      expect(view).toMatchObject({ id: secondProfileId, profileNumber: 2, current: true, jobSeekerId });
      expect(view.profile).toMatchObject({
        strengthsSummary: STRENGTHS,
        wantedHours: { min: 16, max: 24 },
        interests: { occupations: ['5120.1'], sectors: [] },
        competenceLevels: readyAnswerParts[0].kunnen,
      });
      expect(view.profile.behaviourScores).toMatchObject(readyAnswerParts[2].gedrag);
      expect(view.profile.workStyle).toEqual(readyAnswerParts[1].persoonlijkheid);
      expect(res.json.profile).not.toHaveProperty('supportNeeds');
      expect(JSON.stringify(res.json.profile)).not.toContain('Kredietbank');
      expect(view.supportNeeds?.obstacles).toEqual([
        expect.objectContaining({
          type: 'schulden',
          oplosbaarBinnen: 'drie_maanden',
          toelichting: 'Kredietbank regelt het',
        }),
      ]);
      expect(view.supportNeeds?.additionalAnswers).toEqual({
        'randvoorwaarden.steunNodig': 'Hulp bij het plannen van de week',
      });
    }
  });

  it('GET /profiles: the history, newest first; GET /profiles/{n}: an earlier version stays readable', async () => {
    const list = await t.request('GET', `/api/job-seekers/${jobSeekerId}/profiles`, { token: coach.token });
    expect(list.status).toBe(200);
    const page = pageSchema(talentProfileSummarySchema).parse(list.json);
    expect(page.items.map((item) => [item.profileNumber, item.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const first = await t.request('GET', `/api/job-seekers/${jobSeekerId}/profiles/1`, {
      token: admin.token,
    });
    expect(first.status).toBe(200);
    const view = talentProfileSchema.parse(first.json);
    expect(view).toMatchObject({ id: firstProfileId, profileNumber: 1, current: false });
    expect(view.profile.wantedHours).toEqual({ min: 6, max: 10 });
  });

  it('answers 404 for a profile number that does not exist, 422 for one that is not a positive number', async () => {
    expectProblem(
      await t.request('GET', `/api/job-seekers/${jobSeekerId}/profiles/3`, { token: coach.token }),
      404,
      'NOT_FOUND',
    );
    const bad = expectProblem(
      await t.request('GET', `/api/job-seekers/${jobSeekerId}/profiles/0`, { token: coach.token }),
      422,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]?.path).toEqual(['profileNumber']);
  });

  it('answers 404 for a person without a completed assessment', async () => {
    const fresh = await person();
    expectProblem(
      await t.request('GET', `/api/job-seekers/${fresh.id}/profile`, { token: coach.token }),
      404,
      'NOT_FOUND',
    );
    const list = await t.request('GET', `/api/job-seekers/${fresh.id}/profiles`, { token: coach.token });
    expect(pageSchema(talentProfileSummarySchema).parse(list.json).items).toEqual([]);
  });

  it("answers 404 for another lifecoach's person; 403 for the referring partner and employer roles; 401 without a token", async () => {
    for (const path of ['profile', 'profiles', 'profiles/1']) {
      const url = `/api/job-seekers/${jobSeekerId}/${path}`;
      expectProblem(await t.request('GET', url, { token: otherCoach.token }), 404, 'NOT_FOUND');
      for (const user of [partner, ...employerRoles]) {
        expectProblem(await t.request('GET', url, { token: user.token }), 403, 'FORBIDDEN');
      }
      expectProblem(await t.request('GET', url), 401, 'UNAUTHENTICATED');
    }
  });

  it('audits every read, noting whether support needs were shown, without personal data', async () => {
    const before = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'talent_profile.viewed', entityId: secondProfileId });
    const res = await t.request('GET', `/api/job-seekers/${jobSeekerId}/profile`, { token: coach.token });
    const entries = await t.orm.em
      .fork()
      .find(
        AuditEntry,
        { action: 'talent_profile.viewed', entityId: secondProfileId },
        { orderBy: { id: 'asc' } },
      );
    expect(entries).toHaveLength(before + 1);
    expect(entries.at(-1)).toMatchObject({
      actorUserId: coach.user.id,
      entityType: 'talent_profile',
      fields: ['profile', 'supportNeeds'],
      requestId: res.headers.get('x-request-id'),
    });
    const all = await t.orm.em.fork().find(AuditEntry, { actorUserId: coach.user.id });
    const serialised = JSON.stringify(all);
    for (const secret of ['Karim', STRENGTHS, 'Kredietbank', 'plannen van de week']) {
      expect(serialised).not.toContain(secret);
    }
  });
});

describe('the profile view builder', () => {
  const record = {
    id: crypto.randomUUID(),
    jobSeeker: { id: crypto.randomUUID() },
    assessment: { id: crypto.randomUUID() },
    profileNumber: 1,
    instrumentVersion: 1,
    profile: { strengthsSummary: 'Sterk in contact' },
    supportNeeds: {
      phase: 'groen',
      phaseNote: 'Schulden in beeld',
      preconditions: [],
      obstacles: [],
      additionalAnswers: {},
    },
    createdAt: new Date(),
    createdByUserId: crypto.randomUUID(),
  } as unknown as TalentProfileRecord;
  const actor = (role: Actor['role']): Actor => ({
    userId: crypto.randomUUID(),
    organisationId: crypto.randomUUID(),
    organisationKind: 'PROGRAMME',
    role,
    tokenId: crypto.randomUUID(),
  });

  it.each(roles)('includes support needs for %s only when the role may read them', (role) => {
    const view = toTalentProfileView(actor(role), record, true);
    expect('supportNeeds' in view).toBe(can(actor(role), Permission.ReadSupportNeeds));
    expect(JSON.stringify(view).includes('Schulden in beeld')).toBe(
      can(actor(role), Permission.ReadSupportNeeds),
    );
    // A profile made before summaries for employers existed reads as having none.
    expect(view.profile).toEqual({ strengthsSummary: 'Sterk in contact', summaryForEmployers: null });
  });

  it('never gives employer roles support needs', () => {
    for (const role of ['EMPLOYER_RECRUITER', 'MENTOR', 'PARTNER_WORKER'] as const) {
      expect(toTalentProfileView(actor(role), record, true)).not.toHaveProperty('supportNeeds');
    }
    expect(toTalentProfileView(actor('LIFECOACH'), record, true)).toHaveProperty('supportNeeds');
  });
});

describe('segment decisions and overrides', () => {
  it('an override keeps the computed segment beside the chosen one, with the justification', async () => {
    const jobSeeker = await person();
    const { completion } = await completeAssessmentThroughApi(t, coach.token, jobSeeker.id, laterAnswerParts);
    expect(completion.decision.segment).toBe('LATER');
    const justification = 'Werkt al drie maanden 20 uur als vrijwilliger in de keuken; de uren groeien snel.';
    const res = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/segment-override`, {
      token: coach.token,
      body: { segment: 'READY', justification },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const decision = segmentDecisionSchema.parse(res.json);
    const rules = t.reference.activeInstrument.segmentationRules;
    expect(decision).toMatchObject({
      segment: 'READY',
      computedSegment: 'LATER',
      overridden: true,
      overrideJustification: justification,
      basis: 'profile',
      profileId: completion.decision.profileId,
      reasons: completion.decision.reasons,
      toMoveUp: completion.decision.toMoveUp,
      reviewDate: addDays(today(), rules.reviewAfterDays.READY),
      current: true,
      decidedBy: { userId: coach.user.id, displayName: coach.user.displayName },
    });

    const history = await t.request('GET', `/api/job-seekers/${jobSeeker.id}/segment-decisions`, {
      token: admin.token,
    });
    expect(history.status).toBe(200);
    const items = decisionPage.parse(history.json).items;
    expect(items.map((item) => [item.id, item.segment, item.computedSegment, item.current])).toEqual([
      [decision.id, 'READY', 'LATER', true],
      [completion.decision.id, 'LATER', 'LATER', false],
    ]);
    expect(items[1]?.supersededAt).not.toBeNull();
    expect(items[1]?.overrideJustification).toBeNull();

    const stored = await t.orm.em.fork().findOneOrFail(JobSeeker, { id: jobSeeker.id });
    expect([stored.currentSegment, stored.segmentReviewDate]).toEqual(['READY', decision.reviewDate]);
    const audit = await t.orm.em
      .fork()
      .find(AuditEntry, { action: 'segment_decision.overridden', entityId: decision.id });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('vrijwilliger');
  });

  it('accepts a chosen future review date; a new assessment supersedes the override', async () => {
    const jobSeeker = await person();
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id);
    const reviewDate = addDays(today(), 14);
    const res = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/segment-override`, {
      token: coach.token,
      body: {
        segment: 'LATER',
        justification: 'Wil eerst de taalcursus afmaken voordat zij begint.',
        reviewDate,
      },
    });
    expect(segmentDecisionSchema.parse(res.json)).toMatchObject({
      segment: 'LATER',
      computedSegment: 'READY',
      reviewDate,
    });
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id);
    const items = decisionPage.parse(
      (await t.request('GET', `/api/job-seekers/${jobSeeker.id}/segment-decisions`, { token: coach.token }))
        .json,
    ).items;
    expect(items.map((item) => [item.segment, item.overridden, item.current])).toEqual([
      ['READY', false, true],
      ['LATER', true, false],
      ['READY', false, false],
    ]);
    expect(
      await t.orm.em.fork().count(SegmentDecision, { jobSeeker: jobSeeker.id, supersededAt: null }),
    ).toBe(1);
  });

  it.each([
    ['no justification', { segment: 'READY' }, ['justification']],
    [
      'a justification of 19 characters',
      { segment: 'READY', justification: 'Kan het echt wel!!!' },
      ['justification'],
    ],
    [
      'a short justification padded with spaces',
      { segment: 'READY', justification: `   Kan het wel.${' '.repeat(20)}` },
      ['justification'],
    ],
    [
      'an unknown segment',
      { segment: 'KANSLOOS', justification: 'Een lange genoeg toelichting hier.' },
      ['segment'],
    ],
    [
      'an impossible date',
      { segment: 'READY', justification: 'Een lange genoeg toelichting hier.', reviewDate: '2027-02-30' },
      ['reviewDate'],
    ],
    [
      'an unknown field',
      { segment: 'READY', justification: 'Een lange genoeg toelichting hier.', risk: 'laag' },
      ['risk'],
    ],
  ])('refuses %s with 422 and changes nothing', async (_name, body, path) => {
    const jobSeeker = await person();
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id, laterAnswerParts);
    const res = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/segment-override`, {
      token: coach.token,
      body,
    });
    expect(expectProblem(res, 422, 'VALIDATION_FAILED').errors?.map((error) => error.path)).toEqual([path]);
    expect(await t.orm.em.fork().count(SegmentDecision, { jobSeeker: jobSeeker.id })).toBe(1);
  });

  it.each([
    ['yesterday', -1],
    ['today', 0],
    ['more than a year ahead', 366],
  ])('refuses a review date %s', async (_name, days) => {
    const jobSeeker = await person();
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id, laterAnswerParts);
    const res = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/segment-override`, {
      token: coach.token,
      body: {
        segment: 'READY',
        justification: 'Een lange genoeg toelichting hier.',
        reviewDate: addDays(today(), days),
      },
    });
    expect(expectProblem(res, 422, 'VALIDATION_FAILED').errors?.map((error) => error.path)).toEqual([
      ['reviewDate'],
    ]);
    expect((await t.orm.em.fork().findOneOrFail(JobSeeker, { id: jobSeeker.id })).currentSegment).toBe(
      'LATER',
    );
  });

  it('keeps exactly one current decision when two overrides arrive at once', async () => {
    const jobSeeker = await person();
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id, laterAnswerParts);
    const override = (segment: string) =>
      t.request('POST', `/api/job-seekers/${jobSeeker.id}/segment-override`, {
        token: coach.token,
        body: { segment, justification: 'Een lange genoeg toelichting hier.' },
      });
    const statuses = (await Promise.all([override('READY'), override('NOT_NOW')])).map((res) => res.status);
    expect(statuses).toContain(201);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const em = t.orm.em.fork();
    const current = await em.find(SegmentDecision, { jobSeeker: jobSeeker.id, supersededAt: null });
    expect(current).toHaveLength(1);
    expect((await em.findOneOrFail(JobSeeker, { id: jobSeeker.id })).currentSegment).toBe(
      current[0]?.segment,
    );
    expect(await em.count(SegmentDecision, { jobSeeker: jobSeeker.id })).toBe(
      1 + statuses.filter((status) => status === 201).length,
    );
  });

  it('answers 409 when the person has no decision yet', async () => {
    const jobSeeker = await person();
    const res = await t.request('POST', `/api/job-seekers/${jobSeeker.id}/segment-override`, {
      token: coach.token,
      body: { segment: 'READY', justification: 'Een lange genoeg toelichting hier.' },
    });
    expectProblem(res, 409, 'CONFLICT');
  });

  it("lets only the person's own lifecoach override: 404 for another, 403 for admin, partner and employer roles", async () => {
    const jobSeeker = await person();
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id, laterAnswerParts);
    const body = { segment: 'READY', justification: 'Een lange genoeg toelichting hier.' };
    const url = `/api/job-seekers/${jobSeeker.id}/segment-override`;
    expectProblem(await t.request('POST', url, { token: otherCoach.token, body }), 404, 'NOT_FOUND');
    for (const user of [admin, partner, ...employerRoles]) {
      expectProblem(await t.request('POST', url, { token: user.token, body }), 403, 'FORBIDDEN');
    }
    expectProblem(await t.request('POST', url, { body }), 401, 'UNAUTHENTICATED');
    expect(await t.orm.em.fork().count(SegmentDecision, { jobSeeker: jobSeeker.id })).toBe(1);
  });

  it('GET /segment-decisions: 404 for another lifecoach, 403 for partner and employer roles, 401 without a token', async () => {
    const jobSeeker = await person();
    await completeAssessmentThroughApi(t, coach.token, jobSeeker.id);
    const url = `/api/job-seekers/${jobSeeker.id}/segment-decisions`;
    expectProblem(await t.request('GET', url, { token: otherCoach.token }), 404, 'NOT_FOUND');
    for (const user of [partner, ...employerRoles]) {
      expectProblem(await t.request('GET', url, { token: user.token }), 403, 'FORBIDDEN');
    }
    expectProblem(await t.request('GET', url), 401, 'UNAUTHENTICATED');
    const audited = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'segment_decision.viewed', entityId: jobSeeker.id });
    expect(audited).toBe(0);
  });
});

describe('GET /api/segment-reviews', () => {
  /** A current decision written directly, so a review date can lie in the past. */
  async function decided(
    lifecoach: TestUser,
    reviewInDays: number,
    options: { superseded?: boolean; fullName?: string } = {},
  ) {
    const jobSeeker = await person(lifecoach, options.fullName ?? `Persoon ${reviewInDays}`);
    const em = t.orm.em.fork();
    const reviewDate = addDays(today(), reviewInDays);
    const decision = em.create(SegmentDecision, {
      jobSeeker: em.getReference(JobSeeker, jobSeeker.id),
      profile: null,
      computedSegment: 'NOT_NOW',
      reasons: [],
      toMoveUp: [],
      segment: 'NOT_NOW',
      overrideJustification: null,
      reviewDate,
      decidedAt: new Date(),
      decidedByUserId: lifecoach.user.id,
      lifecoachUserId: lifecoach.user.id,
      supersededAt: options.superseded ? new Date() : null,
    });
    const stored = await em.findOneOrFail(JobSeeker, { id: jobSeeker.id });
    stored.currentSegment = 'NOT_NOW';
    stored.segmentReviewDate = reviewDate;
    await em.flush();
    return { jobSeekerId: jobSeeker.id, decisionId: decision.id, reviewDate };
  }

  let reviewer: TestUser;
  let colleague: TestUser;
  let due: Record<string, Awaited<ReturnType<typeof decided>>>;
  beforeAll(async () => {
    reviewer = await t.factory.user('LIFECOACH', coach.organisation);
    colleague = await t.factory.user('LIFECOACH', coach.organisation);
    due = {
      longOverdue: await decided(reviewer, -30, { fullName: 'Anna Achterstand' }),
      overdue: await decided(reviewer, -2),
      today: await decided(reviewer, 0),
      soon: await decided(reviewer, 10),
      later: await decided(reviewer, 40),
      superseded: await decided(reviewer, -10, { superseded: true }),
      colleagueOverdue: await decided(colleague, -5),
    };
  });

  const ids = (page: { items: { decisionId: string }[] }) => page.items.map((item) => item.decisionId);

  it('shows a lifecoach the due and overdue reviews in their own caseload, oldest first', async () => {
    const res = await t.request('GET', '/api/segment-reviews', { token: reviewer.token });
    expect(res.status).toBe(200);
    const page = reviewPage.parse(res.json);
    expect(ids(page)).toEqual([due.longOverdue, due.overdue, due.today].map((d) => d?.decisionId));
    expect(page.items.map((item) => [item.overdue, item.daysUntilReview])).toEqual([
      [true, -30],
      [true, -2],
      [false, 0],
    ]);
    expect(page.items[0]).toMatchObject({
      jobSeekerId: due.longOverdue?.jobSeekerId,
      fullName: 'Anna Achterstand',
      segment: 'NOT_NOW',
      reviewDate: due.longOverdue?.reviewDate,
      responsibleLifecoachId: reviewer.user.id,
    });
  });

  it('looks ahead withinDays', async () => {
    const page = reviewPage.parse(
      (await t.request('GET', '/api/segment-reviews?withinDays=14', { token: reviewer.token })).json,
    );
    expect(ids(page)).toEqual([due.longOverdue, due.overdue, due.today, due.soon].map((d) => d?.decisionId));
  });

  it("gives a lifecoach nothing of another lifecoach's caseload, even when asked", async () => {
    const page = reviewPage.parse(
      (
        await t.request('GET', `/api/segment-reviews?lifecoachId=${colleague.user.id}`, {
          token: reviewer.token,
        })
      ).json,
    );
    expect(page.items).toEqual([]);
  });

  it('lets the programme admin see everyone, or one lifecoach', async () => {
    const all = reviewPage.parse(
      (await t.request('GET', '/api/segment-reviews?limit=100', { token: admin.token })).json,
    );
    expect(ids(all)).toEqual(
      expect.arrayContaining([due.longOverdue?.decisionId, due.colleagueOverdue?.decisionId]),
    );
    expect(ids(all)).not.toContain(due.superseded?.decisionId);
    expect(ids(all)).not.toContain(due.soon?.decisionId);
    const dates = all.items.map((item) => item.reviewDate);
    expect(dates).toEqual([...dates].sort());
    const one = reviewPage.parse(
      (
        await t.request('GET', `/api/segment-reviews?lifecoachId=${colleague.user.id}`, {
          token: admin.token,
        })
      ).json,
    );
    expect(ids(one)).toEqual([due.colleagueOverdue?.decisionId]);
  });

  it('pages through the list without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const path: string = `/api/segment-reviews?withinDays=60&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = reviewPage.parse((await t.request('GET', path, { token: reviewer.token })).json);
      seen.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(
      [due.longOverdue, due.overdue, due.today, due.soon, due.later].map((d) => d?.decisionId),
    );
  });

  it('audits who saw which person on the list', async () => {
    const res = await t.request('GET', '/api/segment-reviews', { token: reviewer.token });
    const entries = await t.orm.em.fork().find(AuditEntry, {
      action: 'segment_review.listed',
      requestId: res.headers.get('x-request-id') as string,
    });
    expect(entries.map((entry) => entry.entityId).sort()).toEqual(
      [due.longOverdue, due.overdue, due.today].map((d) => d?.jobSeekerId).sort(),
    );
    expect(JSON.stringify(entries)).not.toContain('Anna');
  });

  it.each([
    ['withinDays above 60', 'withinDays=61', ['withinDays']],
    ['negative withinDays', 'withinDays=-1', ['withinDays']],
    ['a lifecoachId that is not a UUID', 'lifecoachId=karin', ['lifecoachId']],
  ])('refuses %s with 422', async (_name, query, path) => {
    const res = await t.request('GET', `/api/segment-reviews?${query}`, { token: reviewer.token });
    expect(expectProblem(res, 422, 'VALIDATION_FAILED').errors?.[0]?.path).toEqual(path);
  });

  it('refuses partner and employer roles with 403 and no token with 401', async () => {
    for (const user of [partner, ...employerRoles]) {
      expectProblem(await t.request('GET', '/api/segment-reviews', { token: user.token }), 403, 'FORBIDDEN');
    }
    expectProblem(await t.request('GET', '/api/segment-reviews'), 401, 'UNAUTHENTICATED');
  });
});
