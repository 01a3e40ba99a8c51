import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentCompletionSchema } from '../../src/modules/assessments/assessment.schemas';
import { talentProfileSchema } from '../../src/modules/assessments/talent-profile.schemas';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { consentOverviewSchema } from '../../src/modules/consents/consent.schemas';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { jobSeekerRecordSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import { addDays, programmeToday } from '../../src/modules/readiness/review-dates';
import {
  segmentDecisionSchema,
  segmentReviewSchema,
} from '../../src/modules/readiness/segment-decision.schemas';
import { draftWithAnswers, laterAnswerParts, STRENGTHS } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A lifecoach's whole first weeks with a new person: register → consent → assessment over three
 * conversations → profile → segment with reasons → a reasoned override → the review list — and
 * the audit log shows who looked at and changed what, without the personal data itself.
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
const person = {
  fullName: 'Marieke de Wit',
  phone: '06-41 23 98 77',
  postcode: '3073 AB',
  dateOfBirth: '1971-04-09',
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
});
afterAll(() => t.close());

const inDays = (days: number) => addDays(programmeToday(new Date()), days);

describe('from registration to a reviewed segment', () => {
  let jobSeekerId: string;

  it('registers the person in the lifecoach’s caseload', async () => {
    const res = await t.request('POST', '/api/job-seekers', { token: coach.token, body: person });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const record = jobSeekerRecordSchema.parse(res.json);
    jobSeekerId = record.id;
    expect(res.json.responsibleLifecoach.id).toBe(coach.user.id);
  });

  it('records consent for the programme and for matching', async () => {
    for (const purpose of ['PROGRAMME_PROCESSING', 'MATCHING'] as const) {
      const res = await t.request('POST', `/api/job-seekers/${jobSeekerId}/consents`, {
        token: coach.token,
        body: { purpose, given: true, textVersion: currentConsentTextVersion(purpose) },
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
    }
    const overview = consentOverviewSchema.parse(
      (await t.request('GET', `/api/job-seekers/${jobSeekerId}/consents`, { token: coach.token })).json,
    );
    expect(
      overview.current
        .filter((c) => c.given)
        .map((c) => c.purpose)
        .sort(),
    ).toEqual(['MATCHING', 'PROGRAMME_PROCESSING']);
  });

  let decisionId: string;

  it('saves the assessment in three conversations and completes it into a profile and a segment', async () => {
    const draft = await draftWithAnswers(t, coach.token, jobSeekerId, laterAnswerParts);
    expect(draft.version).toBeGreaterThanOrEqual(4);
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const completion = assessmentCompletionSchema.parse(res.json);
    expect(completion.profile).not.toBeNull();
    // Wants 6–10 hours a week: enough for a learn-work trajectory, not yet for READY (12).
    expect(completion.decision.computedSegment).toBe('LATER');
    const hours = completion.decision.reasons.find(
      (r) => r.criterion.includes('hour') || r.criterion.includes('uren'),
    );
    expect(hours, JSON.stringify(completion.decision.reasons)).toBeDefined();
    expect(completion.decision.reasons.some((r) => !r.met)).toBe(true);
    expect(completion.decision.toMoveUp.length).toBeGreaterThan(0);
    decisionId = completion.decision.id;
  });

  it('shows the current profile, with the support needs apart, to the lifecoach', async () => {
    const res = await t.request('GET', `/api/job-seekers/${jobSeekerId}/profile`, { token: coach.token });
    expect(res.status).toBe(200);
    const profile = talentProfileSchema.parse(res.json);
    expect(profile.profile.strengthsSummary).toBe(STRENGTHS);
    expect(profile.supportNeeds).toBeDefined();
    expect(JSON.stringify(profile.profile)).not.toContain('Kredietbank');
  });

  it('keeps a reasoned override beside the computed segment', async () => {
    const justification =
      'Werkt al twee jaar 20 uur als vrijwilliger; wil meer uren zodra de kinderopvang rond is.';
    const res = await t.request('POST', `/api/job-seekers/${jobSeekerId}/segment-override`, {
      token: coach.token,
      body: { segment: 'READY', justification, reviewDate: inDays(14) },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const decision = segmentDecisionSchema.parse(res.json);
    expect(decision).toMatchObject({
      segment: 'READY',
      computedSegment: 'LATER',
      overridden: true,
      overrideJustification: justification,
      reviewDate: inDays(14),
    });
    const history = await t.request('GET', `/api/job-seekers/${jobSeekerId}/segment-decisions`, {
      token: coach.token,
    });
    const decisions = history.json.items.map((d: unknown) => segmentDecisionSchema.parse(d));
    expect(decisions.map((d: { id: string; current: boolean }) => [d.id === decisionId, d.current])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('lists the decision for review when its date has come', async () => {
    const future = await t.request('GET', '/api/segment-reviews?withinDays=30', { token: admin.token });
    expect(future.status).toBe(200);
    const reviews = future.json.items.map((r: unknown) => segmentReviewSchema.parse(r));
    expect(reviews.map((r: { jobSeekerId: string }) => r.jobSeekerId)).toContain(jobSeekerId);
    const dueToday = await t.request('GET', '/api/segment-reviews', { token: coach.token });
    expect(dueToday.json.items.map((r: { jobSeekerId: string }) => r.jobSeekerId)).not.toContain(jobSeekerId);
  });

  it('has an audit trail of who viewed and changed what, without personal data', async () => {
    const res = await t.request('GET', `/api/audit-entries?subjectId=${jobSeekerId}&limit=100`, {
      token: admin.token,
    });
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    for (const action of [
      'job_seeker.created',
      'consent.recorded',
      'talent_profile.viewed',
      'segment_decision.overridden',
    ]) {
      expect(actions, `${action} in ${[...actions].join(', ')}`).toContain(action);
    }
    expect(
      entries.every(
        (e: { actorUserId: string | null }) =>
          e.actorUserId === coach.user.id || e.actorUserId === admin.user.id,
      ),
    ).toBe(true);
    const everything = JSON.stringify(
      (await t.request('GET', '/api/audit-entries?limit=100', { token: admin.token })).json,
    );
    for (const personal of [
      'Marieke',
      'Wit',
      '0641239877',
      '41 23',
      '1971-04-09',
      'Kredietbank',
      'vrijwilliger',
      STRENGTHS,
    ]) {
      expect(everything).not.toContain(personal);
    }
  });

  it('keeps partner workers and employers out of the assessment and profile', async () => {
    const partner = await t.factory.user('PARTNER_WORKER');
    const recruiter = await t.factory.user('EMPLOYER_RECRUITER');
    for (const token of [partner.token, recruiter.token]) {
      expect((await t.request('GET', `/api/job-seekers/${jobSeekerId}/profile`, { token })).status).toBe(403);
      expect(
        (await t.request('GET', `/api/job-seekers/${jobSeekerId}/segment-decisions`, { token })).status,
      ).toBe(403);
    }
  });
});
