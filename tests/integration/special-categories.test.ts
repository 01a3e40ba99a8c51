import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { Assessment, TalentProfileRecord } from '../../src/modules/assessments/assessment.entity';
import { assessmentSchema } from '../../src/modules/assessments/assessment.schemas';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { createApiToken } from '../../src/modules/auth/token.service';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { User } from '../../src/modules/users/user.entity';
import { serviceContext } from '../support/assessed-job-seeker';
import { completeAssessmentThroughApi, draftWithAnswers, readyAnswerParts } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let coach: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  const programme = await t.factory.organisation('PROGRAMME');
  coach = await t.factory.user('LIFECOACH', programme);
});
afterAll(() => t.close());

const health = {
  type: 'gezondheid',
  bekend: true,
  oplosbaarBinnen: 'anderhalf_jaar',
  toelichting: 'Rugklachten',
};
const debts = readyAnswerParts[2].randvoorwaarden.obstakels[0];
/** The last conversation of a ready person, with a health obstacle besides the debts. */
const withHealth = {
  ...readyAnswerParts[2],
  randvoorwaarden: { ...readyAnswerParts[2].randvoorwaarden, obstakels: [debts, health] },
};

const recordConsent = (jobSeekerId: string, given: boolean) =>
  t.request('POST', `/api/job-seekers/${jobSeekerId}/consents`, {
    token: coach.token,
    body: {
      purpose: 'SPECIAL_CATEGORIES',
      given,
      textVersion: currentConsentTextVersion('SPECIAL_CATEGORIES'),
    },
  });

const obstacleTypes = async (assessmentId: string) => {
  const stored = await t.orm.em.fork().findOneOrFail(Assessment, { id: assessmentId });
  const answers = stored.answers as { randvoorwaarden?: { obstakels?: { type: string }[] } };
  return (answers.randvoorwaarden?.obstakels ?? []).map((obstacle) => obstacle.type);
};

describe('obstacles about health, addiction or justice', () => {
  it('are refused without the person’s explicit consent, with the field and nothing saved', async () => {
    const seeker = await t.factory.jobSeeker(coach.user);
    const draft = await draftWithAnswers(t, coach.token, seeker.id, readyAnswerParts.slice(0, 2));
    const res = await t.request('PATCH', `/api/assessments/${draft.id}/answers`, {
      token: coach.token,
      body: { answers: withHealth, version: draft.version },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(422);
    const problem = problemSchema.parse(res.json);
    expect(problem.errors?.map((error) => error.path)).toEqual([
      ['answers', 'randvoorwaarden', 'obstakels', 1, 'type'],
    ]);
    expect(problem.errors?.[0]?.message).toContain('toestemming');
    const stored = await t.orm.em.fork().findOneOrFail(Assessment, { id: draft.id });
    expect(stored.version).toBe(draft.version);
    expect(await obstacleTypes(draft.id)).toEqual([]);
  });

  it('are saved once the consent is recorded, and other obstacles never needed it', async () => {
    const seeker = await t.factory.jobSeeker(coach.user);
    const withoutHealth = await draftWithAnswers(t, coach.token, seeker.id, readyAnswerParts);
    expect(await obstacleTypes(withoutHealth.id)).toEqual(['schulden']);

    const other = await t.factory.jobSeeker(coach.user);
    expect((await recordConsent(other.id, true)).status).toBe(201);
    const draft = await draftWithAnswers(t, coach.token, other.id, [
      ...readyAnswerParts.slice(0, 2),
      withHealth,
    ]);
    expect(await obstacleTypes(draft.id)).toEqual(['schulden', 'gezondheid']);
  });

  it('leave the draft and every profile version when the consent is withdrawn, audited', async () => {
    const seeker = await t.factory.jobSeeker(coach.user);
    expect((await recordConsent(seeker.id, true)).status).toBe(201);
    const { draft } = await completeAssessmentThroughApi(t, coach.token, seeker.id, [
      ...readyAnswerParts.slice(0, 2),
      withHealth,
    ]);
    const profileObstacles = async () => {
      const profiles = await t.orm.em.fork().find(TalentProfileRecord, { jobSeeker: seeker.id });
      expect(profiles.length).toBeGreaterThan(0);
      return profiles.flatMap((record) =>
        (record.supportNeeds as { obstacles: { type: string }[] }).obstacles.map((obstacle) => obstacle.type),
      );
    };
    expect(await profileObstacles()).toContain('gezondheid');

    expect((await recordConsent(seeker.id, false)).status).toBe(201);
    expect(await obstacleTypes(draft.id)).toEqual(['schulden']);
    expect(await profileObstacles()).toEqual(['schulden']);
    const audit = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'assessment.special_categories_removed', entityId: seeker.id });
    expect(audit).toBe(1);
    const view = await t.request('GET', `/api/assessments/${draft.id}`, { token: coach.token });
    expect(JSON.stringify(assessmentSchema.parse(view.json))).not.toContain('Rugklachten');
  });

  it('the person decides about this consent themselves and reads it in their own words', async () => {
    const seeker = await t.factory.jobSeeker(coach.user);
    await issuePrintedCode(serviceContext(t.orm, coach), seeker.id);
    const em = t.orm.em.fork();
    const account = await em.findOneOrFail(User, { jobSeeker: seeker.id }, { populate: ['organisation'] });
    const { token } = await createApiToken(em, account, {
      label: 'person',
      expiresInDays: 1,
      createdByUserId: null,
      now: new Date(),
    });
    await em.flush();
    const consents = await t.request('GET', '/api/me/consents', { token });
    expect(consents.status).toBe(200);
    const item = consents.json.items.find(
      (candidate: { purpose: string }) => candidate.purpose === 'SPECIAL_CATEGORIES',
    );
    expect(item.currentText.text).toContain('Werkgevers zien het nooit');
    const given = await t.request('POST', '/api/me/consents', {
      token,
      body: { purpose: 'SPECIAL_CATEGORIES', given: true, textVersion: item.currentText.version },
    });
    expect(given.status, JSON.stringify(given.json)).toBe(200);
    const draft = await draftWithAnswers(t, coach.token, seeker.id, [
      ...readyAnswerParts.slice(0, 2),
      withHealth,
    ]);
    expect(await obstacleTypes(draft.id)).toContain('gezondheid');
  });
});
