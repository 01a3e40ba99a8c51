import { expect } from 'vitest';
import {
  candidacyDetailSchema,
  staffCandidacyDetailSchema,
} from '../../src/modules/candidacies/candidacy.schemas';
import type { ConsentPurpose } from '../../src/modules/consents/consent.entity';
import { currentConsentTextVersion } from '../../src/modules/consents/consent-texts';
import {
  eventEmployerSchema,
  meetAndGreetSchema,
  participantSchema,
} from '../../src/modules/meet-and-greets/meet-and-greet.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { completeAssessmentThroughApi, laterAnswerParts, readyAnswerParts } from './assessment-flow';
import type { TestUser } from './factories';
import type { TestApp } from './test-app';
import { warehouseVacancy } from './vacancy-fixtures';

// Building blocks for Meet & Greet and pipeline tests, all through the API.

/** Fits readyAnswerParts: cleaning 3, customer contact 2, 16–24 hours, in 3011 (Rotterdam centre). */
export const cleaningVacancy = {
  ...warehouseVacancy,
  title: 'Schoonmaker kantoren',
  occupationCode: '9112.1',
  postcode: '3011',
  hours: { min: 16, max: 24 },
  requirements: [
    { competenceCode: 'P-SCHOONMAKEN', level: 3, tier: 'ESSENTIAL' },
    { competenceCode: 'P-KLANTCONTACT', level: 2, tier: 'IMPORTANT' },
  ],
  legalRequirements: [{ minimumAge: 18 }],
  dutchLevel: { speaking: 2, reading: 1, writing: 0 },
  positions: 1,
  employerOnlyNotes: { diploma: 'VMBO', yearsOfExperience: 2, remarks: 'Intern: liefst iemand uit de buurt' },
};

/** A learn-work place, open to people in segment LATER: 8–12 hours with a gradual build-up. */
export const learnWorkVacancy = {
  ...cleaningVacancy,
  title: 'Leerwerkplek schoonmaak',
  contractType: 'LEARN_WORK',
  hours: { min: 8, max: 12 },
};

export async function openVacancy(
  t: TestApp,
  token: string,
  body: object = cleaningVacancy,
): Promise<string> {
  const created = await t.request('POST', '/api/vacancies', { token, body });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const vacancy = vacancySchema.parse(created.json);
  const opened = await t.request('POST', `/api/vacancies/${vacancy.id}/status`, {
    token,
    body: { status: 'OPEN', version: vacancy.version },
  });
  expect(opened.status, JSON.stringify(opened.json)).toBe(200);
  return vacancy.id;
}

export async function recordConsent(
  t: TestApp,
  coach: TestUser,
  jobSeekerId: string,
  purpose: ConsentPurpose,
  given = true,
  employerOrganisationId?: string,
) {
  const res = await t.request('POST', `/api/job-seekers/${jobSeekerId}/consents`, {
    token: coach.token,
    body: {
      purpose,
      given,
      textVersion: currentConsentTextVersion(purpose),
      ...(employerOrganisationId ? { employerOrganisationId } : {}),
    },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
}

export type PersonOptions = {
  consents?: ConsentPurpose[];
  segment?: 'READY' | 'LATER';
  email?: string | null;
  dateOfBirth?: string;
  postcode?: string;
};

/**
 * A person of `coach`'s caseload with a completed assessment (READY by default) and consent to be
 * matched and to attend a Meet & Greet. Born 1980, living in 3011 unless told otherwise.
 */
export async function personReadyForMeetAndGreet(
  t: TestApp,
  coach: TestUser,
  fullName: string,
  options: PersonOptions = {},
): Promise<string> {
  const person = await t.factory.jobSeeker(coach.user, {
    fullName,
    dateOfBirth: options.dateOfBirth ?? '1980-05-01',
    postcode: options.postcode ?? '3011',
    email: options.email ?? null,
  });
  await completeAssessmentThroughApi(
    t,
    coach.token,
    person.id,
    options.segment === 'LATER' ? laterAnswerParts : readyAnswerParts,
  );
  for (const purpose of options.consents ?? (['MATCHING', 'MEET_AND_GREET'] as const)) {
    await recordConsent(t, coach, person.id, purpose);
  }
  return person.id;
}

export const eventBody = {
  title: 'Meet & Greet voorjaar',
  date: '2099-03-12',
  startTime: '13:30',
  place: 'Wijkgebouw De Meent, Rotterdam',
  seekerCapacity: 20,
  rounds: 3,
  roundMinutes: 20,
  breakMinutes: 5,
  maxConversationsPerSeeker: 2,
  shortlistSize: 10,
};

export async function createEvent(t: TestApp, admin: TestUser, overrides: object = {}) {
  const res = await t.request('POST', '/api/meet-and-greets', {
    token: admin.token,
    body: { ...eventBody, ...overrides },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return meetAndGreetSchema.parse(res.json);
}

export async function inviteEmployer(
  t: TestApp,
  admin: TestUser,
  eventId: string,
  employerId: string,
  vacancyIds: string[],
  tables = 1,
) {
  const res = await t.request('POST', `/api/meet-and-greets/${eventId}/employers`, {
    token: admin.token,
    body: { employerId, vacancyIds, tables },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return eventEmployerSchema.parse(res.json);
}

export async function employerAccepts(t: TestApp, recruiter: TestUser, eventId: string, body: object = {}) {
  const current = eventEmployerSchema.parse(
    (await t.request('GET', `/api/meet-and-greets/${eventId}/employers`, { token: recruiter.token })).json
      .items[0],
  );
  const res = await t.request(
    'POST',
    `/api/meet-and-greets/${eventId}/employers/${recruiter.organisation.id}/answer`,
    { token: recruiter.token, body: { answer: 'ACCEPT', version: current.version, ...body } },
  );
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return eventEmployerSchema.parse(res.json);
}

export async function invitePerson(t: TestApp, admin: TestUser, eventId: string, jobSeekerId: string) {
  const res = await t.request('POST', `/api/meet-and-greets/${eventId}/job-seekers`, {
    token: admin.token,
    body: { jobSeekerId },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return participantSchema.parse(res.json);
}

/** The person's answer through their lifecoach; `version` of the invitation, 1 when just invited. */
export async function personAnswers(
  t: TestApp,
  coach: TestUser,
  eventId: string,
  jobSeekerId: string,
  answer: 'ACCEPT' | 'DECLINE',
  extra: { version?: number } & Record<string, unknown> = {},
) {
  const res = await t.request('POST', `/api/meet-and-greets/${eventId}/job-seekers/${jobSeekerId}/answer`, {
    token: coach.token,
    body: { answer, version: 1, ...extra },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return participantSchema.parse(res.json);
}

export async function currentEventVersion(t: TestApp, admin: TestUser, eventId: string) {
  return meetAndGreetSchema.parse(
    (await t.request('GET', `/api/meet-and-greets/${eventId}`, { token: admin.token })).json,
  ).version;
}

/** Takes one pipeline step and returns the candidacy afterwards (parsed with the route's schema). */
export async function move(t: TestApp, token: string, candidacyId: string, body: Record<string, unknown>) {
  const current = candidacyDetailSchema.parse(
    (await t.request('GET', `/api/candidacies/${candidacyId}`, { token })).json,
  );
  const res = await t.request('POST', `/api/candidacies/${candidacyId}/transitions`, {
    token,
    body: { version: current.version, ...body },
  });
  return res;
}

export async function staffCandidacy(t: TestApp, token: string, candidacyId: string) {
  const res = await t.request('GET', `/api/candidacies/${candidacyId}`, { token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return staffCandidacyDetailSchema.parse(res.json);
}

/**
 * The keys and values an employer must never see about a person before the person agreed to share
 * their profile with that employer: checked against the raw JSON of a response.
 */
export function expectNothingHidden(
  json: unknown,
  person: { fullName: string; phone: string; email?: string | null; dateOfBirth?: string | null },
  alsoHidden: readonly string[] = [],
) {
  const text = JSON.stringify(json);
  const values = [
    person.fullName,
    ...person.fullName.split(' ').filter((part) => part.length > 2),
    person.phone,
    ...(person.email ? [person.email] : []),
    ...(person.dateOfBirth ? [person.dateOfBirth] : []),
    // support needs from the assessment (readyAnswerParts)
    'Kredietbank',
    'Hulp bij het plannen',
    ...alsoHidden,
  ];
  for (const value of values) expect(text, `value ${value}`).not.toContain(value);
  for (const key of [
    'fullName',
    'phone',
    'email',
    'dateOfBirth',
    'postcode',
    'postcodeFull',
    'address',
    'supportNeeds',
    'steunNodig',
    'wishNote',
    'addReason',
    'note',
    'jobSeekerId',
  ]) {
    expect(text, `key ${key}`).not.toContain(`"${key}"`);
  }
}

export type EventSpec = {
  event?: object;
  employers: { recruiter: TestUser; vacancyIds: string[]; tables?: number; accept?: boolean }[];
  people: { coach: TestUser; jobSeekerId: string; accept?: boolean; answer?: Record<string, unknown> }[];
  buildShortlists?: boolean;
};

/**
 * A planned event with its employers (accepted unless `accept: false`), its people (accepted unless
 * `accept: false`) and — unless `buildShortlists: false` — its shortlists. Returns the event's id.
 */
export async function setUpEvent(t: TestApp, admin: TestUser, spec: EventSpec): Promise<string> {
  const event = await createEvent(t, admin, spec.event);
  for (const employer of spec.employers) {
    await inviteEmployer(
      t,
      admin,
      event.id,
      employer.recruiter.organisation.id,
      employer.vacancyIds,
      employer.tables,
    );
    if (employer.accept !== false) await employerAccepts(t, employer.recruiter, event.id);
  }
  for (const person of spec.people) {
    await invitePerson(t, admin, event.id, person.jobSeekerId);
    if (person.accept !== false)
      await personAnswers(t, person.coach, event.id, person.jobSeekerId, 'ACCEPT', person.answer);
  }
  if (spec.buildShortlists !== false) {
    const built = await t.request('POST', `/api/meet-and-greets/${event.id}/shortlists`, {
      token: admin.token,
    });
    expect(built.status, JSON.stringify(built.json)).toBe(200);
  }
  return event.id;
}

/**
 * Runs an event from start to end — schedule proposed, fixed and held, nobody absent — and returns
 * the candidacy ids by `${jobSeekerId}/${vacancyId}`. With the default event (3 rounds, 2
 * conversations per person) and at most two employers with enough tables, everyone meets everyone.
 */
export async function holdEvent(t: TestApp, admin: TestUser, spec: EventSpec) {
  const eventId = await setUpEvent(t, admin, spec);
  const proposal = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
    token: admin.token,
    body: { version: await currentEventVersion(t, admin, eventId) },
  });
  expect(proposal.status, JSON.stringify(proposal.json)).toBe(200);
  const fixed = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
    token: admin.token,
    body: { version: proposal.json.version },
  });
  expect(fixed.status, JSON.stringify(fixed.json)).toBe(200);
  const held = await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
    token: admin.token,
    body: { version: fixed.json.version },
  });
  expect(held.status, JSON.stringify(held.json)).toBe(200);
  const list = await t.request('GET', `/api/candidacies?meetAndGreetId=${eventId}&limit=100`, {
    token: admin.token,
  });
  expect(list.status).toBe(200);
  const candidacies = new Map<string, string>();
  for (const item of list.json.items as { id: string; jobSeekerId: string; vacancyId: string }[])
    candidacies.set(`${item.jobSeekerId}/${item.vacancyId}`, item.id);
  return { eventId, candidacies };
}
