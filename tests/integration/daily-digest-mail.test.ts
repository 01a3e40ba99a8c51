import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMail } from '../../src/entry/mail-transports';
import { createLogger } from '../../src/http/logger';
import { startSession } from '../../src/modules/auth/web-session.service';
import type { JobDependencies } from '../../src/modules/jobs/job-dependencies';
import { JobRun } from '../../src/modules/jobs/job-run.entity';
import { jobs } from '../../src/modules/jobs/jobs';
import { runJobOnce } from '../../src/modules/jobs/run-job';
import { MailDelivery } from '../../src/modules/mail/mail-delivery.entity';
import { deliverDueMail, queueMail } from '../../src/modules/mail/outbox.service';
import { sendDailyDigests } from '../../src/modules/notifications/daily-digest.job';
import { DEFAULT_CADENCE_RULES } from '../../src/modules/placements/cadence';
import { addDays } from '../../src/modules/readiness/review-dates';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import { personalDataIn } from '../support/mail-crawl';
import { decodeHeader, type ReceivedMail, type SmtpCapture, startSmtpServer } from '../support/smtp';
import { createTestApp, type TestApp } from '../support/test-app';

const BASE = 'https://wrw.test.example';
const SUPPORT_NEED = 'schuldhulpverlening bij de gemeente';

let t: TestApp;
let smtp: SmtpCapture;
let coach: TestUser;
let manager: TestUser;
let bystanders: TestUser[];
let admin: TestUser;
let quietDay: Record<string, number>;
const allMail: ReceivedMail[] = [];

const amsterdamToday = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/Amsterdam' });
/** Noon in Rotterdam, `days` from today. */
const dayAt = (days: number) => new Date(`${addDays(amsterdamToday(), days)}T11:00:00Z`);

const deps = (orm: MikroORM, smtpUrl = smtp.url): JobDependencies => ({
  orm,
  mail: smtpMail(smtpUrl, {
    from: 'Warm Rotterdam Werkt <noreply@test.example>',
    replyTo: 'team@test.example',
  }),
  logger: createLogger('silent'),
  publicBaseUrl: () => BASE,
  cadence: DEFAULT_CADENCE_RULES,
});

/** The mails `capture` received since `from`, by recipient address. */
const mailsFor = (capture: SmtpCapture, from: number) => {
  const fresh = capture.received.slice(from);
  return new Map(
    [...new Set(fresh.flatMap((mail) => mail.to))].map((to) => [to, fresh.filter((m) => m.to.includes(to))]),
  );
};

beforeAll(async () => {
  t = await createTestApp();
  smtp = await startSmtpServer();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  const recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  manager = await t.factory.user('EMPLOYER_RECRUITER', recruiter.organisation);
  const idleMentor = await t.factory.user('MENTOR', recruiter.organisation);
  const otherCoach = await t.factory.user('LIFECOACH', admin.organisation);
  bystanders = [admin, recruiter, idleMentor, otherCoach];

  // Before anyone works anywhere there is nothing to say, and nothing goes out.
  quietDay = await sendDailyDigests(deps(t.orm), dayAt(-30));

  const vacancy = await t.factory.vacancy(recruiter.organisation);
  const person = await t.factory.jobSeeker(coach.user, {
    fullName: 'Fatima El Idrissi',
    currentSegment: 'LATER',
  });
  const placement = await t.factory.placement(person, vacancy, {
    startDate: addDays(amsterdamToday(), -20),
    manager: manager.user,
  });
  // The lifecoach's own conversation is recorded (so only the manager's feedback is late); its
  // report holds a support need no mail may repeat.
  const talk = await t.request('POST', `/api/placements/${placement.id}/check-ins`, {
    token: coach.token,
    body: {
      kind: 'LIFECOACH',
      date: addDays(amsterdamToday(), -1),
      report: `We regelen samen ${SUPPORT_NEED}.`,
      howItsGoing: 'SOME_WORRIES',
      agreedActions: [],
    },
  });
  expect(talk.status, JSON.stringify(talk.json)).toBe(201);
});

afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('the daily digest by e-mail', () => {
  it('sends nothing on a day with nothing to say', () => {
    expect(quietDay).toMatchObject({ recipients: 0, queued: 0, sent: 0 });
  });

  it('reaches the manager and the lifecoach of an overdue feedback conversation, and nobody else', async () => {
    const from = smtp.received.length;
    const outcome = await runJobOnce(t.orm.em.fork(), jobs['daily-digest'], deps(t.orm), dayAt(0));
    expect(outcome).toMatchObject({ status: 'SUCCEEDED', summary: { queued: 2, sent: 2 } });
    const byRecipient = mailsFor(smtp, from);
    allMail.push(...smtp.received.slice(from));
    expect([...byRecipient.keys()].sort()).toEqual([coach.user.email, manager.user.email].sort());
    for (const bystander of bystanders) expect(byRecipient.has(bystander.user.email)).toBe(false);

    const toManager = byRecipient.get(manager.user.email)?.[0] as ReceivedMail;
    expect(decodeHeader(toManager.headers.subject ?? '')).toMatch(/te laat/);
    // The person did not agree to share their name with this employer: the manager reads the code.
    expect(toManager.text).toMatch(/Feedbackgesprek met Kandidaat K-[A-Z0-9]+/);
    expect(toManager.text).not.toContain('Fatima');
    expect(toManager.text).toContain(`${BASE}/`);
    expect(toManager.headers.from).toContain('noreply@test.example');
    expect(toManager.headers['reply-to']).toContain('team@test.example');
    // A plain-text and an HTML part, and the one-click unsubscribe headers (RFC 2369, RFC 8058).
    expect(toManager.parts.map((part) => part.contentType.split(';')[0])).toEqual([
      'text/plain',
      'text/html',
    ]);
    expect(toManager.parts[1]?.body).toMatch(/<li>Feedbackgesprek met Kandidaat K-[A-Z0-9]+/);
    expect(toManager.parts[1]?.body).not.toContain('Fatima');
    expect(toManager.headers['list-unsubscribe']).toMatch(new RegExp(`^<${BASE}/afmelden\\?code=[^>]+>$`));
    expect(toManager.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');

    const toCoach = byRecipient.get(coach.user.email)?.[0] as ReceivedMail;
    expect(toCoach.text).toContain('Bel de werkgever');
    expect(toCoach.text).toContain(`${BASE}/vandaag`);
  });

  it('sends once when two processes run the job on the same day', async () => {
    const from = smtp.received.length;
    const second = t.openAnother ? await t.openAnother() : t.orm;
    try {
      const outcomes = await Promise.all([
        runJobOnce(t.orm.em.fork(), jobs['daily-digest'], deps(t.orm), dayAt(1)),
        runJobOnce(second.em.fork(), jobs['daily-digest'], deps(second), dayAt(1)),
      ]);
      expect(outcomes.map((o) => o.status).sort()).toEqual(['SKIPPED', 'SUCCEEDED']);
      // Even past the run row (the job's function called directly, twice at once), each mail goes once.
      await Promise.all([sendDailyDigests(deps(t.orm), dayAt(1)), sendDailyDigests(deps(second), dayAt(1))]);
      // And a later run of the same day is skipped.
      expect(await runJobOnce(t.orm.em.fork(), jobs['daily-digest'], deps(t.orm), dayAt(1))).toMatchObject({
        status: 'SKIPPED',
        reason: 'ALREADY_RAN',
      });
    } finally {
      if (second !== t.orm) await second.close(true);
    }
    const byRecipient = mailsFor(smtp, from);
    allMail.push(...smtp.received.slice(from));
    expect(byRecipient.get(manager.user.email)).toHaveLength(1);
    expect(byRecipient.get(coach.user.email)).toHaveLength(1);
    const runs = await t.orm.em
      .fork()
      .find(JobRun, { jobName: 'daily-digest', periodKey: addDays(amsterdamToday(), 1) });
    expect(runs).toHaveLength(1);
  });

  it('tries a refused mail again later and then sends it, once', async () => {
    const flaky = await startSmtpServer({ rejectFirst: 1 });
    try {
      const first = await runJobOnce(t.orm.em.fork(), jobs['daily-digest'], deps(t.orm, flaky.url), dayAt(2));
      expect(first).toMatchObject({ status: 'SUCCEEDED', summary: { queued: 2, sent: 1, retrying: 1 } });
      expect(flaky.rejected()).toBe(1);
      expect(flaky.received).toHaveLength(1);
      // Too early for the retry: nothing happens.
      const early = await runJobOnce(t.orm.em.fork(), jobs['deliver-mail'], deps(t.orm, flaky.url), dayAt(2));
      expect(early).toMatchObject({ status: 'SKIPPED', reason: 'IDLE' });
      const later = new Date(dayAt(2).getTime() + 2 * 60_000);
      const retry = await runJobOnce(t.orm.em.fork(), jobs['deliver-mail'], deps(t.orm, flaky.url), later);
      expect(retry).toMatchObject({ status: 'SUCCEEDED', summary: { sent: 1 } });
      const again = new Date(later.getTime() + 60 * 60_000);
      expect(
        await runJobOnce(t.orm.em.fork(), jobs['deliver-mail'], deps(t.orm, flaky.url), again),
      ).toMatchObject({ status: 'SKIPPED', reason: 'IDLE' });
      allMail.push(...flaky.received);
      expect(flaky.received.flatMap((mail) => mail.to).sort()).toEqual(
        [coach.user.email, manager.user.email].sort(),
      );
      const deliveries = await t.orm.em
        .fork()
        .find(MailDelivery, { dedupeKey: { $like: `daily-digest:%:${addDays(amsterdamToday(), 2)}` } });
      expect(deliveries.map((d) => [d.state, d.attempts]).sort()).toEqual([
        ['SENT', 1],
        ['SENT', 2],
      ]);
    } finally {
      await flaky.close();
    }
  });

  it('sends no digest to someone who unsubscribed with the link in the mail', async () => {
    const toManager = allMail.find((mail) => mail.to.includes(manager.user.email)) as ReceivedMail;
    const url = new URL(/^<(.+)>$/.exec(toManager.headers['list-unsubscribe'] ?? '')?.[1] ?? '');
    const path = `${url.pathname}${url.search}`;
    // Opening the link changes nothing: it asks first.
    const page = await t.app.request(path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Ja, meld mij af');
    // A forged or damaged code is refused.
    const forged = await t.app.request(`${path.slice(0, -3)}xyz`, { method: 'POST' });
    expect(forged.status).toBe(400);
    // The one-click POST of RFC 8058, as a mail program sends it: no cookie, no form token.
    const oneClick = await t.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('Je bent afgemeld');

    const from = smtp.received.length;
    const outcome = await runJobOnce(t.orm.em.fork(), jobs['daily-digest'], deps(t.orm), dayAt(3));
    expect(outcome).toMatchObject({ status: 'SUCCEEDED', summary: { optedOut: 1, queued: 1 } });
    const byRecipient = mailsFor(smtp, from);
    allMail.push(...smtp.received.slice(from));
    expect([...byRecipient.keys()]).toEqual([coach.user.email]);
  });

  it('never puts a support need, a note or a segment in a mail', () => {
    expect(allMail.length).toBeGreaterThanOrEqual(6);
    for (const mail of allMail) expect(personalDataIn(mail, [SUPPORT_NEED]), mail.text).toEqual([]);
  });
});

describe('the overview of jobs and mails for programme staff', () => {
  const page = async (user: TestUser) => {
    const em = t.orm.em.fork();
    const { secret } = await startSession(em, await em.findOneOrFail(User, user.user.id), new Date(), {
      idleMinutes: 60,
      maxHours: 12,
    });
    return t.app.request('/beheer/taken', { headers: { cookie: `wrw_session=${secret}` } });
  };

  it('shows the last runs and a mail that could not be sent, in plain Dutch, to staff only', async () => {
    const em = t.orm.em.fork();
    await queueMail(
      em,
      {
        dedupeKey: 'test:unreachable',
        kind: 'DAILY_DIGEST',
        recipientUserId: manager.user.id,
        to: 'onbereikbaar@test.example',
        subject: 'Een overzicht',
        text: 'Geheime inhoud van de e-mail',
      },
      dayAt(4),
    );
    // A mail server that is not there, and no retries left: the mail is FAILED.
    const report = await deliverDueMail(em, deps(t.orm, 'smtp://127.0.0.1:9').mail, dayAt(4), {
      backoffMinutes: [],
    });
    expect(report).toEqual({ sent: 0, retrying: 0, failed: 1 });

    const res = await page(admin);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Dagelijks overzicht van gesprekken die klaarstaan of te laat zijn');
    expect(html).toContain('Gelukt');
    expect(html).toContain('onbereikbaar@test.example');
    expect(html).toContain('Niet verstuurd');
    expect(html).not.toContain('Geheime inhoud');
    expect((await page(manager)).status).toBe(404);
    expect((await page(coach)).status).toBe(404);
  });
});
