import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageSchema } from '../../src/http/pagination';
import { auditEntrySchema } from '../../src/modules/audit/audit.schemas';
import {
  candidacyItemSchema,
  employerCandidacyDetailSchema,
  employerCandidacySchema,
  interviewInvitationSchema,
  staffCandidacyDetailSchema,
} from '../../src/modules/candidacies/candidacy.schemas';
import { jobSeekerRecordSchema } from '../../src/modules/job-seekers/job-seeker.schemas';
import {
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
  shortlistBuildSchema,
  shortlistSchema,
} from '../../src/modules/meet-and-greets/shortlist.schemas';
import { Placement } from '../../src/modules/placements/placement.entity';
import { vacancySchema } from '../../src/modules/vacancies/vacancy.schemas';
import { completeAssessmentThroughApi } from '../support/assessment-flow';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  eventBody,
  expectNothingHidden,
  recordConsent,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * A Meet & Greet from planning to a hire: programme staff plan it, an employer and a person (through
 * her lifecoach) say yes, the employer reviews the blind shortlist, the schedule is proposed, fixed
 * and held, the employer invites her to an interview, she agrees to share her profile with this
 * employer, and she is hired. Until she agreed, the employer never saw who she is — not her name,
 * not her age — and the audit log shows the one moment her identity was revealed, and by whom.
 */
let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;

const person = {
  fullName: 'Fatima El Amrani',
  phone: '06-18 27 36 45',
  email: 'fatima.elamrani@example.nl',
  postcode: '3011 BD',
  dateOfBirth: '1964-02-17',
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
});
afterAll(() => t.close());

describe('from a Meet & Greet to a hire', () => {
  let eventId: string;
  let vacancyId: string;
  let jobSeekerId: string;
  let candidateCode: string;
  let candidacyId: string;
  const hidden = { ...person, phone: '0618273645' };

  it('registers and assesses the person, who agrees to be matched and to come to a Meet & Greet', async () => {
    const registered = await t.request('POST', '/api/job-seekers', { token: coach.token, body: person });
    expect(registered.status, JSON.stringify(registered.json)).toBe(201);
    jobSeekerId = jobSeekerRecordSchema.parse(registered.json).id;
    await completeAssessmentThroughApi(t, coach.token, jobSeekerId);
    await recordConsent(t, coach, jobSeekerId, 'MATCHING');
    await recordConsent(t, coach, jobSeekerId, 'MEET_AND_GREET');
  });

  it('plans the event; the employer brings an open vacancy and says yes', async () => {
    const created = await t.request('POST', '/api/vacancies', {
      token: recruiter.token,
      body: cleaningVacancy,
    });
    const draft = vacancySchema.parse(created.json);
    const opened = await t.request('POST', `/api/vacancies/${draft.id}/status`, {
      token: recruiter.token,
      body: { status: 'OPEN', version: draft.version },
    });
    expect(opened.status).toBe(200);
    vacancyId = draft.id;

    const event = await t.request('POST', '/api/meet-and-greets', { token: admin.token, body: eventBody });
    expect(event.status).toBe(201);
    eventId = meetAndGreetSchema.parse(event.json).id;
    const invited = await t.request('POST', `/api/meet-and-greets/${eventId}/employers`, {
      token: admin.token,
      body: { employerId: recruiter.organisation.id, vacancyIds: [vacancyId], tables: 2 },
    });
    expect(invited.status).toBe(201);
    const answered = await t.request(
      'POST',
      `/api/meet-and-greets/${eventId}/employers/${recruiter.organisation.id}/answer`,
      {
        token: recruiter.token,
        body: { answer: 'ACCEPT', version: eventEmployerSchema.parse(invited.json).version },
      },
    );
    expect(answered.status).toBe(200);
    expect(eventEmployerSchema.parse(answered.json).status).toBe('ACCEPTED');
  });

  it('invites the person; her lifecoach records her yes', async () => {
    const invited = await t.request('POST', `/api/meet-and-greets/${eventId}/job-seekers`, {
      token: admin.token,
      body: { jobSeekerId },
    });
    expect(invited.status).toBe(201);
    const answer = await t.request(
      'POST',
      `/api/meet-and-greets/${eventId}/job-seekers/${jobSeekerId}/answer`,
      {
        token: coach.token,
        body: {
          answer: 'ACCEPT',
          contactRoute: 'VIA_LIFECOACH',
          version: participantSchema.parse(invited.json).version,
        },
      },
    );
    expect(answer.status).toBe(200);
  });

  it('lets the employer review the shortlist blind, and mark her', async () => {
    const built = await t.request('POST', `/api/meet-and-greets/${eventId}/shortlists`, {
      token: admin.token,
    });
    expect(shortlistBuildSchema.parse(built.json).vacancies).toMatchObject([
      { vacancyId, entries: 1, added: 1 },
    ]);
    const res = await t.request('GET', `/api/meet-and-greets/${eventId}/vacancies/${vacancyId}/shortlist`, {
      token: recruiter.token,
    });
    const [item] = shortlistSchema
      .parse(res.json)
      .items.map((entry) => employerShortlistItemSchema.parse(entry));
    expect(item?.candidate.requirements.find((r) => r.competenceCode === 'P-SCHOONMAKEN')?.met).toBe(true);
    expectNothingHidden(res.json, hidden, [jobSeekerId, '1964', 'Fatima', 'Amrani']);
    candidateCode = item?.candidate.candidateCode as string;
    const marked = await t.request(
      'PUT',
      `/api/meet-and-greets/${eventId}/vacancies/${vacancyId}/shortlist/${candidateCode}`,
      { token: recruiter.token, body: { wish: 'WANT', reasonCode: 'SKILLS_FIT' } },
    );
    expect(marked.status).toBe(200);
  });

  it('proposes, fixes and prints the schedule; the event is held', async () => {
    const version = meetAndGreetSchema.parse(
      (await t.request('GET', `/api/meet-and-greets/${eventId}`, { token: admin.token })).json,
    ).version;
    const proposal = scheduleProposalSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
          token: admin.token,
          body: { version },
        })
      ).json,
    );
    expect(proposal.conversations).toMatchObject([{ jobSeekerId, round: 1, startTime: '13:30' }]);
    const fixed = scheduleSchema.parse(
      (
        await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
          token: admin.token,
          body: { version: proposal.version },
        })
      ).json,
    );
    const employerList = await t.request(
      'GET',
      `/api/meet-and-greets/${eventId}/schedule/employers/${recruiter.organisation.id}`,
      { token: recruiter.token },
    );
    expect(employerAgendaSchema.parse(employerList.json).lines).toEqual([
      `Ronde 1 (13:30–13:50): kandidaat ${candidateCode}, vacature Schoonmaker kantoren`,
    ]);
    expectNothingHidden(employerList.json, hidden, [jobSeekerId, 'Fatima']);
    const personList = personAgendaSchema.parse(
      (
        await t.request('GET', `/api/meet-and-greets/${eventId}/schedule/job-seekers/${jobSeekerId}`, {
          token: coach.token,
        })
      ).json,
    );
    expect(personList.lines).toEqual([
      `Ronde 1 (13:30–13:50): ${recruiter.organisation.name} (Schoonmaker kantoren)`,
    ]);
    const held = await t.request('POST', `/api/meet-and-greets/${eventId}/held`, {
      token: admin.token,
      body: { version: fixed.version },
    });
    expect(held.status).toBe(200);
  });

  it('lets the employer invite her to an interview by code; it waits for her consent', async () => {
    const list = pageSchema(candidacyItemSchema).parse(
      (await t.request('GET', `/api/candidacies?vacancyId=${vacancyId}`, { token: recruiter.token })).json,
    );
    const mine = list.items
      .map((item) => employerCandidacySchema.parse(item))
      .find((c) => c.candidateCode === candidateCode);
    expect(mine?.status).toBe('MET');
    candidacyId = mine?.id as string;
    const invited = await t.request('POST', `/api/candidacies/${candidacyId}/transitions`, {
      token: recruiter.token,
      body: { to: 'INVITED', message: 'Kom je dinsdag om 10 uur langs?', version: mine?.version },
    });
    expect(invited.status, JSON.stringify(invited.json)).toBe(200);
    expect(employerCandidacyDetailSchema.parse(invited.json).identity).toBeNull();
    expectNothingHidden(invited.json, hidden, [jobSeekerId, 'Fatima', '1964']);
  });

  it('the lifecoach asks her, records her consent for this employer and shares her name', async () => {
    const waiting = pageSchema(interviewInvitationSchema).parse(
      (await t.request('GET', '/api/interview-invitations', { token: coach.token })).json,
    );
    const invitation = waiting.items.find((item) => item.candidacyId === candidacyId);
    expect(invitation).toMatchObject({
      message: 'Kom je dinsdag om 10 uur langs?',
      profileSharingConsent: false,
    });
    await recordConsent(t, coach, jobSeekerId, 'PROFILE_SHARING', true, recruiter.organisation.id);
    const shared = await t.request('POST', `/api/interview-invitations/${invitation?.id}/share`, {
      token: coach.token,
      body: { contactRoute: 'VIA_LIFECOACH', version: invitation?.version },
    });
    expect(shared.status, JSON.stringify(shared.json)).toBe(200);
    const seen = employerCandidacyDetailSchema.parse(
      (await t.request('GET', `/api/candidacies/${candidacyId}`, { token: recruiter.token })).json,
    );
    expect(seen.identity?.fullName).toBe('Fatima El Amrani');
    expect(seen.identity?.contact).toMatchObject({ route: 'VIA_LIFECOACH', phone: null, email: null });
    // Her age never reaches the employer, not even now.
    expect(JSON.stringify(seen)).not.toContain('1964');
  });

  it('records the interview, the offer and the hire; the vacancy is filled and the placement opened', async () => {
    for (const to of ['INTERVIEWED', 'OFFERED', 'HIRED']) {
      const current = employerCandidacyDetailSchema.parse(
        (await t.request('GET', `/api/candidacies/${candidacyId}`, { token: recruiter.token })).json,
      );
      const res = await t.request('POST', `/api/candidacies/${candidacyId}/transitions`, {
        token: recruiter.token,
        body: { to, version: current.version },
      });
      expect(res.status, `${to}: ${JSON.stringify(res.json)}`).toBe(200);
    }
    const vacancy = vacancySchema.parse(
      (await t.request('GET', `/api/vacancies/${vacancyId}`, { token: recruiter.token })).json,
    );
    expect(vacancy.status).toBe('FILLED');
    const log = staffCandidacyDetailSchema.parse(
      (await t.request('GET', `/api/candidacies/${candidacyId}`, { token: admin.token })).json,
    ).transitions;
    expect(log.map((step) => [step.to, step.mover])).toEqual([
      ['PROPOSED', 'SYSTEM'],
      ['SHORTLISTED', 'SYSTEM'],
      ['MET', 'SYSTEM'],
      ['INVITED', 'EMPLOYER'],
      ['INTERVIEWED', 'EMPLOYER'],
      ['OFFERED', 'EMPLOYER'],
      ['HIRED', 'EMPLOYER'],
    ]);
    const placement = await t.orm.em.fork().findOne(Placement, { candidacyId });
    expect(placement?.jobSeeker.id).toBe(jobSeekerId);
  });

  it('has an audit trail with exactly one identity reveal, by her lifecoach, after her consent', async () => {
    const entries: ReturnType<typeof auditEntrySchema.parse>[] = [];
    let cursor: string | null = null;
    let raw = '';
    do {
      const res = await t.request(
        'GET',
        `/api/audit-entries?subjectId=${jobSeekerId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: admin.token },
      );
      const page = pageSchema(auditEntrySchema).parse(res.json);
      entries.push(...page.items);
      raw += res.text;
      cursor = page.nextCursor;
    } while (cursor);
    const chronological = [...entries].sort(
      (a, b) => a.occurredAt.localeCompare(b.occurredAt) || a.id - b.id,
    );
    const reveals = chronological.filter((entry) => entry.action === 'candidate.identity_revealed');
    expect(reveals).toHaveLength(1);
    expect(reveals[0]).toMatchObject({
      actorUserId: coach.user.id,
      entityType: 'candidacy',
      entityId: candidacyId,
      fields: ['fullName', 'contact'],
    });
    const revealAt = chronological.findIndex((entry) => entry.action === 'candidate.identity_revealed');
    const consentAt = chronological.findIndex(
      (entry) => entry.action === 'consent.recorded' && entry.fields?.includes('consents.PROFILE_SHARING'),
    );
    expect(consentAt).toBeGreaterThanOrEqual(0);
    expect(consentAt).toBeLessThan(revealAt);
    // Before the reveal, every read by the employer was of the pseudonymous candidate only.
    const employerReadsBefore = chronological
      .slice(0, revealAt)
      .filter((entry) => entry.actorUserId === recruiter.user.id);
    expect(employerReadsBefore.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['shortlist_entry.viewed', 'candidacy.listed']),
    );
    expect(employerReadsBefore.every((entry) => !entry.fields?.includes('identity'))).toBe(true);
    const employerReadsAfter = chronological
      .slice(revealAt)
      .filter((entry) => entry.actorUserId === recruiter.user.id);
    expect(employerReadsAfter.some((entry) => entry.fields?.includes('identity'))).toBe(true);
    // The log holds ids and field names, never her data.
    expect(raw).not.toMatch(/Fatima|Amrani|0618273645|1964/);
  });
});
