import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../src/http/openapi';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import {
  candidacyItemSchema,
  employerCandidacyDetailSchema,
  employerCandidacySchema,
  interviewInvitationSchema,
  notSelectedReportSchema,
  staffCandidacySchema,
  vacancyPipelineSchema,
} from '../../src/modules/candidacies/candidacy.schemas';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import { Placement } from '../../src/modules/placements/placement.entity';
import { placementSchema } from '../../src/modules/placements/placement.schemas';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  expectNothingHidden,
  holdEvent,
  move,
  openVacancy,
  personReadyForMeetAndGreet,
  recordConsent,
  staffCandidacy,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let recruiterA: TestUser;
let recruiterB: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
});
afterAll(() => t.close());

type Person = { id: string; fullName: string; phone: string; email: string | null; dateOfBirth: string };

async function newPerson(fullName: string, options: { email?: string } = {}): Promise<Person> {
  const id = await personReadyForMeetAndGreet(t, coach, fullName, options);
  const record = await t.orm.em.fork().findOneOrFail(JobSeeker, { id });
  return { id, fullName, phone: record.phone, email: record.email ?? null, dateOfBirth: '1980-05-01' };
}

/**
 * Fresh people and fresh vacancies (one per entry, at employer A or B), through a whole Meet & Greet:
 * everyone has met every employer. Returns the candidacy id per person and vacancy.
 */
async function scenario(
  people: (Person & { answer?: Record<string, unknown> })[],
  vacancies: { recruiter: TestUser; body?: object }[],
) {
  const vacancyIds: string[] = [];
  for (const vacancy of vacancies)
    vacancyIds.push(await openVacancy(t, vacancy.recruiter.token, vacancy.body));
  const employers = [recruiterA, recruiterB]
    .map((recruiter) => ({
      recruiter,
      vacancyIds: vacancyIds.filter((_, index) => vacancies[index]?.recruiter === recruiter),
      tables: 3,
    }))
    .filter((employer) => employer.vacancyIds.length > 0);
  const { candidacies } = await holdEvent(t, admin, {
    employers,
    people: people.map((person) => ({ coach, jobSeekerId: person.id, answer: person.answer })),
  });
  const of = (person: Person, vacancyIndex: number) => {
    const id = candidacies.get(`${person.id}/${vacancyIds[vacancyIndex]}`);
    if (!id) throw new Error(`no candidacy for ${person.fullName} at vacancy ${vacancyIndex}`);
    return id;
  };
  return { vacancyIds, of };
}

const twoPositions = { ...cleaningVacancy, title: 'Schoonmaker ziekenhuis', positions: 2 };

const employerView = async (token: string, id: string) => {
  const res = await t.request('GET', `/api/candidacies/${id}`, { token });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return { json: res.json, candidacy: employerCandidacyDetailSchema.parse(res.json) };
};

describe('inviting to a job interview', () => {
  it('keeps the person unknown until they agree to share with this employer; then the lifecoach shares, audited', async () => {
    const anna = await newPerson('Anna de Wit');
    const { of } = await scenario([anna], [{ recruiter: recruiterA }, { recruiter: recruiterB }]);
    // Consent to share with employer B does not count for employer A.
    await recordConsent(t, coach, anna.id, 'PROFILE_SHARING', true, recruiterB.organisation.id);
    const candidacyId = of(anna, 0);
    const met = await employerView(recruiterA.token, candidacyId);
    expect(met.candidacy).toMatchObject({ status: 'MET', identity: null, invitation: null });
    expect(met.candidacy.nextSteps).toEqual(['INVITED', 'NOT_SELECTED']);

    const message = 'Wij nodigen je graag uit op dinsdag om 10:00 op ons kantoor.';
    const invited = await move(t, recruiterA.token, candidacyId, { to: 'INVITED', message });
    expect(invited.status, JSON.stringify(invited.json)).toBe(200);
    const afterInvite = employerCandidacyDetailSchema.parse(invited.json);
    expect(afterInvite).toMatchObject({
      status: 'INVITED',
      identity: null,
      invitation: { status: 'WAITING_FOR_CONSENT', message },
    });
    expectNothingHidden(invited.json, anna, [anna.id]);
    const list = await t.request('GET', '/api/candidacies?limit=100', { token: recruiterA.token });
    for (const item of list.json.items) employerCandidacySchema.parse(item);
    expectNothingHidden(list.json, anna, [anna.id]);

    // Without consent the employer cannot go on to the interview.
    const tooEarly = await move(t, recruiterA.token, candidacyId, { to: 'INTERVIEWED' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.json.code).toBe('INVALID_TRANSITION');

    // The lifecoach sees the waiting invitation, asks the person, records consent and shares.
    const waiting = pageSchema(interviewInvitationSchema).parse(
      (await t.request('GET', '/api/interview-invitations', { token: coach.token })).json,
    );
    const invitation = waiting.items.find((item) => item.candidacyId === candidacyId);
    expect(invitation).toMatchObject({
      status: 'WAITING_FOR_CONSENT',
      profileSharingConsent: false,
      message,
    });
    const otherList = pageSchema(interviewInvitationSchema).parse(
      (await t.request('GET', '/api/interview-invitations', { token: otherCoach.token })).json,
    );
    expect(otherList.items.map((item) => item.candidacyId)).not.toContain(candidacyId);
    expect((await t.request('GET', '/api/interview-invitations', { token: recruiterA.token })).status).toBe(
      403,
    );
    const shareUrl = `/api/interview-invitations/${invitation?.id}/share`;
    const noConsent = await t.request('POST', shareUrl, {
      token: coach.token,
      body: { contactRoute: 'VIA_LIFECOACH', version: invitation?.version },
    });
    expect(noConsent.status).toBe(422);
    expect(noConsent.json.errors[0].message).toMatch(/toestemming/);
    expect((await employerView(recruiterA.token, candidacyId)).candidacy.identity).toBeNull();

    await recordConsent(t, coach, anna.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);
    const otherCoachShares = await t.request('POST', shareUrl, {
      token: otherCoach.token,
      body: { contactRoute: 'VIA_LIFECOACH', version: invitation?.version },
    });
    expect(otherCoachShares.status).toBe(404);
    const shared = await t.request('POST', shareUrl, {
      token: coach.token,
      body: { contactRoute: 'VIA_LIFECOACH', version: invitation?.version },
    });
    expect(shared.status, JSON.stringify(shared.json)).toBe(200);
    expect(interviewInvitationSchema.parse(shared.json)).toMatchObject({
      status: 'SHARED',
      contactRoute: 'VIA_LIFECOACH',
    });
    const again = await t.request('POST', shareUrl, {
      token: coach.token,
      body: { contactRoute: 'VIA_LIFECOACH', version: interviewInvitationSchema.parse(shared.json).version },
    });
    expect(again.status).toBe(409);

    const revealed = (await employerView(recruiterA.token, candidacyId)).candidacy;
    expect(revealed.identity).toEqual({
      fullName: 'Anna de Wit',
      contact: {
        route: 'VIA_LIFECOACH',
        routeLabel: 'Via de lifecoach',
        phone: null,
        email: null,
        lifecoach: { displayName: coach.user.displayName, email: coach.user.email },
      },
    });
    // Another employer never sees this candidacy at all.
    expect(
      (await t.request('GET', `/api/candidacies/${candidacyId}`, { token: recruiterB.token })).status,
    ).toBe(404);

    const audit = await t.request(
      'GET',
      `/api/audit-entries?action=candidate.identity_revealed&subjectId=${anna.id}`,
      { token: admin.token },
    );
    const entries = audit.json.items.map((entry: unknown) => auditEntrySchema.parse(entry));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: coach.user.id,
      entityType: 'candidacy',
      entityId: candidacyId,
    });

    // Withdrawn consent hides the person again, and the interview cannot be recorded.
    await recordConsent(t, coach, anna.id, 'PROFILE_SHARING', false, recruiterA.organisation.id);
    const hidden = await employerView(recruiterA.token, candidacyId);
    expect(hidden.candidacy.identity).toBeNull();
    expectNothingHidden(hidden.json, anna, [anna.id]);
  });

  it('reveals the person at once when they agreed beforehand, with the contact route they chose', async () => {
    const bram = await newPerson('Bram Bakker');
    const { of } = await scenario(
      [{ ...bram, answer: { contactRoute: 'PHONE' } }],
      [{ recruiter: recruiterA }],
    );
    await recordConsent(t, coach, bram.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);
    const invited = await move(t, recruiterA.token, of(bram, 0), { to: 'INVITED' });
    expect(invited.status).toBe(200);
    const candidacy = employerCandidacyDetailSchema.parse(invited.json);
    expect(candidacy.invitation?.status).toBe('SHARED');
    expect(candidacy.identity?.fullName).toBe('Bram Bakker');
    expect(candidacy.identity?.contact).toMatchObject({ route: 'PHONE', phone: bram.phone, email: null });
    const audit = await t.request(
      'GET',
      `/api/audit-entries?action=candidate.identity_revealed&subjectId=${bram.id}`,
      { token: admin.token },
    );
    expect(audit.json.items.map((entry: unknown) => auditEntrySchema.parse(entry).actorUserId)).toEqual([
      recruiterA.user.id,
    ]);
    const interviewed = await move(t, recruiterA.token, of(bram, 0), { to: 'INTERVIEWED' });
    expect(interviewed.status).toBe(200);
  });
});

describe('only allowed steps', () => {
  let eva: Person;
  let candidacyA: string;
  let candidacyB: string;

  beforeAll(async () => {
    eva = await newPerson('Eva Smit');
    const { of } = await scenario([eva], [{ recruiter: recruiterA }, { recruiter: recruiterB }]);
    candidacyA = of(eva, 0);
    candidacyB = of(eva, 1);
  });

  it('answers 409 INVALID_TRANSITION for a step that does not exist from here', async () => {
    for (const to of ['HIRED', 'OFFERED', 'SHORTLISTED', 'PROPOSED']) {
      const res = await move(t, recruiterA.token, candidacyA, { to });
      expect(res.status, to).toBe(409);
      expect(problemSchema.parse(res.json)).toMatchObject({
        code: 'INVALID_TRANSITION',
        meta: { from: 'MET', to },
      });
    }
    expect((await staffCandidacy(t, admin.token, candidacyA)).status).toBe('MET');
  });

  it("answers 403 for a step that is someone else's to take", async () => {
    expect((await move(t, recruiterA.token, candidacyA, { to: 'DECLINED_BY_PERSON' })).status).toBe(403);
    expect(
      (await move(t, recruiterA.token, candidacyA, { to: 'WITHDRAWN', reasonCode: 'OTHER' })).status,
    ).toBe(403);
    expect((await move(t, coach.token, candidacyA, { to: 'INVITED' })).status).toBe(403);
    expect((await move(t, admin.token, candidacyA, { to: 'NOT_SELECTED', reasonCode: 'OTHER' })).status).toBe(
      403,
    );
    const mentor = await t.factory.user('MENTOR', recruiterA.organisation);
    expect(
      (
        await t.request('POST', `/api/candidacies/${candidacyA}/transitions`, {
          token: mentor.token,
          body: { to: 'INVITED', version: 1 },
        })
      ).status,
    ).toBe(403);
  });

  it('answers 404 outside what the caller may see, 422 for bad input and 409 for an old version', async () => {
    expect(
      (await t.request('GET', `/api/candidacies/${candidacyA}`, { token: recruiterB.token })).status,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/candidacies/${candidacyA}`, { token: otherCoach.token })).status,
    ).toBe(404);
    expect(
      (await t.request('GET', `/api/candidacies/${crypto.randomUUID()}`, { token: admin.token })).status,
    ).toBe(404);
    expect((await t.request('GET', '/api/candidacies/not-an-id', { token: admin.token })).status).toBe(422);
    const noReason = await move(t, recruiterA.token, candidacyA, { to: 'NOT_SELECTED' });
    expect(noReason.status).toBe(422);
    const ageReason = await move(t, recruiterA.token, candidacyA, { to: 'NOT_SELECTED', reasonCode: 'AGE' });
    expect(ageReason.status).toBe(422);
    const wrongReason = await move(t, recruiterA.token, candidacyA, {
      to: 'NOT_SELECTED',
      reasonCode: 'HIRED_ELSEWHERE',
    });
    expect(wrongReason.status).toBe(422);
    const message = await move(t, coach.token, candidacyA, { to: 'DECLINED_BY_PERSON', message: 'hallo' });
    expect(message.status).toBe(422);
    const personReason = await move(t, coach.token, candidacyA, {
      to: 'DECLINED_BY_PERSON',
      reasonCode: 'OTHER',
    });
    expect(personReason.status).toBe(422);
    const old = await t.request('POST', `/api/candidacies/${candidacyA}/transitions`, {
      token: recruiterA.token,
      body: { to: 'INVITED', version: 99 },
    });
    expect(old.status).toBe(409);
    expect(old.json.code).toBe('VERSION_CONFLICT');
    const byCode = await t.request('GET', `/api/candidacies?jobSeekerId=${eva.id}`, {
      token: recruiterA.token,
    });
    expect(byCode.status).toBe(422);
    expect((await staffCandidacy(t, admin.token, candidacyA)).status).toBe('MET');
  });

  it('lets the person decline through their lifecoach without giving a reason; the employer sees no reason', async () => {
    const declined = await move(t, coach.token, candidacyB, {
      to: 'DECLINED_BY_PERSON',
      note: 'Wil liever in de zorg werken',
    });
    expect(declined.status, JSON.stringify(declined.json)).toBe(200);
    const employer = await employerView(recruiterB.token, candidacyB);
    expect(employer.candidacy).toMatchObject({
      status: 'DECLINED_BY_PERSON',
      reasonCode: null,
      nextSteps: [],
    });
    expect(JSON.stringify(employer.json)).not.toContain('zorg');
    expect(employer.candidacy.transitions.map((step) => step.to)).toEqual([
      'PROPOSED',
      'SHORTLISTED',
      'MET',
      'DECLINED_BY_PERSON',
    ]);
    const staff = await staffCandidacy(t, admin.token, candidacyB);
    expect(staff.transitions.at(-1)).toMatchObject({
      mover: 'LIFECOACH',
      actorUserId: coach.user.id,
      note: 'Wil liever in de zorg werken',
    });
    // The lifecoach sees who and when, not the programme's notes.
    const coachView = await staffCandidacy(t, coach.token, candidacyB);
    expect(coachView.transitions.at(-1)?.note).toBeUndefined();
    const final = await move(t, coach.token, candidacyB, { to: 'WITHDRAWN', reasonCode: 'OTHER' });
    expect(final.status).toBe(409);
  });
});

describe('hiring', () => {
  it('fills the vacancy, closes its other candidacies, withdraws the person elsewhere and opens the placement', async () => {
    const cor = await newPerson('Cor Dekker');
    const dewi = await newPerson('Dewi Mulder');
    const { of, vacancyIds } = await scenario(
      [cor, dewi],
      [{ recruiter: recruiterA }, { recruiter: recruiterB }],
    );
    await recordConsent(t, coach, cor.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);
    const hireId = of(cor, 0);
    for (const to of ['INVITED', 'INTERVIEWED', 'OFFERED']) {
      const res = await move(t, recruiterA.token, hireId, { to });
      expect(res.status, `${to}: ${JSON.stringify(res.json)}`).toBe(200);
    }
    const hired = await move(t, recruiterA.token, hireId, { to: 'HIRED' });
    expect(hired.status, JSON.stringify(hired.json)).toBe(200);
    expect(employerCandidacyDetailSchema.parse(hired.json)).toMatchObject({ status: 'HIRED', nextSteps: [] });
    // The employer still knows whom it hired.
    expect(employerCandidacyDetailSchema.parse(hired.json).identity?.fullName).toBe('Cor Dekker');

    const vacancy = vacancySchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyIds[0]}`, { token: recruiterA.token })).json,
    );
    expect(vacancy.status).toBe('FILLED');
    const pipeline = await t.request('GET', `/api/vacancies/${vacancyIds[0]}/pipeline`, {
      token: recruiterA.token,
    });
    expect(vacancyPipelineSchema.parse(pipeline.json)).toEqual({
      vacancyId: vacancyIds[0],
      title: 'Schoonmaker kantoren',
      vacancyStatus: 'FILLED',
      positions: 1,
      filledPositions: 1,
      openPositions: 0,
      counts: [
        { status: 'HIRED', label: 'Aangenomen', count: 1 },
        { status: 'VACANCY_CLOSED', label: 'Vacature gesloten', count: 1 },
      ],
    });
    expect(
      (await t.request('GET', `/api/vacancies/${vacancyIds[0]}/pipeline`, { token: recruiterB.token }))
        .status,
    ).toBe(404);
    expect(await staffCandidacy(t, admin.token, of(dewi, 0))).toMatchObject({
      status: 'VACANCY_CLOSED',
      reasonCode: 'VACANCY_FILLED',
    });
    expect(await staffCandidacy(t, admin.token, of(cor, 1))).toMatchObject({
      status: 'WITHDRAWN',
      reasonCode: 'HIRED_ELSEWHERE',
    });
    // Employer B learns only that the candidate is withdrawn, not why.
    const atB = await employerView(recruiterB.token, of(cor, 1));
    expect(atB.candidacy).toMatchObject({ status: 'WITHDRAWN', reasonCode: null });
    expect(JSON.stringify(atB.json)).not.toContain('HIRED_ELSEWHERE');
    // Dewi's candidacy at B is untouched.
    expect((await staffCandidacy(t, admin.token, of(dewi, 1))).status).toBe('MET');

    const placement = await t.orm.em.fork().findOne(Placement, { candidacyId: hireId });
    expect(placement).toMatchObject({ status: 'DRAFT' });
    expect(placement?.jobSeeker.id).toBe(cor.id);
  });

  it('keeps a vacancy with more positions open until all are filled', async () => {
    const eline = await newPerson('Eline Vos');
    const { of, vacancyIds } = await scenario([eline], [{ recruiter: recruiterA, body: twoPositions }]);
    await recordConsent(t, coach, eline.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);
    for (const to of ['INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED']) {
      expect((await move(t, recruiterA.token, of(eline, 0), { to })).status, to).toBe(200);
    }
    const vacancy = vacancySchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyIds[0]}`, { token: recruiterA.token })).json,
    );
    expect(vacancy.status).toBe('OPEN');
    const pipeline = vacancyPipelineSchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyIds[0]}/pipeline`, { token: admin.token })).json,
    );
    expect(pipeline).toMatchObject({
      positions: 2,
      filledPositions: 1,
      openPositions: 1,
      vacancyStatus: 'OPEN',
    });
  });

  it('answers the hire with the placement it opened, which the employer fills in with that id and version', async () => {
    const fenna = await newPerson('Fenna Jacobs');
    const { of } = await scenario([fenna], [{ recruiter: recruiterA }]);
    await recordConsent(t, coach, fenna.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);
    const candidacyId = of(fenna, 0);
    for (const to of ['INVITED', 'INTERVIEWED']) {
      expect((await move(t, recruiterA.token, candidacyId, { to })).status).toBe(200);
    }
    // Only the hire opens a placement: no other step names one.
    const offered = await move(t, recruiterA.token, candidacyId, { to: 'OFFERED' });
    expect(employerCandidacyDetailSchema.parse(offered.json).placement).toBeUndefined();

    const hired = employerCandidacyDetailSchema.parse(
      (await move(t, recruiterA.token, candidacyId, { to: 'HIRED' })).json,
    );
    const stored = await t.orm.em.fork().findOneOrFail(Placement, { candidacyId });
    expect(hired.placement).toEqual({ id: stored.id, version: stored.version });
    const filledIn = await t.request('PATCH', `/api/placements/${hired.placement?.id}`, {
      token: recruiterA.token,
      body: { contractDurationMonths: 6, version: hired.placement?.version },
    });
    expect(filledIn.status, JSON.stringify(filledIn.json)).toBe(200);
    expect(placementSchema.parse(filledIn.json)).toMatchObject({ id: stored.id, status: 'DRAFT' });
    // Reading the candidacy later shows the hire, not a placement (that lives under /api/placements).
    const later = employerCandidacyDetailSchema.parse(
      (await t.request('GET', `/api/candidacies/${candidacyId}`, { token: recruiterA.token })).json,
    );
    expect(later).toMatchObject({ status: 'HIRED' });
    expect(later.placement).toBeUndefined();
  });
});

describe('closing a vacancy', () => {
  it('closes its open candidacies, and the employer no longer sees who the person is', async () => {
    const fleur = await newPerson('Fleur Jacobs');
    const { of, vacancyIds } = await scenario([fleur], [{ recruiter: recruiterA }]);
    await recordConsent(t, coach, fleur.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);
    await move(t, recruiterA.token, of(fleur, 0), { to: 'INVITED' });
    expect((await employerView(recruiterA.token, of(fleur, 0))).candidacy.identity?.fullName).toBe(
      'Fleur Jacobs',
    );
    const current = vacancySchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyIds[0]}`, { token: recruiterA.token })).json,
    );
    const closed = await t.request('POST', `/api/vacancies/${vacancyIds[0]}/status`, {
      token: recruiterA.token,
      body: { status: 'CLOSED', version: current.version },
    });
    expect(closed.status, JSON.stringify(closed.json)).toBe(200);
    const after = await employerView(recruiterA.token, of(fleur, 0));
    expect(after.candidacy).toMatchObject({
      status: 'VACANCY_CLOSED',
      reasonCode: 'VACANCY_CLOSED',
      identity: null,
      invitation: { status: 'CLOSED' },
    });
    expectNothingHidden(after.json, fleur, [fleur.id]);
  });
});

describe('candidacies that stand still', () => {
  it('lists open candidacies without a step for 30 days for the lifecoach of the person', async () => {
    const gijs = await newPerson('Gijs Peters');
    const { of } = await scenario([gijs], [{ recruiter: recruiterA }, { recruiter: recruiterB }]);
    await t.factory.candidacyLastMovedDaysAgo(of(gijs, 0), 31);
    await t.factory.candidacyLastMovedDaysAgo(of(gijs, 1), 29);
    const stale = await t.request('GET', '/api/stale-candidacies?limit=100', { token: coach.token });
    expect(stale.status).toBe(200);
    const items = pageSchema(candidacyItemSchema)
      .parse(stale.json)
      .items.map((item) => staffCandidacySchema.parse(item));
    const mine = items.filter((item) => item.jobSeekerId === gijs.id);
    expect(mine.map((item) => item.id)).toEqual([of(gijs, 0)]);
    expect(mine[0]?.daysSinceLastMove).toBe(31);
    const other = pageSchema(candidacyItemSchema).parse(
      (await t.request('GET', '/api/stale-candidacies?limit=100', { token: otherCoach.token })).json,
    );
    expect(other.items).toEqual([]);
    expect((await t.request('GET', '/api/stale-candidacies', { token: recruiterA.token })).status).toBe(403);
    // A step makes it move again.
    await move(t, coach.token, of(gijs, 0), { to: 'WITHDRAWN', reasonCode: 'CIRCUMSTANCES' });
    const after = pageSchema(candidacyItemSchema).parse(
      (await t.request('GET', '/api/stale-candidacies?limit=100', { token: coach.token })).json,
    );
    expect(after.items.map((item) => item.id)).not.toContain(of(gijs, 0));
  });
});

describe('why employers did not go on', () => {
  it('reports reasons and notes per employer to programme staff only, flagging notes about age', async () => {
    const hans = await newPerson('Hans Kok');
    const ilse = await newPerson('Ilse Bos');
    const { of } = await scenario([hans, ilse], [{ recruiter: recruiterA }, { recruiter: recruiterB }]);
    const note = 'Hij is eigenlijk te oud voor ons jonge team';
    const byA = await move(t, recruiterA.token, of(hans, 0), {
      to: 'NOT_SELECTED',
      reasonCode: 'NO_MATCH_IN_CONVERSATION',
      note,
    });
    expect(byA.status, JSON.stringify(byA.json)).toBe(200);
    expect(JSON.stringify(byA.json)).not.toContain(note);
    expect(employerCandidacyDetailSchema.parse(byA.json).reasonCode).toBe('NO_MATCH_IN_CONVERSATION');
    await move(t, recruiterB.token, of(ilse, 1), {
      to: 'NOT_SELECTED',
      reasonCode: 'HOURS_DO_NOT_FIT',
      note: 'Zoekt minder uren',
    });

    const report = await t.request('GET', '/api/reports/not-selected-reasons', { token: admin.token });
    expect(report.status).toBe(200);
    const parsed = notSelectedReportSchema.parse(report.json);
    const a = parsed.employers.find((employer) => employer.employerId === recruiterA.organisation.id);
    const b = parsed.employers.find((employer) => employer.employerId === recruiterB.organisation.id);
    expect(a?.reasons).toContainEqual({
      reasonCode: 'NO_MATCH_IN_CONVERSATION',
      label: 'Het gesprek gaf geen klik met het werk',
      count: 1,
    });
    expect(a?.notes).toContainEqual(expect.objectContaining({ note, mentionsAge: true }));
    expect(b?.notes).toContainEqual(
      expect.objectContaining({ note: 'Zoekt minder uren', mentionsAge: false }),
    );
    expect(JSON.stringify(b)).not.toContain(note);

    for (const user of [recruiterA, recruiterB, coach]) {
      expect(
        (await t.request('GET', '/api/reports/not-selected-reasons', { token: user.token })).status,
      ).toBe(403);
    }
    const badPeriod = await t.request(
      'GET',
      '/api/reports/not-selected-reasons?from=2026-05-01&to=2026-01-01',
      {
        token: admin.token,
      },
    );
    expect(badPeriod.status).toBe(422);
    const empty = notSelectedReportSchema.parse(
      (
        await t.request('GET', '/api/reports/not-selected-reasons?from=2000-01-01&to=2000-12-31', {
          token: admin.token,
        })
      ).json,
    );
    expect(empty.employers).toEqual([]);
    // Employer B cannot read employer A's decision.
    expect(
      (await t.request('GET', `/api/candidacies/${of(hans, 0)}`, { token: recruiterB.token })).status,
    ).toBe(404);
  });
});

describe('no client input makes the service fail', () => {
  it('answers every malformed or unknown request to these routes with a 4xx problem', async () => {
    const id = crypto.randomUUID();
    const bodies: unknown[] = [
      {},
      { to: 'HIRED' },
      { to: 'HIRED', version: -1 },
      { to: 'NOPE', version: 1 },
      { to: 'INVITED', version: 1, message: 'x'.repeat(5000) },
      { contactRoute: 'PIGEON', version: 1 },
      { conversations: [{ jobSeekerId: 'x', employerId: id, round: 0 }], version: 1 },
      { answer: 'MAYBE', version: 1 },
      { wish: 'YES' },
      { jobSeekerId: id, reason: 'Een reden van genoeg tekens' },
      { employerId: id, vacancyIds: [] },
      [],
      'text',
      null,
    ];
    const routes: [string, string][] = [
      ['POST', `/api/candidacies/${id}/transitions`],
      ['POST', `/api/interview-invitations/${id}/share`],
      ['POST', `/api/meet-and-greets/${id}/employers`],
      ['POST', `/api/meet-and-greets/${id}/vacancies`],
      ['POST', `/api/meet-and-greets/${id}/employers/${id}/answer`],
      ['POST', `/api/meet-and-greets/${id}/job-seekers`],
      ['POST', `/api/meet-and-greets/${id}/job-seekers/${id}/answer`],
      ['POST', `/api/meet-and-greets/${id}/shortlists`],
      ['POST', `/api/meet-and-greets/${id}/vacancies/${id}/shortlist`],
      ['PUT', `/api/meet-and-greets/${id}/vacancies/${id}/shortlist/K-ABCDEF`],
      ['POST', `/api/meet-and-greets/${id}/schedule/proposal`],
      ['PUT', `/api/meet-and-greets/${id}/schedule`],
      ['POST', `/api/meet-and-greets/${id}/schedule/fix`],
      ['POST', `/api/meet-and-greets/${id}/held`],
      ['PUT', `/api/meet-and-greets/${id}`],
      ['POST', '/api/meet-and-greets'],
    ];
    for (const [method, path] of routes) {
      for (const user of [admin, coach, recruiterA]) {
        for (const body of bodies) {
          const res = await t.request(method, path, { token: user.token, body });
          expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBeLessThan(500);
        }
      }
    }
    for (const path of [
      '/api/candidacies?status=NOPE',
      '/api/candidacies?open=maybe',
      '/api/candidacies?cursor=garbage',
      '/api/stale-candidacies?limit=1000',
      '/api/interview-invitations?status=NOPE',
      '/api/reports/not-selected-reasons?from=yesterday',
      `/api/meet-and-greets/${id}/schedule/employers/${id}`,
      `/api/meet-and-greets/${id}/schedule/job-seekers/${id}`,
      `/api/meet-and-greets/${id}/vacancies/${id}/shortlist`,
      '/api/meet-and-greets/not-a-uuid',
    ]) {
      for (const user of [admin, coach, recruiterA]) {
        const res = await t.request('GET', path, { token: user.token });
        expect(res.status, `GET ${path}`).toBeGreaterThanOrEqual(400);
        expect(res.status, `GET ${path}`).toBeLessThan(500);
      }
    }
  });
});
