import type { Server } from 'node:http';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSession } from '../../src/modules/auth/web-session.entity';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { MailMessage } from '../../src/modules/mail/mail-message';
import { User } from '../../src/modules/users/user.entity';
import { appOn, createTestApp, type TestApp } from '../support/test-app';
import {
  formToken,
  requestLink,
  signIn,
  signInCode,
  testClock,
  testWeb,
  useLink,
  webServer,
} from '../support/web-session';

let t: TestApp;
let server: Server;
let outbox: MailMessage[];
const clock = testClock();

beforeAll(async () => {
  const test = testWeb({
    sessionRules: { idleMinutes: 30, maxHours: 8 },
    signInLimits: { perAddress: 3, perClient: 1000 },
  });
  outbox = test.outbox;
  t = await createTestApp({ web: test.web, clock: clock.now });
  server = webServer(t);
});
afterAll(() => t.close());

const agent = () => request.agent(server);

describe('pages need a session', () => {
  it.each([
    '/',
    '/vandaag',
    '/werkzoekenden',
    '/werkzoekenden/nieuw',
    `/werkzoekenden/${crypto.randomUUID()}`,
  ])('GET %s without a session goes to the sign-in page', async (path) => {
    const response = await request(server).get(path);
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/inloggen');
  });

  it('a form POST without a session changes nothing and goes to the sign-in page', async () => {
    const before = await t.orm.em.fork().count(JobSeeker, {});
    const response = await request(server)
      .post('/werkzoekenden/nieuw')
      .type('form')
      .send({ fullName: 'Zonder Sessie', phone: '0611112222', postcode: '3011' });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/inloggen');
    expect(await t.orm.em.fork().count(JobSeeker, {})).toBe(before);
  });

  it('the API does not accept a web session cookie', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = agent();
    await signIn(session, coach.user.email, outbox);
    const response = await session.get('/api/me');
    expect(response.status).toBe(401);
  });
});

describe('signing in by e-mail link', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and lands on the lifecoach’s Today', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = agent();
    await requestLink(session, coach.user.email);
    const used = await useLink(session, signInCode(outbox.at(-1)));
    expect(used.status).toBe(303);
    expect(used.headers.location).toBe('/vandaag');
    const cookie = String(used.headers['set-cookie']);
    expect(cookie).toMatch(/^wrw_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
    const today = await session.get('/vandaag');
    expect(today.status).toBe(200);
    expect(today.text).toContain(coach.user.displayName);
  });

  it('answers a known and an unknown address the same, and mails only the known one', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const sent = outbox.length;
    const known = await requestLink(agent(), coach.user.email);
    const unknown = await requestLink(agent(), `niemand-${crypto.randomUUID()}@nergens.example`);
    expect([known.status, known.headers.location]).toEqual([303, '/inloggen/verstuurd']);
    expect([unknown.status, unknown.headers.location]).toEqual([303, '/inloggen/verstuurd']);
    expect(outbox.slice(sent).map((mail) => mail.to)).toEqual([coach.user.email]);
  });

  it('a link works once: the second use does not sign in', async () => {
    const coach = await t.factory.user('LIFECOACH');
    await requestLink(agent(), coach.user.email);
    const code = signInCode(outbox.at(-1));
    expect((await useLink(agent(), code)).status).toBe(303);
    const again = agent();
    const second = await useLink(again, code);
    expect(second.status).toBe(400);
    expect(second.text).toContain('Deze link werkt niet meer');
    expect(second.headers['set-cookie'] ?? '').not.toMatch(/wrw_session=/);
    expect((await again.get('/vandaag')).headers.location).toBe('/inloggen');
  });

  it('a link older than 15 minutes does not sign in', async () => {
    const coach = await t.factory.user('LIFECOACH');
    await requestLink(agent(), coach.user.email);
    const code = signInCode(outbox.at(-1));
    clock.advanceMinutes(16);
    const late = await useLink(agent(), code);
    expect(late.status).toBe(400);
    expect(late.text).toContain('Deze link werkt niet meer');
  });

  it('a link of a user deactivated since does not sign in', async () => {
    const coach = await t.factory.user('LIFECOACH');
    await requestLink(agent(), coach.user.email);
    const code = signInCode(outbox.at(-1));
    await t.orm.em.fork().nativeUpdate(User, { id: coach.user.id }, { active: false });
    expect((await useLink(agent(), code)).status).toBe(400);
  });

  it('throttles sign-in requests per address, whether the address is known or not', async () => {
    const unknown = `veel-${crypto.randomUUID()}@nergens.example`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await requestLink(agent(), unknown)).status);
    expect(statuses).toEqual([303, 303, 303, 429]);
  });

  it('sign-in links point to PUBLIC_BASE_URL, never to the Host header', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const form = await request(server).get('/inloggen');
    await request(server)
      .post('/inloggen')
      .set('Host', 'evil.example')
      .set('Cookie', String(form.headers['set-cookie']).split(';')[0] ?? '')
      .type('form')
      .send({ _csrf: formToken(form.text), email: coach.user.email });
    expect(outbox.at(-1)?.text).toContain('http://127.0.0.1:3000/inloggen/link?code=');
    expect(outbox.at(-1)?.text).not.toContain('evil.example');
  });
});

describe('sessions end', () => {
  it('signing out ends the session: the same cookie is refused on the next request', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = agent();
    const token = await signIn(session, coach.user.email, outbox);
    const cookie = session.jar.getCookie('wrw_session', {
      path: '/',
      domain: '127.0.0.1',
      secure: false,
      script: false,
    });
    const out = await session.post('/uitloggen').type('form').send({ _csrf: token });
    expect(out.status).toBe(303);
    expect(out.headers.location).toBe('/inloggen?uitgelogd');
    // Even a copy of the old cookie no longer works: the session is ended on the server.
    const replay = await request(server)
      .get('/vandaag')
      .set('Cookie', `wrw_session=${cookie?.value ?? ''}`);
    expect(replay.status).toBe(303);
    expect(replay.headers.location).toBe('/inloggen');
  });

  it('a deactivated user’s session ends at the next request', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = agent();
    await signIn(session, coach.user.email, outbox);
    expect((await session.get('/vandaag')).status).toBe(200);
    await t.orm.em.fork().nativeUpdate(User, { id: coach.user.id }, { active: false });
    const next = await session.get('/vandaag');
    expect(next.status).toBe(303);
    expect(next.headers.location).toBe('/inloggen');
    const stored = await t.orm.em.fork().findOneOrFail(WebSession, { user: coach.user.id });
    expect(stored.endReason).toBe('USER_DEACTIVATED');
  });

  it('a session ends after the idle timeout, and after its absolute lifetime however active', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const idle = agent();
    await signIn(idle, coach.user.email, outbox);
    clock.advanceMinutes(31);
    expect((await idle.get('/vandaag')).headers.location).toBe('/inloggen');

    const busy = agent();
    await signIn(busy, coach.user.email, outbox);
    for (let hour = 0; hour < 8; hour++) {
      clock.advanceMinutes(29);
      expect((await busy.get('/vandaag')).status).toBe(200);
      clock.advanceMinutes(29);
      expect((await busy.get('/vandaag')).status).toBe(200);
    }
    clock.advanceMinutes(29);
    expect((await busy.get('/vandaag')).headers.location).toBe('/inloggen');
  });
});

describe('forms are protected against cross-site requests', () => {
  const registration = { fullName: 'Vervalste Aanmelding', phone: '0611113333', postcode: '3011' };

  it('a POST without the anti-forgery token is refused and writes nothing', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = agent();
    await signIn(session, coach.user.email, outbox);
    const before = await t.orm.em.fork().count(JobSeeker, {});
    const response = await session.post('/werkzoekenden/nieuw').type('form').send(registration);
    expect(response.status).toBe(403);
    expect(response.text).toContain('Dit formulier is verlopen');
    expect(await t.orm.em.fork().count(JobSeeker, {})).toBe(before);
  });

  it('a POST with another session’s token, or from another site, is refused', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const mine = agent();
    await signIn(mine, coach.user.email, outbox);
    const theirs = await signIn(agent(), coach.user.email, outbox);
    const wrongToken = await mine
      .post('/werkzoekenden/nieuw')
      .type('form')
      .send({ ...registration, _csrf: theirs });
    expect(wrongToken.status).toBe(403);

    const myToken = formToken((await mine.get('/werkzoekenden/nieuw')).text);
    const crossSite = await mine
      .post('/werkzoekenden/nieuw')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ ...registration, _csrf: myToken });
    expect(crossSite.status).toBe(403);
    expect(await t.orm.em.fork().count(JobSeeker, { fullName: registration.fullName })).toBe(0);

    const sameSite = await mine
      .post('/werkzoekenden/nieuw')
      .set('Origin', 'http://127.0.0.1:3000')
      .type('form')
      .send({ ...registration, _csrf: myToken });
    expect(sameSite.status).toBe(303);
  });

  it('the sign-in form refuses a POST without its token', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const sent = outbox.length;
    const response = await request(server).post('/inloggen').type('form').send({ email: coach.user.email });
    expect(response.status).toBe(403);
    expect(outbox.length).toBe(sent);
  });
});

describe('scope: a lifecoach sees their own caseload only', () => {
  it('another lifecoach’s person answers the Dutch "not found" page, on every part of the page', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const colleague = await t.factory.user('LIFECOACH');
    const theirs = await t.factory.jobSeeker(colleague.user, { fullName: 'Niet Van Jou' });
    const session = agent();
    const token = await signIn(session, coach.user.email, outbox);
    for (const path of ['', '/toestemming', '/assessment', '/profiel']) {
      const response = await session.get(`/werkzoekenden/${theirs.id}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.text).toContain('Deze pagina is er niet');
      expect(response.text).not.toContain('Niet Van Jou');
    }
    const consent = await session
      .post(`/werkzoekenden/${theirs.id}/toestemming`)
      .type('form')
      .send({ _csrf: token, purpose: 'MATCHING', given: 'yes', textVersion: 'matching-v1' });
    expect(consent.status).toBe(404);
    const list = await session.get('/werkzoekenden?q=Niet');
    expect(list.text).not.toContain('Niet Van Jou');
  });

  it('a page that is not an id, or a person that does not exist, is the same page', async () => {
    const coach = await t.factory.user('LIFECOACH');
    const session = agent();
    await signIn(session, coach.user.email, outbox);
    expect((await session.get('/werkzoekenden/geen-id')).status).toBe(404);
    expect((await session.get(`/werkzoekenden/${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('an employer has no lifecoach pages', async () => {
    const recruiter = await t.factory.user('EMPLOYER_RECRUITER');
    const session = agent();
    await signIn(session, recruiter.user.email, outbox);
    const response = await session.get('/werkzoekenden');
    expect(response.status).toBe(403);
    expect(response.text).toContain('Dit kan niet met jouw account');
  });
});

describe('behind https', () => {
  it('the cookies are Secure with the __Host- prefix', async () => {
    const https = testWeb({ publicBaseUrl: () => 'https://werk.example' });
    const secure = { app: appOn(t.orm, { web: https.web }) };
    const coach = await t.factory.user('LIFECOACH');
    const session = request.agent(webServer(secure));
    const form = await session.get('/inloggen');
    expect(String(form.headers['set-cookie'])).toMatch(/^__Host-wrw_form=.*; Secure/);
    expect(https.outbox.length).toBe(0);
    // supertest speaks http: send the cookie by hand as the browser would over https
    const formCookie = String(form.headers['set-cookie']).split(';')[0] ?? '';
    await request(webServer(secure))
      .post('/inloggen')
      .set('Cookie', formCookie)
      .set('Origin', 'https://werk.example')
      .type('form')
      .send({ _csrf: formToken(form.text), email: coach.user.email });
    const code = signInCode(https.outbox.at(-1));
    expect(https.outbox.at(-1)?.text).toContain('https://werk.example/inloggen/link?code=');
    const used = await request(webServer(secure))
      .post('/inloggen/link')
      .set('Cookie', formCookie)
      .set('Origin', 'https://werk.example')
      .type('form')
      .send({ _csrf: formToken(form.text), code });
    const cookie = String(used.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-wrw_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Path=/');
  });
});
