import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/http/pagination';
import { assessmentCompletionSchema } from '../../src/modules/assessments/assessment.schemas';
import { talentProfileSchema } from '../../src/modules/assessments/talent-profile.schemas';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { jobSeekerRecordSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import { segmentDecisionSchema } from '../../src/modules/readiness/segment-decision.schemas';
import { trajectoryOfferingSchema } from '../../src/modules/trajectories/trajectory-offering.schemas';
import {
  placementSchema,
  placementSummarySchema,
  progressEntrySchema,
  reassessmentPromptSchema,
} from '../../src/modules/trajectories/trajectory-placement.schemas';
import { trajectoryProviderSchema } from '../../src/modules/trajectories/trajectory-provider.schemas';
import { trajectorySuggestionsSchema } from '../../src/modules/trajectories/trajectory-suggestion.schemas';
import { draftWithAnswers, laterAnswerParts, readyAnswerParts, STRENGTHS } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A person who can work later goes through a learn-work trajectory at a Roffabriek social
 * enterprise: assessed into LATER → a suggested trajectory → proposed with a warm handover note →
 * accepted with a start date → arrived → progress and observed levels → completed → the lifecoach
 * is prompted, reassesses through the ordinary assessment, and the person moves to READY. The
 * provider sees what it needs and never the support needs; the audit log names who saw what.
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let roffabriek: TestUser;
let workshop: TestUser;

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
const handoverNote =
  'Sanne repareert thuis al jaren fietsen van de buren. Ze is nerveus voor nieuwe groepen: een rustige eerste week helpt. Bel haar liever na 10 uur.';

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  roffabriek = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Roffabriek'),
  );
  workshop = await t.factory.user(
    'TRAJECTORY_COORDINATOR',
    await t.factory.organisation('TRAJECTORY_PROVIDER', 'Fietsenwerkplaats Zuid'),
  );
});
afterAll(() => t.close());

describe('from LATER through a learn-work trajectory to READY', () => {
  let jobSeekerId: string;
  let offeringId: string;
  let placementId: string;

  it('makes the bike workshop a member of Roffabriek, which publishes a learn-work trajectory', async () => {
    const membership = await t.request('PUT', `/api/trajectory-providers/${workshop.organisation.id}`, {
      token: admin.token,
      body: {
        platformId: roffabriek.organisation.id,
        description: 'Sociale onderneming die fietsen opknapt.',
      },
    });
    expect(trajectoryProviderSchema.parse(membership.json).platform?.name).toBe('Roffabriek');
    const res = await t.request('POST', '/api/trajectory-offerings', {
      token: workshop.token,
      body: {
        kind: 'LEARN_WORK',
        title: 'Fietsenmaker in opleiding',
        description: 'Je knapt fietsen op in onze werkplaats. Je leert het vak stap voor stap.',
        competenceCodes: ['P-GEREEDSCHAP', 'T-WORK-IN-TEAMS'],
        hoursPerWeek: 8,
        durationWeeks: 26,
        postcode: '3072',
        continuousIntake: true,
        capacityPerStart: 6,
      },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const offering = trajectoryOfferingSchema.parse(res.json);
    expect(offering.provider.platform?.name).toBe('Roffabriek');
    offeringId = offering.id;
  });

  it('registers and assesses the person: LATER (wants 6–10 hours for now)', async () => {
    const registered = await t.request('POST', '/api/job-seekers', {
      token: coach.token,
      body: { fullName: 'Sanne Verbeek', phone: '06-12 88 77 66', postcode: '3011 AB' },
    });
    jobSeekerId = jobSeekerRecordSchema.parse(registered.json).id;
    for (const purpose of ['PROGRAMME_PROCESSING', 'MATCHING'] as const) {
      const consent = await t.request('POST', `/api/job-seekers/${jobSeekerId}/consents`, {
        token: coach.token,
        body: { purpose, given: true, textVersion: currentConsentTextVersion(purpose) },
      });
      expect(consent.status).toBe(201);
    }
    const draft = await draftWithAnswers(t, coach.token, jobSeekerId, laterAnswerParts);
    const completed = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: STRENGTHS },
    });
    expect(assessmentCompletionSchema.parse(completed.json).decision.segment).toBe('LATER');
  });

  it('finds the trajectory among the suggestions and proposes her with a handover note', async () => {
    const suggestions = trajectorySuggestionsSchema.parse(
      (
        await t.request('GET', `/api/job-seekers/${jobSeekerId}/trajectory-suggestions`, {
          token: coach.token,
        })
      ).json,
    );
    expect(suggestions.items.map((item) => item.offering.id)).toContain(offeringId);
    const res = await t.request('POST', '/api/trajectory-placements', {
      token: coach.token,
      body: { jobSeekerId, offeringId, handoverNote },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    placementId = placementSchema.parse(res.json).id;
  });

  it('shows the workshop who is coming — without her support needs — and it accepts her from today', async () => {
    const list = await t.request('GET', '/api/trajectory-placements?status=PROPOSED', {
      token: workshop.token,
    });
    expect(
      pageSchema(placementSummarySchema)
        .parse(list.json)
        .items.map((item) => item.id),
    ).toEqual([placementId]);
    const read = await t.request('GET', `/api/trajectory-placements/${placementId}`, {
      token: workshop.token,
    });
    const view = placementSchema.parse(read.json);
    expect(view).toMatchObject({
      person: { fullName: 'Sanne Verbeek' },
      contact: { route: 'PHONE', phone: '0612887766' },
      handoverNote,
      lifecoach: { id: coach.user.id },
    });
    expect(view.talentProfile?.profile.strengthsSummary).toBe(STRENGTHS);
    for (const sensitive of ['supportNeeds', 'Kredietbank', 'schulden', 'Hulp bij het plannen']) {
      expect(JSON.stringify(read.json)).not.toContain(sensitive);
    }
    // Roffabriek is the platform, not the provider: it does not see people placed with its members.
    expect(
      (await t.request('GET', `/api/trajectory-placements/${placementId}`, { token: roffabriek.token }))
        .status,
    ).toBe(404);

    const accepted = await t.request('POST', `/api/trajectory-placements/${placementId}/accept`, {
      token: workshop.token,
      body: { startDate: today() },
    });
    expect(placementSchema.parse(accepted.json)).toMatchObject({ status: 'ACCEPTED', startDate: today() });
  });

  it('records that she arrived, her progress and the level the workshop sees now', async () => {
    const started = await t.request('POST', `/api/trajectory-placements/${placementId}/start`, {
      token: workshop.token,
      body: { actualStartDate: today() },
    });
    expect(placementSchema.parse(started.json).status).toBe('STARTED');
    for (const body of [
      { type: 'NOTE', note: 'Eerste week rustig begonnen; ze helpt al mee aan de reparaties.' },
      { type: 'ATTENDANCE', attendance: 'ON_TRACK' },
      {
        type: 'COMPETENCE_OBSERVATIONS',
        observations: [{ competenceCode: 'P-GEREEDSCHAP', level: 3, observedOn: today() }],
      },
    ]) {
      const res = await t.request('POST', `/api/trajectory-placements/${placementId}/progress`, {
        token: workshop.token,
        body,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      progressEntrySchema.parse(res.json);
    }
    const completed = await t.request('POST', `/api/trajectory-placements/${placementId}/finish`, {
      token: workshop.token,
      body: {
        outcome: 'COMPLETED',
        finishedOn: today(),
        reason: 'Traject afgerond: werkt zelfstandig in de werkplaats.',
      },
    });
    expect(placementSchema.parse(completed.json)).toMatchObject({ status: 'COMPLETED', finishedOn: today() });
  });

  it('prompts the lifecoach to reassess, once, with what changed', async () => {
    const res = await t.request('GET', '/api/reassessment-prompts', { token: coach.token });
    const prompts = pageSchema(reassessmentPromptSchema).parse(res.json).items;
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({
      jobSeekerId,
      placementId,
      reasons: ['LEVEL_CHANGED', 'COMPLETED'],
      levelChanges: [{ competenceCode: 'P-GEREEDSCHAP', profileLevel: 0, observedLevel: 3 }],
      answered: false,
    });
  });

  it('reassesses through the ordinary assessment, with the observed level: the person moves to READY', async () => {
    const [first, ...rest] = readyAnswerParts;
    const parts = [{ ...first, kunnen: { ...first.kunnen, 'P-GEREEDSCHAP': 3 } }, ...rest];
    const draft = await draftWithAnswers(t, coach.token, jobSeekerId, parts);
    const res = await t.request('POST', `/api/assessments/${draft.id}/complete`, {
      token: coach.token,
      body: { strengthsSummary: `${STRENGTHS} Heeft een leer-werktraject als fietsenmaker afgerond.` },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const completion = assessmentCompletionSchema.parse(res.json);
    expect(completion.decision).toMatchObject({ segment: 'READY', computedSegment: 'READY' });
    expect(completion.profile?.profileNumber).toBe(2);

    const decisions = await t.request('GET', `/api/job-seekers/${jobSeekerId}/segment-decisions`, {
      token: coach.token,
    });
    const [current] = pageSchema(segmentDecisionSchema).parse(decisions.json).items;
    expect(current).toMatchObject({ segment: 'READY', current: true });
    const profile = talentProfileSchema.parse(
      (await t.request('GET', `/api/job-seekers/${jobSeekerId}/profile`, { token: coach.token })).json,
    );
    expect(profile.profile.competenceLevels['P-GEREEDSCHAP']).toBe(3);

    const open = await t.request('GET', '/api/reassessment-prompts', { token: coach.token });
    expect(pageSchema(reassessmentPromptSchema).parse(open.json).items).toEqual([]);
    const answered = await t.request('GET', '/api/reassessment-prompts?status=ANSWERED', {
      token: coach.token,
    });
    expect(pageSchema(reassessmentPromptSchema).parse(answered.json).items[0]).toMatchObject({
      placementId,
      answeredByProfileNumber: 2,
    });
  });

  it('keeps an audit trail of the handover and every look at her data, without the data itself', async () => {
    const res = await t.request('GET', `/api/audit-entries?subjectId=${jobSeekerId}&limit=100`, {
      token: admin.token,
    });
    const entries = res.json.items.map((e: unknown) => auditEntrySchema.parse(e));
    const actions = new Set(entries.map((e: { action: string }) => e.action));
    for (const action of [
      'trajectory_placement.proposed',
      'trajectory_placement.listed',
      'trajectory_placement.viewed',
      'trajectory_placement.accepted',
      'trajectory_placement.started',
      'trajectory_progress.recorded',
      'trajectory_placement.completed',
      'reassessment_prompt.created',
      'reassessment_prompt.listed',
      'trajectory_suggestions.viewed',
      'segment_decision.created',
    ]) {
      expect(actions, `${action} in ${[...actions].join(', ')}`).toContain(action);
    }
    const seenByWorkshop = entries.filter(
      (e: { actorUserId: string | null; action: string }) =>
        e.actorUserId === workshop.user.id && e.action === 'trajectory_placement.viewed',
    );
    expect(seenByWorkshop).toHaveLength(1);
    const everything = JSON.stringify(res.json);
    for (const personal of ['Sanne', '0612887766', handoverNote, 'reparaties', 'fietsenmaker']) {
      expect(everything).not.toContain(personal);
    }
  });
});
