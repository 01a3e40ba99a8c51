import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import { InterviewInvitation } from '../../src/modules/candidacies/candidacy.entity';
import { ConsentRecord } from '../../src/modules/consents/consent.entity';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { MailMessage } from '../../src/modules/mail/mail-message';
import { appOn, createTestApp, type TestApp } from '../support/test-app';
import { formToken, signIn, testWeb, webServer } from '../support/web-session';

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

async function signedIn(
  role: 'LIFECOACH' | 'PARTNER_WORKER' | 'PROGRAMME_ADMIN',
  organisation?: Parameters<TestApp['factory']['user']>[1],
) {
  const user = await t.factory.user(role, organisation);
  const agent = request.agent(server);
  const token = await signIn(agent, user.user.email, outbox);
  return { ...user, agent, token };
}

describe('registering a person', () => {
  it('a partner worker refers someone from their own workspace, naming the lifecoach; they see registration data only', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const partner = await signedIn('PARTNER_WORKER');
    // The lifecoach's addresses lead a partner worker to their own workspace.
    expect((await partner.agent.get('/werkzoekenden/nieuw')).headers.location).toBe('/partner/aanmelden');
    const form = await partner.agent.get('/partner/aanmelden');
    expect(form.status).toBe(200);
    expect(form.text).toContain(coach.user.displayName);

    const missingCoach = await partner.agent.post('/partner/aanmelden').type('form').send({
      _csrf: partner.token,
      fullName: 'Daan Verwezen',
      phone: '0633334441',
      postcode: '3072',
      preferredLanguage: 'nl',
    });
    expect(missingCoach.status).toBe(422);
    expect(missingCoach.text).toContain('Kies de lifecoach die deze persoon begeleidt');
    expect(missingCoach.text).toContain('value="Daan Verwezen"');

    const referred = await partner.agent.post('/partner/aanmelden').type('form').send({
      _csrf: partner.token,
      fullName: 'Daan Verwezen',
      phone: '0633334441',
      postcode: '3072',
      preferredLanguage: 'nl',
      lifecoachId: coach.user.id,
    });
    expect(referred.status).toBe(303);
    expect(referred.headers.location).toBe('/partner?gelukt=aangemeld');
    const stored = await t.orm.em
      .fork()
      .findOneOrFail(JobSeeker, { phone: '0633334441' }, { populate: ['referringOrganisation'] });
    expect(stored.responsibleLifecoach.id).toBe(coach.user.id);
    expect(stored.referringOrganisation?.id).toBe(partner.organisation.id);

    const list = await partner.agent.get('/partner?gelukt=aangemeld');
    expect(list.text).toContain('De aanmelding is opgeslagen');
    expect(list.text).toContain('Daan Verwezen');
    expect(list.text).not.toContain('Segment');
    // A partner worker has no person's page of the lifecoach, only their referral's status page.
    expect(list.text).not.toContain(`/werkzoekenden/${stored.id}`);
    expect(list.text).toContain(`/partner/aanmeldingen/${stored.id}`);
    expect((await partner.agent.get(`/werkzoekenden/${stored.id}`)).status).toBe(403);
  });

  it('a likely duplicate in someone else’s caseload is refused without naming or linking the other record', async () => {
    const colleague = await t.factory.user('LIFECOACH');
    const existing = await t.factory.jobSeeker(colleague.user, { fullName: 'Eva Elders' });
    const coach = await signedIn('LIFECOACH');
    const before = await t.orm.em.fork().count(JobSeeker, {});
    const again = await coach.agent.post('/werkzoekenden/nieuw').type('form').send({
      _csrf: coach.token,
      fullName: 'Iemand Anders',
      phone: existing.phone,
      postcode: '3011',
      preferredLanguage: 'nl',
    });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Deze persoon is waarschijnlijk al aangemeld');
    expect(again.text).toContain('bij een andere lifecoach of organisatie');
    expect(again.text).not.toContain(existing.id);
    expect(again.text).not.toContain('Eva Elders');
    expect(again.text).toContain('value="Iemand Anders"');
    expect(await t.orm.em.fork().count(JobSeeker, {})).toBe(before);
  });

  it('an unknown postcode and a wrong date of birth come back next to their fields, with the error summary', async () => {
    const coach = await signedIn('LIFECOACH');
    const response = await coach.agent.post('/werkzoekenden/nieuw').type('form').send({
      _csrf: coach.token,
      fullName: 'Fenna Fout',
      phone: '0633334442',
      postcode: '3011',
      dateOfBirth: '31-02-1990',
      preferredLanguage: 'nl',
    });
    expect([response.status, response.headers.location]).toEqual([422, undefined]);
    expect(response.text).toContain('href="#veld-dateOfBirth"');
    expect(response.text).toContain('id="veld-dateOfBirth-fout"');
    expect(response.text).toContain('value="31-02-1990"');

    const postcode = await coach.agent.post('/werkzoekenden/nieuw').type('form').send({
      _csrf: coach.token,
      fullName: 'Fenna Fout',
      phone: '0633334442',
      postcode: '1000',
      preferredLanguage: 'nl',
    });
    expect(postcode.status).toBe(422);
    expect(postcode.text).toContain('Postcode 1000 is niet bekend');
    expect(postcode.text).not.toContain('not a known');
  });
});

describe('the person’s page', () => {
  it('reading it is audited as the signed-in lifecoach, like the API', async () => {
    const coach = await signedIn('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Gijs Gelezen' });
    const page = await coach.agent.get(`/werkzoekenden/${person.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Gijs Gelezen');
    const entries = await t.orm.em
      .fork()
      .find(AuditEntry, { entityId: person.id, actorUserId: coach.user.id });
    expect(entries.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['job_seeker.viewed', 'lifecoach_history.viewed']),
    );
  });

  it('a handover moves the person to the new lifecoach with the note; the old one no longer finds them', async () => {
    const coach = await signedIn('LIFECOACH');
    const next = await signedIn('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Hanna Overdracht' });
    const tooShort = await coach.agent
      .post(`/werkzoekenden/${person.id}/overdragen`)
      .type('form')
      .send({ _csrf: coach.token, toLifecoachId: next.user.id, note: 'kort' });
    expect(tooShort.status).toBe(422);
    expect(tooShort.text).toContain('Schrijf een overdrachtsnotitie van minstens 10 tekens.');

    const done = await coach.agent
      .post(`/werkzoekenden/${person.id}/overdragen`)
      .type('form')
      .send({ _csrf: coach.token, toLifecoachId: next.user.id, note: 'Hanna wil graag in de zorg werken.' });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/werkzoekenden?gelukt=overgedragen');
    expect((await coach.agent.get(`/werkzoekenden/${person.id}`)).status).toBe(404);
    const theirs = await next.agent.get(`/werkzoekenden/${person.id}`);
    expect(theirs.status).toBe(200);
    expect(theirs.text).toContain('Hanna wil graag in de zorg werken.');
  });
});

describe('consent', () => {
  it('shows each purpose as the text to read aloud and records the answer against that text', async () => {
    const coach = await signedIn('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user);
    const page = await coach.agent.get(`/werkzoekenden/${person.id}/toestemming`);
    expect(page.text).toContain('Je doet mee met Warm Rotterdam Werkt.');
    expect(page.text).toContain('Je gaat naar een Meet &amp; Greet.');
    // Codes travel in the forms' hidden fields only, never in the text a person reads.
    const visible = page.text.replace(/<[^>]*>/g, ' ');
    expect(visible).not.toMatch(/PROGRAMME_PROCESSING|MATCHING|PROFILE_SHARING|matching-v1/);

    const given = await coach.agent
      .post(`/werkzoekenden/${person.id}/toestemming`)
      .type('form')
      .send({ _csrf: formToken(page.text), purpose: 'MATCHING', given: 'yes', textVersion: 'matching-v1' });
    expect(given.status).toBe(303);
    const records = await t.orm.em.fork().find(ConsentRecord, { jobSeeker: person.id });
    expect(
      records.map((record) => [record.purpose, record.given, record.textVersion, record.recordedByUserId]),
    ).toEqual([['MATCHING', true, 'matching-v1', coach.user.id]]);
  });

  it('sharing the profile needs an employer: the form says so and nothing is recorded', async () => {
    const coach = await signedIn('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user);
    const response = await coach.agent.post(`/werkzoekenden/${person.id}/toestemming`).type('form').send({
      _csrf: coach.token,
      purpose: 'PROFILE_SHARING',
      given: 'yes',
      textVersion: 'profile-sharing-v1',
    });
    expect(response.status).toBe(422);
    expect(response.text).toContain('Kies de werkgever.');
    expect(await t.orm.em.fork().count(ConsentRecord, { jobSeeker: person.id })).toBe(0);
  });
});

describe('Today', () => {
  it('lists an interview invitation; once the person agreed, the lifecoach shares name and contact from there', async () => {
    const coach = await signedIn('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user, { fullName: 'Iris Uitgenodigd' });
    const employer = await t.factory.organisation('EMPLOYER', 'Bakkerij Test');
    const vacancy = await t.factory.vacancy(employer, { title: 'Broodbakker' });
    const invitation = await t.factory.interviewInvitation(person, vacancy);

    const waiting = await coach.agent.get('/vandaag');
    expect(waiting.text).toContain(
      'Bakkerij Test wil Iris Uitgenodigd uitnodigen voor een sollicitatiegesprek',
    );
    expect(waiting.text).toContain(`href="/werkzoekenden/${person.id}/toestemming"`);
    expect(waiting.text).not.toContain('Naam en contact delen');

    const consentPage = await coach.agent.get(`/werkzoekenden/${person.id}/toestemming`);
    await coach.agent
      .post(`/werkzoekenden/${person.id}/toestemming`)
      .type('form')
      .send({
        _csrf: formToken(consentPage.text),
        purpose: 'PROFILE_SHARING',
        given: 'yes',
        textVersion: 'profile-sharing-v1',
        employerOrganisationId: employer.id,
      });
    const agreed = await coach.agent.get('/vandaag');
    expect(agreed.text).toContain('Naam en contact delen met Bakkerij Test');

    const shared = await coach.agent
      .post(`/vandaag/uitnodigingen/${invitation.id}/delen`)
      .type('form')
      .send({ _csrf: coach.token, contactRoute: 'VIA_LIFECOACH', version: String(invitation.version) });
    expect(shared.status).toBe(303);
    expect(shared.headers.location).toBe('/vandaag?gelukt=gedeeld');
    const after = await coach.agent.get('/vandaag?gelukt=gedeeld');
    expect(after.text).toContain('De naam en de manier van contact zijn gedeeld met de werkgever.');
    expect(after.text).not.toContain('Iris Uitgenodigd uitnodigen');
    const stored = await t.orm.em.fork().findOneOrFail(InterviewInvitation, { id: invitation.id });
    expect([stored.status, stored.contactRoute, stored.sharedByUserId]).toEqual([
      'SHARED',
      'VIA_LIFECOACH',
      coach.user.id,
    ]);

    const twice = await coach.agent
      .post(`/vandaag/uitnodigingen/${invitation.id}/delen`)
      .type('form')
      .send({ _csrf: coach.token, contactRoute: 'VIA_LIFECOACH', version: String(stored.version) });
    expect(twice.headers.location).toBe('/vandaag?fout=niet-gedeeld');
  });

  it('another lifecoach cannot share for a person outside their caseload', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const other = await signedIn('LIFECOACH');
    const person = await t.factory.jobSeeker(coach.user);
    const employer = await t.factory.organisation('EMPLOYER');
    const invitation = await t.factory.interviewInvitation(person, await t.factory.vacancy(employer));
    const response = await other.agent
      .post(`/vandaag/uitnodigingen/${invitation.id}/delen`)
      .type('form')
      .send({ _csrf: other.token, contactRoute: 'VIA_LIFECOACH', version: '1' });
    expect(response.status).toBe(404);
    const stored = await t.orm.em.fork().findOneOrFail(InterviewInvitation, { id: invitation.id });
    expect(stored.status).toBe('WAITING_FOR_CONSENT');
  });
});

describe('something went wrong', () => {
  it('is a Dutch page with the request id, never a stack trace', async () => {
    const broken = appOn(t.orm, {
      web: testWeb({
        publicBaseUrl: () => {
          throw new Error('a bug somewhere');
        },
      }).web,
    });
    const response = await request(webServer({ app: broken })).get('/inloggen');
    expect(response.status).toBe(500);
    expect(response.text).toContain('Er ging iets mis');
    expect(response.text).toContain(response.headers['x-request-id']);
    expect(response.text).not.toMatch(/a bug somewhere|\.ts:\d+/);
  });
});
