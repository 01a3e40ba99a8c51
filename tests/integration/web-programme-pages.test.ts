import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/access/roles';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { WebSession } from '../../src/modules/auth/web-session.entity';
import type { MailMessage } from '../../src/modules/mail/mail-message';
import { MeetAndGreet, ScheduledConversation } from '../../src/modules/meet-and-greets/meet-and-greet.entity';
import { scheduleSchema } from '../../src/modules/meet-and-greets/schedule.schemas';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { issuePrintedCode } from '../../src/modules/person-access/person-account.service';
import { User } from '../../src/modules/users/user.entity';
import { userSchema } from '../../src/modules/users/user.schemas';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  openVacancy,
  personReadyForMeetAndGreet,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';
import { formToken, signIn, signInCode, testWeb, useLink, webServer } from '../support/web-session';

let t: TestApp;
let server: Server;
let outbox: MailMessage[];

beforeAll(async () => {
  const test = testWeb();
  outbox = test.outbox;
  t = await createTestApp({ web: test.web });
  server = webServer(t);
});
afterAll(() => t.close());

async function signedIn(role: Role, organisation?: Organisation) {
  const user = await t.factory.user(role, organisation);
  const agent = request.agent(server);
  const csrf = await signIn(agent, user.user.email, outbox);
  return { ...user, agent, csrf };
}

const fresh = () => t.orm.em.fork();

/** A planned event with one employer (2 tables), three people coming and shortlists made. */
async function plannedEvent(admin: TestUser) {
  const coach = await t.factory.user('LIFECOACH');
  const recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  const vacancyId = await openVacancy(t, recruiter.token, cleaningVacancy);
  const people: string[] = [];
  for (const name of ['Anna Aalberts', 'Bram Bakker', 'Cem Çelik']) {
    people.push(await personReadyForMeetAndGreet(t, coach, name));
  }
  const outsider = await personReadyForMeetAndGreet(t, coach, 'Dewi Dekker');
  const eventId = await setUpEvent(t, admin, {
    employers: [{ recruiter, vacancyIds: [vacancyId], tables: 2 }],
    people: people.map((jobSeekerId) => ({ coach, jobSeekerId })),
  });
  return { eventId, recruiter, coach, people, outsider, vacancyId };
}

describe('programme pages are for programme staff only', () => {
  it('every /beheer page answers the "not found" page to every other role, and signing in first to everyone', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const { eventId, vacancyId, people } = await plannedEvent(admin);
    const paths = [
      '/beheer',
      '/beheer/taken',
      '/beheer/organisaties',
      `/beheer/organisaties/${admin.organisation.id}`,
      `/beheer/gebruikers/${admin.user.id}`,
      '/beheer/meet-and-greets',
      '/beheer/meet-and-greets/nieuw',
      `/beheer/meet-and-greets/${eventId}`,
      `/beheer/meet-and-greets/${eventId}/schema`,
      `/beheer/meet-and-greets/${eventId}/lijsten`,
      `/beheer/meet-and-greets/${eventId}/shortlists/${vacancyId}`,
      '/beheer/wie-keek',
      `/beheer/wie-keek/${people[0]}`,
      '/beheer/verwijderverzoeken',
      '/beheer/verwijderverzoeken?status=ERASED',
    ];
    for (const path of paths) expect((await admin.agent.get(path)).status, path).toBe(200);
    const posts = [
      '/beheer/organisaties',
      `/beheer/organisaties/${admin.organisation.id}/uitnodigen`,
      `/beheer/gebruikers/${admin.user.id}/uitzetten`,
      `/beheer/gebruikers/${admin.user.id}/sleutels`,
      '/beheer/meet-and-greets',
      `/beheer/meet-and-greets/${eventId}/schema`,
      `/beheer/meet-and-greets/${eventId}/schema/vastleggen`,
      `/beheer/verwijderverzoeken/${crypto.randomUUID()}/bevestigen`,
      `/beheer/verwijderverzoeken/${crypto.randomUUID()}/nog-niet`,
    ];
    for (const role of [
      'LIFECOACH',
      'PARTNER_WORKER',
      'EMPLOYER_RECRUITER',
      'MENTOR',
      'TRAJECTORY_COORDINATOR',
    ] as const) {
      const other = await signedIn(role);
      for (const path of paths) {
        const page = await other.agent.get(path);
        expect([role, path, page.status]).toEqual([role, path, 404]);
        expect(page.text).toContain('Deze pagina is er niet');
        expect(page.text).not.toContain('Anna Aalberts');
      }
      for (const path of posts) {
        const answer = await other.agent.post(path).type('form').send({ _csrf: other.csrf, name: 'X' });
        expect([role, path, answer.status]).toEqual([role, path, 404]);
      }
    }
    // A person signed in to their own record: the same "not found" page.
    const coach = await t.factory.user('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Pim Persoon' });
    const printed = await issuePrintedCode(
      {
        em: fresh(),
        actor: {
          userId: coach.user.id,
          organisationId: coach.organisation.id,
          organisationKind: 'PROGRAMME',
          role: 'LIFECOACH',
          tokenId: coach.tokenId,
        },
        requestId: 'test',
        now: new Date(),
      },
      person.id,
    );
    const own = request.agent(server);
    const codeForm = await own.get('/code');
    const ownSignIn = await own
      .post('/code')
      .type('form')
      .send({ _csrf: formToken(codeForm.text), code: printed.code });
    expect(ownSignIn.headers.location).toBe('/mijn-gegevens');
    for (const path of paths) {
      const page = await own.get(path);
      expect(['JOB_SEEKER', path, page.status]).toEqual(['JOB_SEEKER', path, 404]);
    }
    const anonymous = request.agent(server);
    for (const path of paths) {
      const page = await anonymous.get(path);
      expect([path, page.status, page.headers.location]).toEqual([path, 303, '/inloggen']);
    }
    expect(await fresh().count(MeetAndGreet, { id: eventId, status: 'PLANNED' })).toBe(1);
  });

  it('programme staff land on their home after signing in, with links to every part', async () => {
    const admin = await t.factory.user('PROGRAMME_ADMIN');
    const agent = request.agent(server);
    await signIn(agent, admin.user.email, outbox);
    const mail = outbox.filter((m) => m.to === admin.user.email).at(-1);
    expect(mail).toBeDefined();
    const home = await agent.get('/beheer');
    for (const href of [
      '/beheer/organisaties',
      '/beheer/meet-and-greets',
      '/beheer/wie-keek',
      '/beheer/taken',
    ])
      expect(home.text).toContain(`href="${href}"`);
  });
});

describe('organisations and users', () => {
  it('creates an organisation of each kind; a missing kind comes back next to its field with the name kept', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const missing = await admin.agent
      .post('/beheer/organisaties')
      .type('form')
      .send({ _csrf: admin.csrf, name: 'Buurtwerk Noord' });
    expect(missing.status).toBe(422);
    expect(missing.text).toContain('Kies wat voor organisatie het is.');
    expect(missing.text).toContain('value="Buurtwerk Noord"');
    for (const kind of ['PARTNER', 'EMPLOYER', 'TRAJECTORY_PROVIDER', 'PROGRAMME'] as const) {
      const name = `Organisatie ${kind} ${crypto.randomUUID().slice(0, 6)}`;
      const made = await admin.agent
        .post('/beheer/organisaties')
        .type('form')
        .send({ _csrf: admin.csrf, name, kind });
      expect(made.status).toBe(303);
      const stored = await fresh().findOneOrFail(Organisation, { name });
      expect(stored.kind).toBe(kind);
      expect(made.headers.location).toBe(`/beheer/organisaties/${stored.id}?melding=gemaakt`);
    }
  });

  it('invites a user, who gets the sign-in mail and signs in with it; a role of another kind and a known address are refused', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const employer = await t.factory.organisation('EMPLOYER', 'Bakkerij De Korst');
    const path = `/beheer/organisaties/${employer.id}/uitnodigen`;
    const wrongRole = await admin.agent.post(path).type('form').send({
      _csrf: admin.csrf,
      displayName: 'Mila Mentor',
      email: 'mila@korst.example',
      role: 'LIFECOACH',
    });
    expect(wrongRole.status).toBe(422);
    expect(wrongRole.text).toContain('Deze rol past niet bij deze organisatie');
    expect(wrongRole.text).toContain('value="mila@korst.example"');
    expect(await fresh().count(User, { email: 'mila@korst.example' })).toBe(0);

    const before = outbox.length;
    const invited = await admin.agent
      .post(path)
      .type('form')
      .send({ _csrf: admin.csrf, displayName: 'Mila Mentor', email: 'Mila@Korst.example', role: 'MENTOR' });
    expect(invited.status).toBe(303);
    const user = await fresh().findOneOrFail(User, { email: 'mila@korst.example' });
    expect([user.role, user.organisation.id]).toEqual(['MENTOR', employer.id]);
    expect(invited.headers.location).toBe(`/beheer/gebruikers/${user.id}?melding=uitgenodigd`);
    const mail = outbox.slice(before).find((m) => m.to === 'mila@korst.example');
    expect(mail?.subject).toBe('Uw account bij Warm Rotterdam Werkt');
    expect(mail?.text).toContain('als mentor bij Bakkerij De Korst');
    expect(mail?.text).toContain('De link werkt 7 dagen');

    const mila = request.agent(server);
    const used = await useLink(mila, signInCode(mail));
    expect(used.status).toBe(303);
    expect((await mila.get('/instellingen')).status).toBe(200);

    const again = await admin.agent
      .post(path)
      .type('form')
      .send({ _csrf: admin.csrf, displayName: 'Mila Twee', email: 'mila@korst.example', role: 'MENTOR' });
    expect(again.status).toBe(422);
    expect(again.text).toContain('Er is al een account met dit e-mailadres.');
  });

  it('changes a role within the organisation kind only; deactivating ends the web sessions at once', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const mentor = await signedIn('MENTOR');
    const page = `/beheer/gebruikers/${mentor.user.id}`;
    const wrong = await admin.agent
      .post(`${page}/rol`)
      .type('form')
      .send({ _csrf: admin.csrf, role: 'LIFECOACH', version: '1' });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('Deze rol past niet bij dit soort organisatie');
    const changed = await admin.agent
      .post(`${page}/rol`)
      .type('form')
      .send({ _csrf: admin.csrf, role: 'EMPLOYER_RECRUITER', version: '1' });
    expect([changed.status, changed.headers.location]).toEqual([303, `${page}?melding=rol`]);
    expect((await fresh().findOneOrFail(User, mentor.user.id)).role).toBe('EMPLOYER_RECRUITER');

    expect((await mentor.agent.get('/instellingen')).status).toBe(200);
    const off = await admin.agent
      .post(`${page}/uitzetten`)
      .type('form')
      .send({ _csrf: admin.csrf, version: '2' });
    expect(off.status).toBe(303);
    const sessions = await fresh().find(WebSession, { user: mentor.user.id });
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((session) => session.endReason === 'USER_DEACTIVATED' && session.endedAt)).toBe(
      true,
    );
    const after = await mentor.agent.get('/instellingen');
    expect([after.status, after.headers.location]).toEqual([303, '/inloggen']);
    expect((await t.request('GET', '/api/me', { token: mentor.token })).status).toBe(401);

    const self = await admin.agent
      .post(`/beheer/gebruikers/${admin.user.id}/uitzetten`)
      .type('form')
      .send({ _csrf: admin.csrf, version: '1' });
    expect(self.status).toBe(422);
    expect(self.text).toContain('Je kunt je eigen account niet uitzetten');
    expect((await fresh().findOneOrFail(User, admin.user.id)).active).toBe(true);
  });

  it('an API token is shown once, works for the API, and stops working when revoked', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const partner = await t.factory.user('PARTNER_WORKER');
    const page = `/beheer/gebruikers/${partner.user.id}`;
    const bad = await admin.agent
      .post(`${page}/sleutels`)
      .type('form')
      .send({ _csrf: admin.csrf, label: '', expiresInDays: 'veel' });
    expect(bad.status).toBe(422);
    expect(bad.text).toContain('Schrijf op waarvoor de sleutel is');
    expect(bad.text).toContain('Geef een aantal dagen van 1 tot 730.');
    const issued = await admin.agent
      .post(`${page}/sleutels`)
      .type('form')
      .send({ _csrf: admin.csrf, label: 'Koppeling buurthuis', expiresInDays: '30' });
    expect(issued.status).toBe(201);
    const secret = /value="(wrw_[^"]+)"/.exec(issued.text)?.[1] ?? '';
    expect(secret).toMatch(/^wrw_/);
    expect((await t.request('GET', '/api/me', { token: secret })).status).toBe(200);
    const list = await admin.agent.get(page);
    expect(list.text).toContain('Koppeling buurthuis');
    expect(list.text).not.toContain(secret);
    const tokenId = /sleutels\/([0-9a-f-]{36})\/intrekken/.exec(list.text)?.[1];
    // Another user's token cannot be revoked from this page.
    const foreign = await admin.agent
      .post(`/beheer/gebruikers/${admin.user.id}/sleutels/${tokenId}/intrekken`)
      .type('form')
      .send({ _csrf: admin.csrf });
    expect(foreign.status).toBe(404);
    expect((await t.request('GET', '/api/me', { token: secret })).status).toBe(200);
    const revoked = await admin.agent
      .post(`${page}/sleutels/${tokenId}/intrekken`)
      .type('form')
      .send({ _csrf: admin.csrf });
    expect(revoked.status).toBe(303);
    expect((await t.request('GET', '/api/me', { token: secret })).status).toBe(401);
  });
});

describe('PATCH /api/users/{id} with a role', () => {
  it('changes the role within the kind; another kind, your own role and a person’s account are refused with the field', async () => {
    const admin = await t.factory.user('PROGRAMME_ADMIN');
    const coach = await t.factory.user('LIFECOACH');
    const promoted = await t.request('PATCH', `/api/users/${coach.user.id}`, {
      token: admin.token,
      body: { role: 'PROGRAMME_ADMIN', version: 1 },
    });
    expect(promoted.status, JSON.stringify(promoted.json)).toBe(200);
    expect(userSchema.parse(promoted.json).role).toBe('PROGRAMME_ADMIN');
    const audit = await fresh().findOneOrFail(AuditEntry, {
      action: 'user.updated',
      entityId: coach.user.id,
    });
    expect(audit.fields).toEqual(['role']);

    const otherKind = await t.request('PATCH', `/api/users/${coach.user.id}`, {
      token: admin.token,
      body: { role: 'MENTOR', version: 2 },
    });
    expect(otherKind.status).toBe(422);
    expect(otherKind.json.errors[0].path).toEqual(['role']);
    const own = await t.request('PATCH', `/api/users/${admin.user.id}`, {
      token: admin.token,
      body: { role: 'LIFECOACH', version: 1 },
    });
    expect(own.status).toBe(422);
    expect(own.json.errors[0].path).toEqual(['role']);
    const asJobSeeker = await t.request('PATCH', `/api/users/${coach.user.id}`, {
      token: admin.token,
      body: { role: 'JOB_SEEKER', version: 2 },
    });
    expect(asJobSeeker.status).toBe(422);
    const byCoach = await t.request('PATCH', `/api/users/${admin.user.id}`, {
      token: (await t.factory.user('LIFECOACH')).token,
      body: { role: 'LIFECOACH', version: 1 },
    });
    expect(byCoach.status).toBe(403);
    expect((await fresh().findOneOrFail(User, admin.user.id)).role).toBe('PROGRAMME_ADMIN');
  });
});

describe('who saw what', () => {
  it('shows for one person who looked, in which organisation, what and when; the read itself is logged', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const coach = await t.factory.user(
      'LIFECOACH',
      await t.factory.organisation('PROGRAMME', 'Warm Rotterdam Zuid'),
    );
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Sanne Spiegel' });
    expect((await t.request('GET', `/api/job-seekers/${person.id}`, { token: coach.token })).status).toBe(
      200,
    );
    const search = await admin.agent.get('/beheer/wie-keek?q=Spiegel');
    expect(search.text).toContain(`/beheer/wie-keek/${person.id}`);
    const trail = await admin.agent.get(`/beheer/wie-keek/${person.id}`);
    expect(trail.status).toBe(200);
    expect(trail.text).toContain(coach.user.displayName);
    expect(trail.text).toContain('Warm Rotterdam Zuid');
    expect(trail.text).toContain('bekeek de gegevens');
    expect(trail.text).not.toContain('job_seeker.viewed');
    expect(
      await fresh().count(AuditEntry, {
        action: 'audit_trail.viewed',
        subjectId: person.id,
        actorUserId: admin.user.id,
      }),
    ).toBe(1);
    expect((await admin.agent.get(`/beheer/wie-keek/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe('Meet & Greet planning', () => {
  async function schedule(admin: TestUser, eventId: string) {
    const res = await t.request('GET', `/api/meet-and-greets/${eventId}/schedule`, { token: admin.token });
    return scheduleSchema.parse(res.json);
  }
  const cell = (employerId: string, table: number, round: number) =>
    `gesprek.${employerId}.${table}.${round}`;

  it('plans an event through the form; wrong input comes back next to its field', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const wrong = await admin.agent.post('/beheer/meet-and-greets').type('form').send({
      _csrf: admin.csrf,
      title: 'Meet & Greet Zuid',
      date: '12-03-2099',
      startTime: '13.30',
      place: 'Wijkgebouw Zuid',
      seekerCapacity: 'veel',
      rounds: '3',
      roundMinutes: '20',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.text).toContain('href="#veld-seekerCapacity"');
    expect(wrong.text).toContain('Geef een aantal van 1 tot 500.');
    expect(wrong.text).toContain('value="Meet &amp; Greet Zuid"');
    const made = await admin.agent.post('/beheer/meet-and-greets').type('form').send({
      _csrf: admin.csrf,
      title: 'Meet & Greet Zuid',
      date: '12-03-2099',
      startTime: '13.30',
      place: 'Wijkgebouw Zuid',
      seekerCapacity: '20',
      rounds: '3',
      roundMinutes: '20',
    });
    expect(made.status).toBe(303);
    const event = await fresh().findOneOrFail(MeetAndGreet, { title: 'Meet & Greet Zuid' });
    expect([event.eventDate, event.startTime, event.breakMinutes, event.shortlistSize]).toEqual([
      '2099-03-12',
      '13:30',
      5,
      10,
    ]);
  });

  it('invites an employer and a person from the event page and records their answers', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const recruiter = await t.factory.user(
      'EMPLOYER_RECRUITER',
      await t.factory.organisation('EMPLOYER', 'Schoon & Co'),
    );
    const vacancyId = await openVacancy(t, recruiter.token, cleaningVacancy);
    const coach = await t.factory.user('LIFECOACH');
    const ready = await personReadyForMeetAndGreet(t, coach, 'Ilse Uitgenodigd');
    const noConsent = await personReadyForMeetAndGreet(t, coach, 'Joop Zonder', { consents: ['MATCHING'] });
    const eventId = await setUpEvent(t, admin, { employers: [], people: [], buildShortlists: false });
    const base = `/beheer/meet-and-greets/${eventId}`;
    const short = recruiter.organisation.id.slice(0, 8);
    const none = await admin.agent
      .post(`${base}/werkgevers`)
      .type('form')
      .send({ _csrf: admin.csrf, employerId: recruiter.organisation.id, [`tables-${short}`]: '2' });
    expect(none.status).toBe(422);
    expect(none.text).toContain('Kies minstens één vacature.');
    const invited = await admin.agent
      .post(`${base}/werkgevers`)
      .type('form')
      .send({
        _csrf: admin.csrf,
        employerId: recruiter.organisation.id,
        [`vacancy-${short}.${vacancyId}`]: 'ja',
        [`tables-${short}`]: '2',
      });
    expect(invited.status).toBe(303);
    const refused = await admin.agent
      .post(`${base}/werkzoekenden`)
      .type('form')
      .send({ _csrf: admin.csrf, jobSeekerId: noConsent });
    expect(refused.status).toBe(422);
    expect(refused.text).toMatch(/toestemming/i);
    expect(
      (
        await admin.agent
          .post(`${base}/werkzoekenden`)
          .type('form')
          .send({ _csrf: admin.csrf, jobSeekerId: ready })
      ).status,
    ).toBe(303);
    const page = await admin.agent.get(base);
    expect(page.text).toContain('Schoon &amp; Co');
    expect(page.text).toContain('Ilse Uitgenodigd');
    const employerAnswer = await admin.agent
      .post(`${base}/werkgevers/${recruiter.organisation.id}/antwoord`)
      .type('form')
      .send({ _csrf: admin.csrf, answer: 'ACCEPT', version: '1' });
    expect(employerAnswer.status).toBe(303);
    const personAnswer = await admin.agent
      .post(`${base}/werkzoekenden/${ready}/antwoord`)
      .type('form')
      .send({ _csrf: admin.csrf, answer: 'ACCEPT', version: '1' });
    expect(personAnswer.status).toBe(303);
    expect(
      (await admin.agent.post(`${base}/shortlists`).type('form').send({ _csrf: admin.csrf })).status,
    ).toBe(303);
    const after = await admin.agent.get(base);
    expect(after.text).toContain('1 van 1 werkgevers komen; 1 werkzoekenden komen');
    const shortlist = await admin.agent.get(`${base}/shortlists/${vacancyId}`);
    expect(shortlist.text).toContain('Ilse Uitgenodigd');
  });

  it('proposes, refuses a hand edit that breaks a rule with the reason at the cell, saves a good one, fixes, prints and records who came', async () => {
    const admin = await signedIn('PROGRAMME_ADMIN');
    const { eventId, recruiter, people, outsider } = await plannedEvent(admin);
    const base = `/beheer/meet-and-greets/${eventId}/schema`;
    const employerId = recruiter.organisation.id;
    const empty = await admin.agent.get(base);
    expect(empty.text).toContain('Schema voorstellen');
    const version = String((await fresh().findOneOrFail(MeetAndGreet, eventId)).version);
    const proposed = await admin.agent
      .post(`${base}/voorstel`)
      .type('form')
      .send({ _csrf: admin.csrf, version });
    expect([proposed.status, proposed.headers.location]).toEqual([303, `${base}?melding=voorgesteld`]);
    const proposal = await schedule(admin, eventId);
    expect(proposal.state).toBe('PROPOSED');
    expect(proposal.conversations.length).toBeGreaterThan(0);
    const grid = await admin.agent.get(base);
    const first = proposal.conversations[0];
    expect(grid.text).toContain(`<option value="${first?.jobSeekerId}" selected="">`);

    // Anna twice in round 1 (both tables), and someone who is not coming in round 2.
    const broken = await admin.agent
      .post(base)
      .type('form')
      .send({
        _csrf: admin.csrf,
        version: String(proposal.version),
        [cell(employerId, 1, 1)]: people[0],
        [cell(employerId, 2, 1)]: people[0],
        [cell(employerId, 1, 2)]: outsider,
      });
    expect(broken.status).toBe(422);
    expect(broken.text).toContain('Anna Aalberts spreekt');
    expect(broken.text).toContain('meer dan één keer');
    expect(broken.text).toContain('Dewi Dekker komt niet (meer) naar deze Meet &amp; Greet');
    expect(broken.text).toContain(`id="veld-${cell(employerId, 1, 2)}-fout"`);
    expect(broken.text).toContain('Er is niets opgeslagen');
    expect(broken.text).toContain(`<option value="${outsider}" selected="">`);
    expect((await schedule(admin, eventId)).conversations).toEqual(proposal.conversations);

    const saved = await admin.agent
      .post(base)
      .type('form')
      .send({
        _csrf: admin.csrf,
        version: String(proposal.version),
        [cell(employerId, 1, 1)]: people[0],
        [cell(employerId, 2, 1)]: people[1],
        [cell(employerId, 1, 2)]: people[2],
      });
    expect([saved.status, saved.headers.location]).toEqual([303, `${base}?melding=opgeslagen`]);
    const adjusted = await schedule(admin, eventId);
    expect(adjusted.conversations.map((c) => [c.fullName, c.round]).sort()).toEqual([
      ['Anna Aalberts', 1],
      ['Bram Bakker', 1],
      ['Cem Çelik', 2],
    ]);
    // What differs from the proposal counts as placed by hand (a new proposal keeps it); the rest does not.
    const inProposal = new Set(proposal.conversations.map((c) => `${c.jobSeekerId}/${c.round}`));
    for (const c of adjusted.conversations)
      expect(c.placedByHand).toBe(!inProposal.has(`${c.jobSeekerId}/${c.round}`));

    const stale = await admin.agent
      .post(`${base}/vastleggen`)
      .type('form')
      .send({ _csrf: admin.csrf, version: String(proposal.version) });
    expect(stale.status).toBe(409);
    expect(stale.text).toContain('Iemand anders heeft dit net veranderd');
    const fixed = await admin.agent
      .post(`${base}/vastleggen`)
      .type('form')
      .send({ _csrf: admin.csrf, version: String(adjusted.version) });
    expect(fixed.status).toBe(303);
    expect((await fresh().findOneOrFail(MeetAndGreet, eventId)).status).toBe('SCHEDULE_FIXED');
    const readOnly = await admin.agent.get(base);
    expect(readOnly.text).not.toContain('Wijzigingen opslaan');

    const lists = await admin.agent.get(`/beheer/meet-and-greets/${eventId}/lijsten`);
    expect(lists.status).toBe(200);
    const employerSheet = lists.text.slice(
      lists.text.indexOf(`id="werkgever-${employerId}"`),
      lists.text.indexOf('id="persoon-'),
    );
    expect(employerSheet).not.toContain('Anna Aalberts');
    expect(employerSheet).toMatch(/Kandidaat/);
    expect(lists.text).toContain(`id="persoon-${people[0]}"`);

    const eventVersion = String((await fresh().findOneOrFail(MeetAndGreet, eventId)).version);
    const held = await admin.agent
      .post(`/beheer/meet-and-greets/${eventId}/gehouden`)
      .type('form')
      .send({ _csrf: admin.csrf, version: eventVersion, [`absentPerson.${people[2]}`]: 'ja' });
    expect(held.status).toBe(303);
    expect((await fresh().findOneOrFail(MeetAndGreet, eventId)).status).toBe('HELD');
    const page = await admin.agent.get(`/beheer/meet-and-greets/${eventId}`);
    expect(page.text).toContain('Wie er was');
    expect(await fresh().count(ScheduledConversation, { meetAndGreet: eventId })).toBe(3);
  });
});
