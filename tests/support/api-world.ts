import { expect } from 'vitest';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { Vacancy } from '../../src/modules/vacancies/vacancy.entity';
import { draftWithAnswers, readyAnswerParts } from './assessment-flow';
import type { TestUser } from './factories';
import { holdEvent, openVacancy, personReadyForMeetAndGreet } from './meet-and-greet-setup';
import type { TestApp } from './test-app';

/**
 * One of every kind of record the API has a path parameter for, made through the API where it can
 * be: a person who went through a Meet & Greet into a candidacy, a placement, a trajectory. Tests
 * that walk every operation of the OpenAPI document use it to reach past the 404 of a random id.
 */
export type ApiWorld = Awaited<ReturnType<typeof buildApiWorld>>;

export async function buildApiWorld(t: TestApp) {
  const admin = await t.factory.user('PROGRAMME_ADMIN');
  const coach = await t.factory.user('LIFECOACH', admin.organisation);
  const recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  const coordinator = await t.factory.user('TRAJECTORY_COORDINATOR');
  // A partner worker reads the referrals of its organisation (no referral needed for an empty list).
  const partner = await t.factory.user('PARTNER_WORKER');

  const personId = await personReadyForMeetAndGreet(t, coach, 'Wereld Testpersoon');
  const vacancyId = await openVacancy(t, recruiter.token);
  const { eventId, candidacies } = await holdEvent(t, admin, {
    employers: [{ recruiter, vacancyIds: [vacancyId] }],
    people: [{ coach, jobSeekerId: personId }],
  });
  const candidacyId = candidacies.get(`${personId}/${vacancyId}`);
  expect(candidacyId, 'the Meet & Greet made a candidacy').toBeDefined();

  const em = t.orm.em.fork();
  const person = await em.findOneOrFail(JobSeeker, personId);
  const vacancy = await em.findOneOrFail(Vacancy, vacancyId, { populate: ['employer'] });
  const placement = await t.factory.placement(person, vacancy);
  const offering = await t.factory.trajectoryOffering(coordinator.organisation);
  const trajectory = await t.request('POST', '/api/trajectory-placements', {
    token: coach.token,
    body: {
      jobSeekerId: personId,
      offeringId: offering.id,
      handoverNote: 'Werkt graag met de handen en is altijd op tijd. Wil rustig beginnen, 8 uur per week.',
    },
  });
  expect(trajectory.status, JSON.stringify(trajectory.json)).toBe(201);

  const draft = await draftWithAnswers(t, coach.token, personId, readyAnswerParts);
  const withEvidence = await t.request('POST', `/api/assessments/${draft.id}/evidence`, {
    token: coach.token,
    body: { kind: 'anders', description: 'Een certificaat van een cursus' },
  });
  expect(withEvidence.status, JSON.stringify(withEvidence.json)).toBe(201);

  const candidates = await t.request('GET', `/api/vacancies/${vacancyId}/candidates`, {
    token: recruiter.token,
  });
  expect(candidates.status, JSON.stringify(candidates.json)).toBe(200);

  const planItem = await t.request('POST', `/api/placements/${placement.id}/onboarding-plan/items`, {
    token: recruiter.token,
    body: {
      kind: 'GOAL',
      title: 'Zelfstandig orders verzamelen',
      description: 'Na vier weken zonder hulp.',
      targetDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
    },
  });
  expect(planItem.status, JSON.stringify(planItem.json)).toBe(201);

  /** The id a path parameter stands for, by the collection it follows (`/api/<collection>/{id}`). */
  const idsByCollection: Record<string, string> = {
    organisations: recruiter.organisation.id,
    users: coach.user.id,
    tokens: coach.tokenId,
    'job-seekers': personId,
    assessments: draft.id,
    employers: recruiter.organisation.id,
    vacancies: vacancyId,
    'trajectory-providers': coordinator.organisation.id,
    'trajectory-offerings': offering.id,
    'trajectory-placements': trajectory.json.id,
    placements: placement.id,
    'onboarding-plan-items': planItem.json.id,
    'meet-and-greets': eventId,
    candidacies: candidacyId as string,
    'interview-invitations': crypto.randomUUID(),
  };
  const namedIds: Record<string, string> = {
    evidenceId: withEvidence.json.evidence[0].id,
    employerId: recruiter.organisation.id,
    vacancyId,
    jobSeekerId: personId,
    code: candidates.json.items[0]?.candidateCode ?? 'K-AAAAAA',
    profileNumber: '1',
    version: '1',
  };

  /** A real value for the path parameter `name` of `path` (an OpenAPI path with `{name}`). */
  function pathValue(path: string, name: string): string {
    if (name !== 'id') return namedIds[name] ?? crypto.randomUUID();
    const collection = path.split('/')[2] ?? '';
    return idsByCollection[collection] ?? crypto.randomUUID();
  }

  const tokens: Record<string, TestUser> = { admin, coach, recruiter, coordinator, partner };
  return { admin, coach, recruiter, coordinator, personId, vacancyId, eventId, tokens, pathValue };
}

/** `path` with every `{name}` replaced by `value(name)` (a lone surrogate as the bytes it would be). */
export const fillPath = (path: string, value: (name: string) => string) =>
  path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeSegment(value(name)));

function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}
