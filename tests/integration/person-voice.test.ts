import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { createApiToken } from '../../src/modules/auth/token.service';
import { Candidacy, CandidacyTransition } from '../../src/modules/candidacies/candidacy.entity';
import { hasConsent } from '../../src/modules/consents/consent.service';
import { MeetAndGreetParticipant } from '../../src/modules/meet-and-greets/meet-and-greet.entity';
import {
  ownInvitationSchema,
  ownMatchSchema,
  ownRecordSchema,
  segmentReactionSchema,
} from '../../src/modules/own-record/own-record.schemas';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { SegmentReaction } from '../../src/modules/readiness/segment-reaction.entity';
import { User } from '../../src/modules/users/user.entity';
import { serviceContext } from '../support/assessed-job-seeker';
import type { TestUser } from '../support/factories';
import {
  currentEventVersion,
  invitePerson,
  openVacancy,
  personReadyForMeetAndGreet,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// The person's own voice: yes or no to a Meet & Greet and to a proposed match, a reaction to a
// segment decision with the lifecoach's answer, through /api/me/… and the web pages.

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let otherCoach: TestUser;
let recruiter: TestUser;
let vacancyId: string;
let eventId: string;
const people: Record<'noor' | 'sem', { id: string; account: User; token: string; web: WebSession }> =
  {} as never;

async function personAccount(jobSeekerId: string) {
  await issuePrintedCode(serviceContext(t.orm, coach), jobSeekerId);
  const em = t.orm.em.fork();
  const account = await em.findOneOrFail(User, { jobSeeker: jobSeekerId }, { populate: ['organisation'] });
  const issued = await createApiToken(em, account, {
    label: 'person',
    expiresInDays: 1,
    createdByUserId: null,
    now: new Date(),
  });
  await em.flush();
  return { id: jobSeekerId, account, token: issued.token, web: await webSessionFor(t, account) };
}

const me = (who: 'noor' | 'sem') => people[who].token;

async function ownRecord(who: 'noor' | 'sem') {
  const res = await t.request('GET', '/api/me/record', { token: me(who) });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return ownRecordSchema.parse(res.json);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  vacancyId = await openVacancy(t, recruiter.token);
  const noor = await personReadyForMeetAndGreet(t, coach, 'Noor Bakker');
  const sem = await personReadyForMeetAndGreet(t, coach, 'Sem de Vries');
  people.noor = await personAccount(noor);
  people.sem = await personAccount(sem);
  eventId = await setUpEvent(t, admin, {
    employers: [{ recruiter, vacancyIds: [vacancyId], tables: 2 }],
    people: [
      { coach, jobSeekerId: noor, accept: false },
      { coach, jobSeekerId: sem, accept: false },
    ],
    buildShortlists: false,
  });
});
afterAll(() => t.close());

describe('yes or no to a Meet & Greet invitation (POST /api/me/meet-and-greets/{id}/answer)', () => {
  it('takes the person’s own yes, and refuses bad input, a stale version and other callers', async () => {
    const record = await ownRecord('noor');
    const invitation = record.meetAndGreets.find((event) => event.meetAndGreetId === eventId);
    expect(invitation?.status).toBe('INVITED');

    const bad = await t.request('POST', `/api/me/meet-and-greets/${eventId}/answer`, {
      token: me('noor'),
      body: { answer: 'MAYBE', version: invitation?.version },
    });
    expect(bad.status).toBe(422);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.json.errors.map((error: { path: string[] }) => error.path.join('.'))).toContain('answer');

    const stale = await t.request('POST', `/api/me/meet-and-greets/${eventId}/answer`, {
      token: me('noor'),
      body: { answer: 'ACCEPT', version: (invitation?.version ?? 1) + 5 },
    });
    expect(stale.status).toBe(409);

    const staff = await t.request('POST', `/api/me/meet-and-greets/${eventId}/answer`, {
      token: coach.token,
      body: { answer: 'ACCEPT', version: invitation?.version },
    });
    expect(staff.status, 'a lifecoach has no own invitation').toBe(403);

    const elsewhere = await t.request('POST', `/api/me/meet-and-greets/${crypto.randomUUID()}/answer`, {
      token: me('noor'),
      body: { answer: 'ACCEPT', version: 1 },
    });
    expect(elsewhere.status).toBe(404);

    const yes = await t.request('POST', `/api/me/meet-and-greets/${eventId}/answer`, {
      token: me('noor'),
      body: { answer: 'ACCEPT', version: invitation?.version },
    });
    expect(yes.status, JSON.stringify(yes.json)).toBe(200);
    expect(ownInvitationSchema.parse(yes.json).status).toBe('ACCEPTED');
    const participant = await t.orm.em
      .fork()
      .findOneOrFail(MeetAndGreetParticipant, { meetAndGreet: eventId, jobSeeker: people.noor.id });
    expect(participant.respondedByUserId).toBe(people.noor.account.id);
  });

  it('a no through the web page takes the person off this event only, with nothing else changed', async () => {
    const page = await getPage(t, people.sem.web, '/mijn-gegevens/ja-of-nee');
    expect(page.status).toBe(200);
    const text = visibleText(page.html);
    expect(text).toContain('Meet & Greet voorjaar');
    expect(text).toContain('Nee, ik kom niet');
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '';

    const withoutToken = await postForm(
      t,
      people.sem.web,
      `/mijn-gegevens/ja-of-nee/meet-and-greets/${eventId}`,
      { answer: 'DECLINE', version },
      { withToken: false },
    );
    expect(withoutToken.status).toBe(403);

    const no = await postForm(t, people.sem.web, `/mijn-gegevens/ja-of-nee/meet-and-greets/${eventId}`, {
      answer: 'DECLINE',
      version,
    });
    expect(no.status).toBe(303);
    expect(no.location).toBe('/mijn-gegevens/ja-of-nee?gelukt=DECLINE');
    const after = await getPage(t, people.sem.web, no.location ?? '');
    expect(visibleText(after.html)).toContain(
      'Je komt niet naar deze Meet & Greet. Verder verandert er niets.',
    );

    const em = t.orm.em.fork();
    const participant = await em.findOneOrFail(MeetAndGreetParticipant, {
      meetAndGreet: eventId,
      jobSeeker: people.sem.id,
    });
    expect(participant.status).toBe('DECLINED');
    // No effect on how the person is treated: consents stay, matching still sees them.
    expect(await hasConsent(em, people.sem.id, 'MATCHING')).toBe(true);
    expect(await hasConsent(em, people.sem.id, 'MEET_AND_GREET')).toBe(true);
  });
});

describe('yes or no to a proposed match (POST /api/me/candidacies/{id}/answer)', () => {
  it('a yes is kept for the lifecoach; a no ends this candidacy only, taken by the person', async () => {
    const built = await t.request('POST', `/api/meet-and-greets/${eventId}/shortlists`, {
      token: admin.token,
    });
    expect(built.status, JSON.stringify(built.json)).toBe(200);
    const [match] = (await ownRecord('noor')).matches;
    expect(match?.status).toBe('PROPOSED');
    expect(match?.job).toBe('Schoonmaker kantoren');

    const someoneElse = await t.request('POST', `/api/me/candidacies/${match?.id}/answer`, {
      token: me('sem'),
      body: { answer: 'NO', version: match?.version },
    });
    expect(someoneElse.status, 'another person’s candidacy does not exist for them').toBe(404);

    const yes = await t.request('POST', `/api/me/candidacies/${match?.id}/answer`, {
      token: me('noor'),
      body: { answer: 'YES', version: match?.version },
    });
    expect(yes.status, JSON.stringify(yes.json)).toBe(200);
    const agreed = ownMatchSchema.parse(yes.json);
    expect(agreed.personAgreedAt).not.toBeNull();
    expect(agreed.status).toBe('PROPOSED');

    const no = await t.request('POST', `/api/me/candidacies/${match?.id}/answer`, {
      token: me('noor'),
      body: { answer: 'NO', version: agreed.version },
    });
    expect(no.status, JSON.stringify(no.json)).toBe(200);
    expect(ownMatchSchema.parse(no.json).status).toBe('DECLINED_BY_PERSON');

    const em = t.orm.em.fork();
    const step = await em.findOneOrFail(CandidacyTransition, {
      candidacy: match?.id,
      toStatus: 'DECLINED_BY_PERSON',
    });
    expect(step.mover).toBe('PERSON');
    expect(step.reasonCode).toBeNull();
    expect(await hasConsent(em, people.noor.id, 'MATCHING')).toBe(true);
    const participant = await em.findOneOrFail(MeetAndGreetParticipant, {
      meetAndGreet: eventId,
      jobSeeker: people.noor.id,
    });
    expect(participant.status, 'still coming to the event').toBe('ACCEPTED');

    const again = await t.request('POST', `/api/me/candidacies/${match?.id}/answer`, {
      token: me('noor'),
      body: { answer: 'YES', version: (await em.findOneOrFail(Candidacy, match?.id ?? '')).version },
    });
    expect(again.status, 'a closed candidacy takes no answer').toBe(409);
  });
});

describe('a reaction to a segment decision, and the lifecoach’s answer', () => {
  it('is kept with the decision, shows in Today, is answered once and read by the person', async () => {
    const decision = (await ownRecord('noor')).segmentDecisions.find((candidate) => candidate.current);
    expect(decision).toBeDefined();
    const before = await t.orm.em.fork().count(SegmentReaction, {});

    const empty = await t.request('POST', `/api/me/segment-decisions/${decision?.id}/reactions`, {
      token: me('noor'),
      body: { text: '   ' },
    });
    expect(empty.status).toBe(422);
    expect(empty.json.errors[0].path).toEqual(['text']);
    const othersDecision = await t.request('POST', `/api/me/segment-decisions/${decision?.id}/reactions`, {
      token: me('sem'),
      body: { text: 'Dit is niet van mij.' },
    });
    expect(othersDecision.status).toBe(404);
    expect(await t.orm.em.fork().count(SegmentReaction, {}), 'refused requests write nothing').toBe(before);

    const written = await t.request('POST', `/api/me/segment-decisions/${decision?.id}/reactions`, {
      token: me('noor'),
      body: { text: 'Ik wil graag eerst een cursus Nederlands doen.' },
    });
    expect(written.status, JSON.stringify(written.json)).toBe(201);
    const reaction = segmentReactionSchema.parse(written.json);

    const open = await t.request('GET', '/api/segment-reactions', { token: coach.token });
    expect(open.status).toBe(200);
    expect(open.json.items.map((item: { id: string }) => item.id)).toContain(reaction.id);
    const notTheirs = await t.request('GET', '/api/segment-reactions', { token: otherCoach.token });
    expect(notTheirs.json.items).toHaveLength(0);
    const byPerson = await t.request('GET', '/api/segment-reactions', { token: me('noor') });
    expect(byPerson.status, 'a person cannot call the staff list').toBe(403);

    const coachWeb = await webSessionFor(t, await t.orm.em.fork().findOneOrFail(User, coach.user.id));
    const today = visibleText((await getPage(t, coachWeb, '/vandaag')).html);
    expect(today).toContain('Noor Bakker reageerde op het besluit over het segment');
    expect(today).toContain('Ik wil graag eerst een cursus Nederlands doen.');

    const otherAnswer = await t.request('POST', `/api/segment-reactions/${reaction.id}/answer`, {
      token: otherCoach.token,
      body: { answer: 'Nee.', version: reaction.version },
    });
    expect(otherAnswer.status, 'outside the caseload').toBe(404);

    const profile = await getPage(t, coachWeb, `/werkzoekenden/${people.noor.id}/profiel`);
    expect(visibleText(profile.html)).toContain('Wat Noor Bakker zelf zegt over het segment');
    // Every note field on the lifecoach's pages says the person reads along.
    for (const path of [`/werkzoekenden/${people.noor.id}/profiel`, `/werkzoekenden/${people.noor.id}`]) {
      const html = path.endsWith('profiel') ? profile.html : (await getPage(t, coachWeb, path)).html;
      const fields = [...html.matchAll(/<textarea[^>]*aria-describedby="([^"]+)"/g)];
      expect(fields.length, path).toBeGreaterThan(0);
      expect(html.match(/<textarea/g)?.length, `${path}: every note field has a description`).toBe(
        fields.length,
      );
      for (const [, ids] of fields) {
        const descriptionId = (ids ?? '').split(' ')[0];
        const description = new RegExp(`id="${descriptionId}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '';
        expect(description, `${path} ${descriptionId}`).toContain('De werkzoekende kan dit lezen.');
      }
    }
    const emptyAnswer = await postForm(
      t,
      coachWeb,
      `/werkzoekenden/${people.noor.id}/profiel/reacties/${reaction.id}/antwoord`,
      { [`answer-${reaction.id}`]: '', version: String(reaction.version) },
    );
    expect(emptyAnswer.status).toBe(422);
    expect(visibleText(emptyAnswer.html)).toContain('Schrijf een antwoord');
    const answered = await postForm(
      t,
      coachWeb,
      `/werkzoekenden/${people.noor.id}/profiel/reacties/${reaction.id}/antwoord`,
      {
        [`answer-${reaction.id}`]: 'Goed idee. We zoeken samen een cursus en kijken in maart opnieuw.',
        version: String(reaction.version),
      },
    );
    expect(answered.status).toBe(303);

    const twice = await t.request('POST', `/api/segment-reactions/${reaction.id}/answer`, {
      token: coach.token,
      body: { answer: 'Nog een keer.', version: reaction.version + 1 },
    });
    expect(twice.status).toBe(409);

    const seen = (await ownRecord('noor')).segmentDecisions.find(
      (candidate) => candidate.id === decision?.id,
    );
    expect(seen?.reactions[0]?.answer).toBe(
      'Goed idee. We zoeken samen een cursus en kijken in maart opnieuw.',
    );
    expect(seen?.reactions[0]?.answeredBy).toBe(coach.user.displayName);
    const page = visibleText((await getPage(t, people.noor.web, '/mijn-gegevens')).html);
    expect(page).toContain('Goed idee. We zoeken samen een cursus');
    const todayAfter = visibleText((await getPage(t, coachWeb, '/vandaag')).html);
    expect(todayAfter).not.toContain('Noor Bakker reageerde op het besluit');
  });

  it('the reaction page of another person’s decision is the not-found page', async () => {
    const semDecision = (await ownRecord('sem')).segmentDecisions[0];
    const page = await getPage(t, people.noor.web, `/mijn-gegevens/segment/${semDecision?.id}/reageren`);
    expect(page.status).toBe(404);
    expect(visibleText(page.html)).toContain('Deze pagina is er niet');
    const post = await postForm(t, people.noor.web, `/mijn-gegevens/segment/${semDecision?.id}/reageren`, {
      text: 'Van iemand anders',
    });
    expect(post.status).toBe(404);
    expect(await t.orm.em.fork().count(SegmentReaction, { decision: semDecision?.id ?? '' })).toBe(0);
  });
});

describe('/api/me routes and staff', () => {
  it('answer only a JOB_SEEKER credential, and reads are audited', async () => {
    for (const path of ['/api/me/record', '/api/me/consents']) {
      const staff = await t.request('GET', path, { token: coach.token });
      expect(staff.status, path).toBe(403);
      const nobody = await t.request('GET', path);
      expect(nobody.status, path).toBe(401);
    }
    const consents = await t.request('GET', '/api/me/consents', { token: me('sem') });
    expect(consents.status).toBe(200);
    const matching = consents.json.items.find((item: { purpose: string }) => item.purpose === 'MATCHING');
    const withdrawn = await t.request('POST', '/api/me/consents', {
      token: me('sem'),
      body: { purpose: 'MATCHING', given: false, textVersion: matching.currentText.version },
    });
    expect(withdrawn.status, JSON.stringify(withdrawn.json)).toBe(200);
    expect(withdrawn.json.items.find((item: { purpose: string }) => item.purpose === 'MATCHING').given).toBe(
      false,
    );
    const wrong = await t.request('POST', '/api/me/consents', {
      token: me('sem'),
      body: { purpose: 'PROGRAMME_PROCESSING', given: false, textVersion: 'x' },
    });
    expect(wrong.status).toBe(422);
    const audit = await t.orm.em
      .fork()
      .count(AuditEntry, { action: 'own_record.viewed', actorUserId: people.sem.account.id });
    expect(audit).toBeGreaterThan(0);
  });

  it('a person’s session gets the not-found page for staff pages', async () => {
    for (const path of ['/vandaag', '/werkzoekenden', `/werkzoekenden/${people.sem.id}/profiel`]) {
      const page = await getPage(t, people.noor.web, path);
      expect([403, 404], path).toContain(page.status);
      expect(visibleText(page.html)).not.toContain('Sem de Vries');
    }
  });
});

describe('the person’s pages in English', () => {
  it('follow Accept-Language, and the switch remembers the choice', async () => {
    const english = await t.app.request('/mijn-gegevens', {
      headers: { cookie: people.noor.web.cookie, 'accept-language': 'en-GB,en;q=0.9,nl;q=0.5' },
    });
    const html = await english.text();
    expect(html).toContain('<html lang="en">');
    expect(visibleText(html)).toContain('Everything Warm Rotterdam Werkt keeps about you'.slice(0, 10));
    expect(visibleText(html)).toContain('How close to work you are');
    const dutch = await getPage(t, people.noor.web, '/mijn-gegevens');
    expect(dutch.html).toContain('<html lang="nl">');

    const switched = await t.app.request('/mijn-gegevens/taal?naar=en&terug=/mijn-gegevens/ja-of-nee', {
      headers: { cookie: people.noor.web.cookie },
    });
    expect(switched.status).toBe(303);
    expect(switched.headers.get('location')).toBe('/mijn-gegevens/ja-of-nee');
    const cookie = switched.headers.get('set-cookie') ?? '';
    expect(cookie).toContain('wrw-taal=en');
    const answers = await t.app.request('/mijn-gegevens/ja-of-nee', {
      headers: { cookie: `${people.noor.web.cookie}; wrw-taal=en`, 'accept-language': 'nl' },
    });
    expect(visibleText(await answers.text())).toContain('Yes or no');

    const away = await t.app.request('/mijn-gegevens/taal?naar=en&terug=https://example.org/', {
      headers: { cookie: people.noor.web.cookie },
    });
    expect(away.headers.get('location')).toBe('/mijn-gegevens');
  });
});

describe('the person’s Meet & Greet schedule', () => {
  it('exists once the schedule is fixed: a page and a calendar file with the employers, for the person only', async () => {
    const before = await t.app.request(`/mijn-gegevens/meet-and-greets/${eventId}/agenda.ics`, {
      headers: { cookie: people.noor.web.cookie },
    });
    expect(before.status, 'not fixed yet').toBe(404);
    // Noor said no to the one vacancy, so Noor has no conversation; Fatima says yes and meets the employer.
    const fatima = await personAccount(await personReadyForMeetAndGreet(t, coach, 'Fatima El Amrani'));
    await invitePerson(t, admin, eventId, fatima.id);
    const yes = await t.request('POST', `/api/me/meet-and-greets/${eventId}/answer`, {
      token: fatima.token,
      body: { answer: 'ACCEPT', version: 1 },
    });
    expect(yes.status, JSON.stringify(yes.json)).toBe(200);
    const built = await t.request('POST', `/api/meet-and-greets/${eventId}/shortlists`, {
      token: admin.token,
    });
    expect(built.status).toBe(200);
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

    const file = await t.app.request(`/mijn-gegevens/meet-and-greets/${eventId}/agenda.ics`, {
      headers: { cookie: fatima.web.cookie },
    });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('text/calendar');
    const [entry] = Object.values(ical.sync.parseICS(await file.text())).filter(
      (item) => item?.type === 'VEVENT',
    ) as VEvent[];
    expect(entry?.location).toBe('Wijkgebouw De Meent, Rotterdam');
    expect(String(entry?.description)).toContain(recruiter.organisation.name);

    const page = await getPage(t, fatima.web, `/mijn-gegevens/meet-and-greets/${eventId}/schema`);
    expect(page.status).toBe(200);
    expect(visibleText(page.html)).toContain(recruiter.organisation.name);
    const noorsPage = await getPage(t, people.noor.web, `/mijn-gegevens/meet-and-greets/${eventId}/schema`);
    expect(visibleText(noorsPage.html)).not.toContain(recruiter.organisation.name);

    // Sem said no: a cancellation, and no conversations.
    const declined = await t.app.request(`/mijn-gegevens/meet-and-greets/${eventId}/agenda.ics`, {
      headers: { cookie: people.sem.web.cookie },
    });
    expect(await declined.text()).toContain('STATUS:CANCELLED');
    const strangerEvent = await t.app.request(
      `/mijn-gegevens/meet-and-greets/${crypto.randomUUID()}/schema`,
      {
        headers: { cookie: people.noor.web.cookie },
      },
    );
    expect(strangerEvent.status).toBe(404);
  });
});
