import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import {
  employerCandidacySchema,
  staffCandidacySchema,
} from '../../src/modules/candidacies/candidacy.schemas';
import { consentOverviewSchema } from '../../src/modules/consents/consent.schemas';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { candidateListSchema, staffCandidateSchema } from '../../src/modules/matching/matching.schemas';
import {
  eventEmployerListSchema,
  eventEmployerSchema,
  meetAndGreetSchema,
  participantSchema,
} from '../../src/modules/meet-and-greets/meet-and-greet.schemas';
import {
  employerAgendaSchema,
  personAgendaSchema,
  scheduleProposalSchema,
  scheduleSchema,
} from '../../src/modules/meet-and-greets/schedule.schemas';
import {
  employerShortlistItemSchema,
  shortlistSchema,
  staffShortlistItemSchema,
} from '../../src/modules/meet-and-greets/shortlist.schemas';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  createEvent,
  currentEventVersion,
  eventBody,
  expectNothingHidden,
  invitePerson,
  learnWorkVacancy,
  openVacancy,
  personAnswers,
  personReadyForMeetAndGreet,
  setUpEvent,
  staffCandidacy,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coachA: TestUser;
let coachB: TestUser;
let recruiterA: TestUser;
let recruiterB: TestUser;

/** People, reused across events; each test makes its own event and vacancies. */
let anna: string;
let bram: string;
let cor: string;
let farAway: string;
let noEventConsent: string;
let later: string;

const people = new Map<string, { fullName: string; phone: string; dateOfBirth: string }>();

async function person(
  coach: TestUser,
  fullName: string,
  options: Parameters<typeof personReadyForMeetAndGreet>[3] = {},
) {
  const id = await personReadyForMeetAndGreet(t, coach, fullName, options);
  const { phone } = await t.orm.em.fork().findOneOrFail(JobSeeker, { id });
  people.set(id, { fullName, phone, dateOfBirth: options.dateOfBirth ?? '1980-05-01' });
  return id;
}

const hiddenOf = (id: string) => people.get(id) as { fullName: string; phone: string; dateOfBirth: string };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coachA = await t.factory.user('LIFECOACH', admin.organisation);
  coachB = await t.factory.user('LIFECOACH', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  anna = await person(coachA, 'Anna Jansen');
  bram = await person(coachB, 'Bram Pieters');
  cor = await person(coachA, 'Cor Visser');
  noEventConsent = await person(coachA, 'Dewi Kartosen', { consents: ['MATCHING'] });
  later = await person(coachB, 'Lotte Later', { segment: 'LATER' });
  // Lives in Dordrecht (17 km), beyond the 10 km the person wants to travel: the engine does not rank her.
  farAway = await person(coachA, 'Fenna Verweg', { postcode: '3311' });
});
afterAll(() => t.close());

describe('planning a Meet & Greet', () => {
  it('creates an event with its round times, and shows it to invited employers only', async () => {
    const event = await createEvent(t, admin);
    expect(event).toMatchObject({
      status: 'PLANNED',
      scheduleState: 'NONE',
      dateLabel: 'donderdag 12 maart 2099',
      maxConversationsPerSeeker: 2,
    });
    expect(event.roundTimes).toEqual([
      { round: 1, startTime: '13:30', endTime: '13:50' },
      { round: 2, startTime: '13:55', endTime: '14:15' },
      { round: 3, startTime: '14:20', endTime: '14:40' },
    ]);
    expect(event.counts).toMatchObject({ placesLeft: 20, jobSeekersInvited: 0 });

    expect(
      (await t.request('GET', `/api/meet-and-greets/${event.id}`, { token: recruiterA.token })).status,
    ).toBe(404);
    const vacancy = await openVacancy(t, recruiterA.token);
    const invited = await t.request('POST', `/api/meet-and-greets/${event.id}/employers`, {
      token: admin.token,
      body: { employerId: recruiterA.organisation.id, vacancyIds: [vacancy], tables: 2 },
    });
    expect(invited.status).toBe(201);
    const seen = meetAndGreetSchema.parse(
      (await t.request('GET', `/api/meet-and-greets/${event.id}`, { token: recruiterA.token })).json,
    );
    expect(seen.counts).toBeNull();
    expect(seen.ownInvitation).toMatchObject({
      status: 'INVITED',
      tables: 2,
      vacancies: [{ vacancyId: vacancy }],
    });
    const list = pageSchema(meetAndGreetSchema).parse(
      (await t.request('GET', '/api/meet-and-greets?limit=100', { token: recruiterB.token })).json,
    );
    expect(list.items.map((item) => item.id)).not.toContain(event.id);
    expect(
      (await t.request('GET', `/api/meet-and-greets/${event.id}`, { token: recruiterB.token })).status,
    ).toBe(404);
  });

  it('refuses a date in the past, more conversations than rounds, an event past midnight and unknown fields', async () => {
    const past = await t.request('POST', '/api/meet-and-greets', {
      token: admin.token,
      body: { ...eventBody, date: '2020-01-01' },
    });
    expect(past.status).toBe(422);
    expect(problemSchema.parse(past.json).errors?.map((e) => e.path)).toEqual([['date']]);
    const tooMany = await t.request('POST', '/api/meet-and-greets', {
      token: admin.token,
      body: { ...eventBody, rounds: 2, maxConversationsPerSeeker: 3 },
    });
    expect(tooMany.status).toBe(422);
    const midnight = await t.request('POST', '/api/meet-and-greets', {
      token: admin.token,
      body: { ...eventBody, startTime: '23:00', rounds: 4, roundMinutes: 30 },
    });
    expect(midnight.status).toBe(422);
    const unknown = await t.request('POST', '/api/meet-and-greets', {
      token: admin.token,
      body: { ...eventBody, capacity: 3 },
    });
    expect(unknown.status).toBe(422);
    const badTime = await t.request('POST', '/api/meet-and-greets', {
      token: admin.token,
      body: { ...eventBody, startTime: '25:00' },
    });
    expect(badTime.status).toBe(422);
  });

  it('lets only programme staff plan events', async () => {
    for (const user of [coachA, recruiterA]) {
      expect(
        (await t.request('POST', '/api/meet-and-greets', { token: user.token, body: eventBody })).status,
      ).toBe(403);
    }
    expect((await t.request('POST', '/api/meet-and-greets', { body: eventBody })).status).toBe(401);
    const mentor = await t.factory.user('MENTOR', recruiterA.organisation);
    expect((await t.request('GET', '/api/meet-and-greets', { token: mentor.token })).status).toBe(403);
  });
});

describe('changing a planned Meet & Greet', () => {
  it('changes details, refuses fewer places than people invited, and drops a proposal that no longer fits', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy], tables: 2 }],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
      ],
    });
    let version = await currentEventVersion(t, admin, eventId);
    const proposal = scheduleProposalSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
          token: admin.token,
          body: { version },
        })
      ).json,
    );
    expect(proposal.conversations.length).toBeGreaterThan(0);
    version = proposal.version;
    const tooSmall = await t.request('PUT', `/api/meet-and-greets/${eventId}`, {
      token: admin.token,
      body: { ...eventBody, seekerCapacity: 1, version },
    });
    expect(tooSmall.status).toBe(422);
    expect(problemSchema.parse(tooSmall.json).errors?.[0]?.path).toEqual(['seekerCapacity']);
    const changed = await t.request('PUT', `/api/meet-and-greets/${eventId}`, {
      token: admin.token,
      body: { ...eventBody, place: 'Het Nieuwe Instituut, Rotterdam', rounds: 4, version },
    });
    expect(changed.status, JSON.stringify(changed.json)).toBe(200);
    const event = meetAndGreetSchema.parse(changed.json);
    expect(event).toMatchObject({
      place: 'Het Nieuwe Instituut, Rotterdam',
      rounds: 4,
      scheduleState: 'NONE',
    });
    const schedule = scheduleSchema.parse(
      (await t.request('GET', `/api/meet-and-greets/${eventId}/schedule`, { token: admin.token })).json,
    );
    expect(schedule.conversations).toEqual([]);
    const stale = await t.request('PUT', `/api/meet-and-greets/${eventId}`, {
      token: admin.token,
      body: { ...eventBody, version },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');
    expect(
      (
        await t.request('PUT', `/api/meet-and-greets/${eventId}`, {
          token: coachA.token,
          body: { ...eventBody, version: event.version },
        })
      ).status,
    ).toBe(403);
  });

  it('adds another open vacancy of an invited employer, and only that', async () => {
    const event = await createEvent(t, admin);
    const first = await setUpEventVacancy(event.id, recruiterA, cleaningVacancy);
    const second = await openVacancy(t, recruiterA.token);
    const added = await t.request('POST', `/api/meet-and-greets/${event.id}/vacancies`, {
      token: admin.token,
      body: { vacancyId: second },
    });
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    expect(eventEmployerSchema.parse(added.json).vacancies.map((v) => v.vacancyId)).toEqual([first, second]);
    const twice = await t.request('POST', `/api/meet-and-greets/${event.id}/vacancies`, {
      token: admin.token,
      body: { vacancyId: second },
    });
    expect(twice.status).toBe(409);
    const notInvited = await t.request('POST', `/api/meet-and-greets/${event.id}/vacancies`, {
      token: admin.token,
      body: { vacancyId: await openVacancy(t, recruiterB.token) },
    });
    expect(notInvited.status).toBe(422);
  });
});

describe('inviting employers and job seekers', () => {
  it('invites only open vacancies of the employer itself, and an employer once', async () => {
    const event = await createEvent(t, admin);
    const open = await openVacancy(t, recruiterA.token);
    const draft = await t.request('POST', '/api/vacancies', {
      token: recruiterA.token,
      body: cleaningVacancy,
    });
    const other = await openVacancy(t, recruiterB.token);
    const bad = await t.request('POST', `/api/meet-and-greets/${event.id}/employers`, {
      token: admin.token,
      body: { employerId: recruiterA.organisation.id, vacancyIds: [open, draft.json.id, other] },
    });
    expect(bad.status).toBe(422);
    expect(problemSchema.parse(bad.json).errors?.map((e) => e.path)).toEqual([
      ['vacancyIds', 1],
      ['vacancyIds', 2],
    ]);
    const notEmployer = await t.request('POST', `/api/meet-and-greets/${event.id}/employers`, {
      token: admin.token,
      body: { employerId: admin.organisation.id, vacancyIds: [open] },
    });
    expect(notEmployer.status).toBe(422);
    const ok = await t.request('POST', `/api/meet-and-greets/${event.id}/employers`, {
      token: admin.token,
      body: { employerId: recruiterA.organisation.id, vacancyIds: [open] },
    });
    expect(ok.status).toBe(201);
    const again = await t.request('POST', `/api/meet-and-greets/${event.id}/employers`, {
      token: admin.token,
      body: { employerId: recruiterA.organisation.id, vacancyIds: [open] },
    });
    expect(again.status).toBe(409);
    expect(again.json.code).toBe('DUPLICATE');
    // An employer answers for itself only; another employer's answer route is not found.
    const foreign = await t.request(
      'POST',
      `/api/meet-and-greets/${event.id}/employers/${recruiterA.organisation.id}/answer`,
      { token: recruiterB.token, body: { answer: 'ACCEPT', version: 1 } },
    );
    expect(foreign.status).toBe(404);
    const employers = eventEmployerListSchema.parse(
      (await t.request('GET', `/api/meet-and-greets/${event.id}/employers`, { token: admin.token })).json,
    );
    expect(employers.items).toHaveLength(1);
  });

  it('invites a READY person with consent; refuses one without consent, not ready, or LATER without learn-work places', async () => {
    const event = await createEvent(t, admin);
    await setUpEventVacancy(event.id, recruiterA, cleaningVacancy);
    const invited = await invitePerson(t, admin, event.id, anna);
    expect(invited).toMatchObject({ status: 'INVITED', contactRoute: 'VIA_LIFECOACH', segment: 'READY' });

    const withoutConsent = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: noEventConsent },
    });
    expect(withoutConsent.status).toBe(422);
    expect(problemSchema.parse(withoutConsent.json).errors?.[0]?.message).toMatch(/toestemming/);

    const laterPerson = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: later },
    });
    expect(laterPerson.status).toBe(422);
    expect(problemSchema.parse(laterPerson.json).errors?.[0]?.message).toMatch(/leer-werkplekken/);

    const unassessed = await t.factory.jobSeeker(coachA.user);
    const notSegmented = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: unassessed.id },
    });
    expect(notSegmented.status).toBe(422);

    const unknown = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: crypto.randomUUID() },
    });
    expect(unknown.status).toBe(422);
    const twice = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: anna },
    });
    expect(twice.status).toBe(409);
    expect(twice.json.code).toBe('DUPLICATE');
  });

  it('invites someone in LATER when the event has a learn-work place', async () => {
    const event = await createEvent(t, admin);
    await setUpEventVacancy(event.id, recruiterA, learnWorkVacancy);
    expect((await invitePerson(t, admin, event.id, later)).segment).toBe('LATER');
  });

  it('takes a no without any effect on the person, and never asks someone who said no again (409)', async () => {
    const event = await createEvent(t, admin);
    const vacancy = await setUpEventVacancy(event.id, recruiterA, cleaningVacancy);
    const before = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancy}/candidates?limit=100`, { token: admin.token })).json,
    );
    const consentsBefore = consentOverviewSchema.parse(
      (await t.request('GET', `/api/job-seekers/${cor}/consents`, { token: coachA.token })).json,
    );
    await invitePerson(t, admin, event.id, cor);
    const declined = await personAnswers(t, coachA, event.id, cor, 'DECLINE');
    expect(declined.status).toBe('DECLINED');

    const again = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: cor },
    });
    expect(again.status).toBe(409);
    expect(problemSchema.parse(again.json)).toMatchObject({
      code: 'CONFLICT',
      meta: { reason: 'DECLINED_THIS_EVENT' },
    });

    const after = candidateListSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancy}/candidates?limit=100`, { token: admin.token })).json,
    );
    const scoreOf = (list: typeof before) =>
      list.items.map((item) => staffCandidateSchema.parse(item)).find((item) => item.jobSeekerId === cor)
        ?.score;
    expect(scoreOf(before)).toBeGreaterThan(0);
    expect(scoreOf(after)).toBe(scoreOf(before));
    const consentsAfter = consentOverviewSchema.parse(
      (await t.request('GET', `/api/job-seekers/${cor}/consents`, { token: coachA.token })).json,
    );
    expect(consentsAfter.current).toEqual(consentsBefore.current);
    // The person may change their mind while there is a place.
    const back = await personAnswers(t, coachA, event.id, cor, 'ACCEPT', { version: declined.version });
    expect(back.status).toBe('ACCEPTED');
  });

  it('keeps to the number of places (409 when full)', async () => {
    const event = await createEvent(t, admin, { seekerCapacity: 1 });
    await setUpEventVacancy(event.id, recruiterA, cleaningVacancy);
    await invitePerson(t, admin, event.id, anna);
    const full = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId: bram },
    });
    expect(full.status).toBe(409);
    expect(full.json.detail).toMatch(/vol/);
  });

  it('lets the lifecoach answer for their own caseload only, and lists only that caseload', async () => {
    const event = await createEvent(t, admin);
    await setUpEventVacancy(event.id, recruiterA, cleaningVacancy);
    await invitePerson(t, admin, event.id, anna);
    await invitePerson(t, admin, event.id, bram);
    const otherCoach = await t.request(
      'POST',
      `/api/meet-and-greets/${event.id}/job-seekers/${anna}/answer`,
      {
        token: coachB.token,
        body: { answer: 'ACCEPT', version: 1 },
      },
    );
    expect(otherCoach.status).toBe(404);
    const employer = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers/${anna}/answer`, {
      token: recruiterA.token,
      body: { answer: 'ACCEPT', version: 1 },
    });
    expect(employer.status).toBe(403);
    const badRounds = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers/${anna}/answer`, {
      token: coachA.token,
      body: { answer: 'ACCEPT', version: 1, availableRounds: [4] },
    });
    expect(badRounds.status).toBe(422);
    const noEmail = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers/${anna}/answer`, {
      token: coachA.token,
      body: { answer: 'ACCEPT', version: 1, contactRoute: 'EMAIL' },
    });
    expect(noEmail.status).toBe(422);
    const accepted = await personAnswers(t, coachA, event.id, anna, 'ACCEPT', {
      contactRoute: 'PHONE',
      availableRounds: [2, 1],
    });
    expect(accepted).toMatchObject({ status: 'ACCEPTED', contactRoute: 'PHONE', availableRounds: [1, 2] });
    const stale = await t.request('POST', `/api/meet-and-greets/${event.id}/job-seekers/${anna}/answer`, {
      token: coachA.token,
      body: { answer: 'DECLINE', version: 1 },
    });
    expect(stale.status).toBe(409);
    expect(stale.json.code).toBe('VERSION_CONFLICT');

    const caseload = pageSchema(participantSchema).parse(
      (await t.request('GET', `/api/meet-and-greets/${event.id}/job-seekers`, { token: coachA.token })).json,
    );
    expect(caseload.items.map((item) => item.jobSeekerId)).toEqual([anna]);
    const all = pageSchema(participantSchema).parse(
      (await t.request('GET', `/api/meet-and-greets/${event.id}/job-seekers`, { token: admin.token })).json,
    );
    expect(all.items.map((item) => item.jobSeekerId).sort()).toEqual([anna, bram].sort());
    expect(
      (await t.request('GET', `/api/meet-and-greets/${event.id}/job-seekers`, { token: recruiterA.token }))
        .status,
    ).toBe(403);
  });
});

/** Invites recruiter's employer to the event with one new open vacancy; returns the vacancy id. */
async function setUpEventVacancy(eventId: string, recruiter: TestUser, body: object) {
  const vacancy = await openVacancy(t, recruiter.token, body);
  const res = await t.request('POST', `/api/meet-and-greets/${eventId}/employers`, {
    token: admin.token,
    body: { employerId: recruiter.organisation.id, vacancyIds: [vacancy] },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return vacancy;
}

describe('blind shortlists', () => {
  let eventId: string;
  let vacancyA: string;
  let vacancyB: string;

  beforeAll(async () => {
    vacancyA = await openVacancy(t, recruiterA.token);
    vacancyB = await openVacancy(t, recruiterB.token);
    eventId = await setUpEvent(t, admin, {
      employers: [
        { recruiter: recruiterA, vacancyIds: [vacancyA] },
        { recruiter: recruiterB, vacancyIds: [vacancyB] },
      ],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
        { coach: coachA, jobSeekerId: farAway },
      ],
    });
  });

  const shortlistOf = async (token: string, vacancyId: string) =>
    t.request('GET', `/api/meet-and-greets/${eventId}/vacancies/${vacancyId}/shortlist`, { token });

  it('shows the employer its ranked candidates by code, with nothing that identifies them', async () => {
    const res = await shortlistOf(recruiterA.token, vacancyA);
    expect(res.status).toBe(200);
    const shortlist = shortlistSchema.parse(res.json);
    expect(shortlist.reviewOpen).toBe(true);
    const items = res.json.items.map((item: unknown) => employerShortlistItemSchema.parse(item));
    expect(items).toHaveLength(2); // Fenna lives too far for the engine
    expect(items.map((item: { candidate: { rank: number } }) => item.candidate.rank)).toEqual([1, 2]);
    for (const item of items) expect(item.candidate.candidateCode).toMatch(/^K-[A-Z2-9]{6}$/);
    for (const id of [anna, bram, farAway]) expectNothingHidden(res.json, hiddenOf(id), [id]);
  });

  it("answers 404 for another employer's shortlist, and for an event the employer is not part of", async () => {
    expect((await shortlistOf(recruiterA.token, vacancyB)).status).toBe(404);
    expect((await shortlistOf(recruiterB.token, vacancyA)).status).toBe(404);
    const outsider = await t.factory.user('EMPLOYER_RECRUITER');
    expect((await shortlistOf(outsider.token, vacancyA)).status).toBe(404);
    const mentor = await t.factory.user('MENTOR', recruiterA.organisation);
    expect((await shortlistOf(mentor.token, vacancyA)).status).toBe(403);
  });

  it('keeps the free-text note for the programme: never back to the employer, never to another employer', async () => {
    const list = shortlistSchema.parse((await shortlistOf(recruiterA.token, vacancyA)).json);
    const [first, second] = list.items.map((item) => employerShortlistItemSchema.parse(item));
    const want = await t.request(
      'PUT',
      `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist/${first?.candidate.candidateCode}`,
      { token: recruiterA.token, body: { wish: 'WANT', reasonCode: 'SKILLS_FIT' } },
    );
    expect(want.status, JSON.stringify(want.json)).toBe(200);
    expect(employerShortlistItemSchema.parse(want.json)).toMatchObject({
      wish: 'WANT',
      wishReason: 'SKILLS_FIT',
    });
    const note = 'Eigenlijk vind ik deze kandidaat te oud voor ons team';
    const no = await t.request(
      'PUT',
      `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist/${second?.candidate.candidateCode}`,
      { token: recruiterA.token, body: { wish: 'NO', reasonCode: 'COMPETENCE_GAP', note } },
    );
    expect(no.status).toBe(200);
    expect(JSON.stringify(no.json)).not.toContain(note);
    const again = await shortlistOf(recruiterA.token, vacancyA);
    expect(JSON.stringify(again.json)).not.toContain(note);
    expect(JSON.stringify(again.json)).not.toContain('wishNote');
    expect(JSON.stringify((await shortlistOf(recruiterB.token, vacancyB)).json)).not.toContain(note);

    const staff = shortlistSchema.parse((await shortlistOf(admin.token, vacancyA)).json);
    const notes = staff.items.map((item) => staffShortlistItemSchema.parse(item).wishNote);
    expect(notes).toContain(note);
    // A lifecoach sees the marks on the people of their caseload, not the note.
    const coachView = await shortlistOf(coachA.token, vacancyA);
    expect(JSON.stringify(coachView.json)).not.toContain(note);
  });

  it('refuses a reason that does not fit the mark, OTHER without a note, and an unknown or malformed code', async () => {
    const list = shortlistSchema.parse((await shortlistOf(recruiterA.token, vacancyA)).json);
    const code = employerShortlistItemSchema.parse(list.items[0]).candidate.candidateCode;
    const url = `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist`;
    const mismatch = await t.request('PUT', `${url}/${code}`, {
      token: recruiterA.token,
      body: { wish: 'NO', reasonCode: 'SKILLS_FIT' },
    });
    expect(mismatch.status).toBe(422);
    const other = await t.request('PUT', `${url}/${code}`, {
      token: recruiterA.token,
      body: { wish: 'MAYBE', reasonCode: 'OTHER' },
    });
    expect(other.status).toBe(422);
    const age = await t.request('PUT', `${url}/${code}`, {
      token: recruiterA.token,
      body: { wish: 'NO', reasonCode: 'AGE' },
    });
    expect(age.status).toBe(422);
    expect(
      (await t.request('PUT', `${url}/K-ZZZZZZ`, { token: recruiterA.token, body: { wish: 'NO' } })).status,
    ).toBe(404);
    expect(
      (await t.request('PUT', `${url}/anna`, { token: recruiterA.token, body: { wish: 'NO' } })).status,
    ).toBe(422);
    expect(
      (await t.request('PUT', `${url}/${code}`, { token: coachA.token, body: { wish: 'NO' } })).status,
    ).toBe(403);
    const foreign = await t.request(
      'PUT',
      `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist/${code}`,
      { token: recruiterB.token, body: { wish: 'WANT' } },
    );
    expect(foreign.status).toBe(404);
  });

  it('lets the lifecoach add someone the engine did not rank, with a reason the employer never sees', async () => {
    const reason = 'Fenna reist graag met de trein, de afstand is voor haar geen probleem.';
    const url = `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist`;
    const otherCoach = await t.request('POST', url, {
      token: coachB.token,
      body: { jobSeekerId: farAway, reason },
    });
    expect(otherCoach.status).toBe(404);
    const added = await t.request('POST', url, {
      token: coachA.token,
      body: { jobSeekerId: farAway, reason },
    });
    expect(added.status, JSON.stringify(added.json)).toBe(201);
    const item = staffShortlistItemSchema.parse(added.json);
    expect(item).toMatchObject({ source: 'LIFECOACH', addReason: reason, candidacyStatus: 'PROPOSED' });
    expect(item.candidate.fullName).toBe('Fenna Verweg');
    const twice = await t.request('POST', url, {
      token: coachA.token,
      body: { jobSeekerId: farAway, reason },
    });
    expect(twice.status).toBe(409);

    const employerView = await shortlistOf(recruiterA.token, vacancyA);
    const sources = shortlistSchema
      .parse(employerView.json)
      .items.map((entry) => employerShortlistItemSchema.parse(entry).source);
    expect(sources).toContain('LIFECOACH');
    expect(JSON.stringify(employerView.json)).not.toContain('trein');
    expectNothingHidden(employerView.json, hiddenOf(farAway), [farAway]);
  });

  it('refuses to add someone who is not coming, or who did not consent to being matched', async () => {
    const url = `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist`;
    const reason = 'Past goed bij dit werk, volgens mij.';
    const notComing = await t.request('POST', url, {
      token: coachA.token,
      body: { jobSeekerId: cor, reason },
    });
    expect(notComing.status).toBe(409);
    const tooShort = await t.request('POST', url, {
      token: coachA.token,
      body: { jobSeekerId: cor, reason: 'kort' },
    });
    expect(tooShort.status).toBe(422);
    const employer = await t.request('POST', url, {
      token: recruiterA.token,
      body: { jobSeekerId: cor, reason },
    });
    expect(employer.status).toBe(403);
  });

  it('audits every view of a shortlist per person', async () => {
    await shortlistOf(recruiterA.token, vacancyA);
    const res = await t.request(
      'GET',
      `/api/audit-entries?actorUserId=${recruiterA.user.id}&action=shortlist_entry.viewed&limit=100`,
      { token: admin.token },
    );
    const subjects = new Set(res.json.items.map((e: unknown) => auditEntrySchema.parse(e).subjectId));
    expect(subjects.has(anna) && subjects.has(bram)).toBe(true);
  });
});

describe('the conversation schedule', () => {
  it('proposes a schedule with a conversation for everyone who can have one, and shows it to staff', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy] }],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
        { coach: coachA, jobSeekerId: cor },
      ],
    });
    const res = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
      token: admin.token,
      body: { version: await currentEventVersion(t, admin, eventId) },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    const proposal = scheduleProposalSchema.parse(res.json);
    // One table, three rounds, three people: one conversation each, in different rounds.
    expect(proposal.conversations).toHaveLength(3);
    expect(new Set(proposal.conversations.map((c) => c.round)).size).toBe(3);
    expect(proposal.withoutConversation).toEqual([]);
    expect(proposal.solver.provenOptimal).toBe(true);
    expect(proposal.solver.method).toMatch(/min-cost flow/);
    expect(proposal.state).toBe('PROPOSED');
    expect(
      (await t.request('GET', `/api/meet-and-greets/${eventId}/schedule`, { token: recruiterA.token }))
        .status,
    ).toBe(403);
    // Employers see the list only once it is fixed.
    const early = await t.request(
      'GET',
      `/api/meet-and-greets/${eventId}/schedule/employers/${recruiterA.organisation.id}`,
      {
        token: recruiterA.token,
      },
    );
    expect(early.status).toBe(409);
  });

  it('audits every read of the schedule with names: one entry per person, with the person as subject', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy] }],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
      ],
    });
    const proposal = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
      token: admin.token,
      body: { version: await currentEventVersion(t, admin, eventId) },
    });
    expect(proposal.status).toBe(200);
    const res = await t.request('GET', `/api/meet-and-greets/${eventId}/schedule`, { token: admin.token });
    expect(
      scheduleSchema
        .parse(res.json)
        .conversations.map((c) => c.fullName)
        .sort(),
    ).toEqual(['Anna Jansen', 'Bram Pieters']);
    for (const [requestId, what] of [
      [res.headers.get('x-request-id'), 'the read'],
      [proposal.headers.get('x-request-id'), 'the proposal'],
    ] as const) {
      const entries = await t.orm.em
        .fork()
        .find(AuditEntry, { requestId, action: 'meet_and_greet_schedule.viewed' });
      expect(
        entries.map((entry) => [entry.actorUserId, entry.entityId, entry.subjectId]).sort(),
        what,
      ).toEqual(
        [
          [admin.user.id, eventId, anna],
          [admin.user.id, eventId, bram],
        ].sort(),
      );
    }
  });

  it('refuses a hand-made schedule over capacity with every violation listed (422), and keeps a valid one', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy], tables: 1 }],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
      ],
    });
    const version = await currentEventVersion(t, admin, eventId);
    const employerId = recruiterA.organisation.id;
    const over = await t.request('PUT', `/api/meet-and-greets/${eventId}/schedule`, {
      token: admin.token,
      body: {
        version,
        conversations: [
          { jobSeekerId: anna, employerId, round: 1 },
          { jobSeekerId: bram, employerId, round: 1 },
          { jobSeekerId: cor, employerId, round: 2 },
        ],
      },
    });
    expect(over.status).toBe(422);
    const problem = problemSchema.parse(over.json);
    const violations = (problem.meta?.violations ?? []) as { code: string }[];
    const codes = violations.map((v) => v.code).sort((a, b) => a.localeCompare(b));
    expect(codes).toEqual(['EMPLOYER_OVER_CAPACITY', 'UNKNOWN_SEEKER']);
    expect(problem.errors?.map((e) => e.message).join(' ')).toMatch(/meer gesprekken dan tafels/);
    expect(problem.errors?.map((e) => e.message).join(' ')).toMatch(/Cor Visser komt niet/);

    const fine = await t.request('PUT', `/api/meet-and-greets/${eventId}/schedule`, {
      token: admin.token,
      body: {
        version,
        conversations: [
          { jobSeekerId: anna, employerId, round: 1 },
          { jobSeekerId: bram, employerId, round: 3 },
        ],
      },
    });
    expect(fine.status, JSON.stringify(fine.json)).toBe(200);
    const schedule = scheduleSchema.parse(fine.json);
    expect(schedule.conversations.map((c) => [c.fullName, c.round, c.placedByHand])).toEqual([
      ['Anna Jansen', 1, true],
      ['Bram Pieters', 3, true],
    ]);
    // A new proposal keeps what staff placed by hand.
    const again = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
      token: admin.token,
      body: { version: schedule.version },
    });
    expect(scheduleProposalSchema.parse(again.json).conversations.map((c) => c.round)).toEqual([1, 3]);
    const stale = await t.request('PUT', `/api/meet-and-greets/${eventId}/schedule`, {
      token: admin.token,
      body: { version, conversations: [] },
    });
    expect(stale.status).toBe(409);
  });

  it('never schedules a pair the employer said no to, by hand or by the solver', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy] }],
      people: [{ coach: coachA, jobSeekerId: anna }],
    });
    const list = shortlistSchema.parse(
      (
        await t.request('GET', `/api/meet-and-greets/${eventId}/vacancies/${vacancy}/shortlist`, {
          token: recruiterA.token,
        })
      ).json,
    );
    const code = employerShortlistItemSchema.parse(list.items[0]).candidate.candidateCode;
    await t.request('PUT', `/api/meet-and-greets/${eventId}/vacancies/${vacancy}/shortlist/${code}`, {
      token: recruiterA.token,
      body: { wish: 'NO', reasonCode: 'HOURS_DO_NOT_FIT' },
    });
    const version = await currentEventVersion(t, admin, eventId);
    const byHand = await t.request('PUT', `/api/meet-and-greets/${eventId}/schedule`, {
      token: admin.token,
      body: {
        version,
        conversations: [{ jobSeekerId: anna, employerId: recruiterA.organisation.id, round: 1 }],
      },
    });
    expect(byHand.status).toBe(422);
    expect((byHand.json.meta.violations as { code: string }[]).map((v) => v.code)).toEqual([
      'EMPLOYER_SAID_NO',
    ]);
    const proposal = scheduleProposalSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
          token: admin.token,
          body: { version },
        })
      ).json,
    );
    expect(proposal.conversations).toEqual([]);
    expect(proposal.solver.unplaced).toMatchObject([{ jobSeekerId: anna, reason: 'NO_ACCEPTABLE_PAIR' }]);
  });

  it('fixes the schedule: marks become pipeline steps, marks and hand edits close, lists can be printed', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy], tables: 2 }],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
      ],
    });
    const url = `/api/meet-and-greets/${eventId}/vacancies/${vacancy}/shortlist`;
    const staffList = shortlistSchema.parse((await t.request('GET', url, { token: admin.token })).json);
    const byPerson = new Map(
      staffList.items.map((item) => {
        const staff = staffShortlistItemSchema.parse(item);
        return [staff.candidate.jobSeekerId, staff] as const;
      }),
    );
    const annaCode = byPerson.get(anna)?.candidate.candidateCode;
    const bramCode = byPerson.get(bram)?.candidate.candidateCode;
    await t.request('PUT', `${url}/${annaCode}`, { token: recruiterA.token, body: { wish: 'WANT' } });
    await t.request('PUT', `${url}/${bramCode}`, {
      token: recruiterA.token,
      body: { wish: 'NO', reasonCode: 'TRAVEL_DISTANCE', note: 'Woont te ver weg' },
    });
    let version = await currentEventVersion(t, admin, eventId);
    const notYet = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
      token: admin.token,
      body: { version },
    });
    expect(notYet.status).toBe(409);
    const proposal = scheduleProposalSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
          token: admin.token,
          body: { version },
        })
      ).json,
    );
    expect(proposal.conversations.map((c) => c.jobSeekerId)).toEqual([anna]);
    const fixed = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
      token: admin.token,
      body: { version: proposal.version },
    });
    expect(fixed.status, JSON.stringify(fixed.json)).toBe(200);
    expect(scheduleSchema.parse(fixed.json).state).toBe('FIXED');

    const annaCandidacy = byPerson.get(anna)?.candidacyId as string;
    const bramCandidacy = byPerson.get(bram)?.candidacyId as string;
    expect((await staffCandidacy(t, admin.token, annaCandidacy)).status).toBe('SHORTLISTED');
    const bramAfter = await staffCandidacy(t, admin.token, bramCandidacy);
    expect(bramAfter).toMatchObject({ status: 'NOT_SELECTED', reasonCode: 'TRAVEL_DISTANCE' });
    expect(bramAfter.transitions.at(-1)).toMatchObject({ mover: 'SYSTEM', note: 'Woont te ver weg' });

    const late = await t.request('PUT', `${url}/${annaCode}`, {
      token: recruiterA.token,
      body: { wish: 'NO' },
    });
    expect(late.status).toBe(409);
    expect(late.json.code).toBe('INVALID_TRANSITION');
    version = await currentEventVersion(t, admin, eventId);
    const edit = await t.request('PUT', `/api/meet-and-greets/${eventId}/schedule`, {
      token: admin.token,
      body: { version, conversations: [] },
    });
    expect(edit.status).toBe(409);

    const employerList = await t.request(
      'GET',
      `/api/meet-and-greets/${eventId}/schedule/employers/${recruiterA.organisation.id}`,
      { token: recruiterA.token },
    );
    expect(employerList.status).toBe(200);
    const printable = employerAgendaSchema.parse(employerList.json);
    expect(printable.rows).toHaveLength(1);
    expect(printable.rows[0]?.candidateCode).toBe(annaCode);
    expect(printable.lines[0]).toMatch(
      /^Ronde \d \(\d\d:\d\d–\d\d:\d\d\): kandidaat K-[A-Z2-9]{6}, vacature Schoonmaker kantoren$/,
    );
    expectNothingHidden(employerList.json, hiddenOf(anna), [anna]);
    expect(
      (
        await t.request(
          'GET',
          `/api/meet-and-greets/${eventId}/schedule/employers/${recruiterA.organisation.id}`,
          {
            token: recruiterB.token,
          },
        )
      ).status,
    ).toBe(404);

    const personList = await t.request(
      'GET',
      `/api/meet-and-greets/${eventId}/schedule/job-seekers/${anna}`,
      {
        token: coachA.token,
      },
    );
    expect(personList.status).toBe(200);
    const agenda = personAgendaSchema.parse(personList.json);
    expect(agenda.fullName).toBe('Anna Jansen');
    expect(agenda.lines[0]).toContain(recruiterA.organisation.name);
    expect(agenda.rows[0]?.vacancyTitles).toEqual(['Schoonmaker kantoren']);
    expect(
      (
        await t.request('GET', `/api/meet-and-greets/${eventId}/schedule/job-seekers/${anna}`, {
          token: coachB.token,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await t.request('GET', `/api/meet-and-greets/${eventId}/schedule/job-seekers/${anna}`, {
          token: recruiterA.token,
        })
      ).status,
    ).toBe(404);
  });

  it('records the event as held: whoever came has met the employer; someone absent has not', async () => {
    const vacancy = await openVacancy(t, recruiterA.token);
    const eventId = await setUpEvent(t, admin, {
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancy], tables: 2 }],
      people: [
        { coach: coachA, jobSeekerId: anna },
        { coach: coachB, jobSeekerId: bram },
      ],
    });
    let version = await currentEventVersion(t, admin, eventId);
    const heldTooEarly = await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
      token: admin.token,
      body: { version },
    });
    expect(heldTooEarly.status).toBe(409);
    const proposal = scheduleProposalSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
          token: admin.token,
          body: { version },
        })
      ).json,
    );
    expect(proposal.conversations).toHaveLength(2);
    version = scheduleSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
          token: admin.token,
          body: { version: proposal.version },
        })
      ).json,
    ).version;
    const unknown = await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
      token: admin.token,
      body: { version, absentJobSeekerIds: [cor] },
    });
    expect(unknown.status).toBe(422);
    const held = await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
      token: admin.token,
      body: { version, absentJobSeekerIds: [bram] },
    });
    expect(held.status, JSON.stringify(held.json)).toBe(200);
    const candidacies = await t.request('GET', `/api/candidacies?meetAndGreetId=${eventId}`, {
      token: admin.token,
    });
    const statusOf = new Map(
      (candidacies.json.items as unknown[]).map((item) => {
        const c = staffCandidacySchema.parse(item);
        return [c.jobSeekerId, c.status] as const;
      }),
    );
    expect(statusOf.get(anna)).toBe('MET');
    expect(statusOf.get(bram)).toBe('SHORTLISTED');
    const participants = pageSchema(participantSchema).parse(
      (await t.request('GET', `/api/meet-and-greets/${eventId}/job-seekers`, { token: admin.token })).json,
    );
    expect(Object.fromEntries(participants.items.map((p) => [p.jobSeekerId, p.attended]))).toEqual({
      [anna]: true,
      [bram]: false,
    });
    const twice = await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
      token: admin.token,
      body: { version: scheduleSchema.parse(held.json).version },
    });
    expect(twice.status).toBe(409);
    // The employer's own candidacies are by code; parsed with the employer schema they carry no identity.
    const own = await t.request('GET', `/api/candidacies?meetAndGreetId=${eventId}`, {
      token: recruiterA.token,
    });
    for (const item of own.json.items) expect(employerCandidacySchema.parse(item).identity).toBeNull();
    expectNothingHidden(own.json, hiddenOf(anna), [anna, bram]);
  });
});
