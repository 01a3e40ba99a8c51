import type { MikroORM } from '@mikro-orm/core';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpMail } from '../../src/entry/mail-transports';
import { createLogger } from '../../src/http/logger';
import { startSession } from '../../src/modules/auth/web-session.service';
import { JobSeeker } from '../../src/modules/job-seekers/job-seeker.entity';
import type { JobDependencies } from '../../src/modules/jobs/job-dependencies';
import { jobs } from '../../src/modules/jobs/jobs';
import { runJobOnce } from '../../src/modules/jobs/run-job';
import { MailDelivery } from '../../src/modules/mail/mail-delivery.entity';
import { deliverDueMail } from '../../src/modules/mail/outbox.service';
import { MatchingIndexKeeper } from '../../src/modules/matching/matching-index-keeper';
import { MeetAndGreetAgendaMail } from '../../src/modules/meet-and-greets/agenda-mail/agenda-mail.entity';
import { syncAgendaMails } from '../../src/modules/meet-and-greets/agenda-mail/agenda-mails.job';
import {
  eventEmployerSchema,
  meetAndGreetSchema,
  participantSchema,
} from '../../src/modules/meet-and-greets/meet-and-greet.schemas';
import { employerAgendaSchema, personAgendaSchema } from '../../src/modules/meet-and-greets/schedule.schemas';
import { changeSettings } from '../../src/modules/notifications/notification-settings.service';
import { inviteByEmail } from '../../src/modules/person-access/person-account.service';
import { DEFAULT_CADENCE_RULES } from '../../src/modules/placements/cadence';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import { personalDataIn, SEGMENT_WORDS } from '../support/mail-crawl';
import {
  currentEventVersion,
  openVacancy,
  personReadyForMeetAndGreet,
  recordConsent,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import { decodeHeader, type ReceivedMail, type SmtpCapture, startSmtpServer } from '../support/smtp';
import { createTestApp, type TestApp, testReference } from '../support/test-app';

const BASE = 'https://wrw.test.example';
/** What no mail may carry: support needs and notes from the assessment (readyAnswerParts), a mark's note. */
const NEVER_IN_MAIL = ['Kredietbank', 'Hulp bij het plannen', 'Intern: liefst iemand uit de buurt'];
const MARK_NOTE = 'Lijkt me een harde werker, graag snel spreken';

let t: TestApp;
let smtp: SmtpCapture;
let admin: TestUser;
let coach: TestUser;
/** Employer A with two recruiters (the second turned Meet & Greet mails off), employer B with one. */
let recruiterA: TestUser;
let quietRecruiterA: TestUser;
let recruiterB: TestUser;
const people: Record<
  'annelies' | 'joost' | 'sanne' | 'mehmet',
  { id: string; fullName: string; email: string | null }
> = {
  annelies: { id: '', fullName: 'Annelies Verbrugge', email: 'annelies.verbrugge@mail.test' },
  joost: { id: '', fullName: 'Joost Dekkers', email: 'joost.dekkers@mail.test' },
  sanne: { id: '', fullName: 'Sanne Wijnberg', email: null },
  /** Has an account of his own ("Mijn gegevens"), so his settings count and he can unsubscribe. */
  mehmet: { id: '', fullName: 'Mehmet Yilmaz', email: 'mehmet.yilmaz@mail.test' },
};
let vacancyA: string;
let vacancyB: string;
let eventId: string;
let keeper: MatchingIndexKeeper;

/** Every mail this file's tests received, with what its recipient may know, for the crawl at the end. */
const crawled: { mail: ReceivedMail; employerId: string | null }[] = [];

const deps = (orm: MikroORM): JobDependencies => ({
  orm,
  mail: smtpMail(smtp.url, {
    from: 'Warm Rotterdam Werkt <agenda@test.example>',
    replyTo: 'meetandgreet@test.example',
  }),
  logger: createLogger('silent'),
  publicBaseUrl: () => BASE,
  cadence: DEFAULT_CADENCE_RULES,
  meetAndGreets: async () => ({ keeper, reference: testReference }),
});

const amsterdam = (date: Date | undefined) =>
  (date as Date).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 16);

/** The calendar file of a mail, parsed by node-ical, with its METHOD line. */
function calendarOf(mail: ReceivedMail) {
  const part = mail.parts.find((p) => p.contentType.startsWith('text/calendar'));
  expect(part, 'a text/calendar part').toBeDefined();
  const text = part?.body ?? '';
  const events = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as VEvent[];
  expect(events).toHaveLength(1);
  return {
    method: /^METHOD:(\S+)/m.exec(text)?.[1],
    event: events[0] as VEvent,
    text,
    contentType: part?.contentType ?? '',
  };
}

/** Runs the agenda job as the scheduler would, one minute later each time. */
let minute = 0;
async function runAgendaJob() {
  minute += 1;
  const from = smtp.received.length;
  const outcome = await runJobOnce(
    t.orm.em.fork(),
    jobs['meet-and-greet-agendas'],
    deps(t.orm),
    new Date(Date.now() + minute * 60_000),
  );
  return { outcome, mails: smtp.received.slice(from) };
}

const to = (mails: ReceivedMail[], address: string) => mails.filter((mail) => mail.to.includes(address));
const recipientsOf = (mails: ReceivedMail[]) => mails.flatMap((mail) => mail.to).sort();
const employerOf = (address: string) =>
  [recruiterA, quietRecruiterA].some((r) => r.user.email === address)
    ? recruiterA.organisation.id
    : recruiterB.user.email === address
      ? recruiterB.organisation.id
      : null;
const keep = (mails: ReceivedMail[]) => {
  for (const mail of mails) crawled.push({ mail, employerId: employerOf(mail.to[0] as string) });
};

async function employerCodes(recruiter: TestUser, id = eventId) {
  const res = await t.request(
    'GET',
    `/api/meet-and-greets/${id}/schedule/employers/${recruiter.organisation.id}`,
    {
      token: recruiter.token,
    },
  );
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return employerAgendaSchema.parse(res.json).rows;
}

async function personRows(jobSeekerId: string, id = eventId) {
  const res = await t.request('GET', `/api/meet-and-greets/${id}/schedule/job-seekers/${jobSeekerId}`, {
    token: coach.token,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return personAgendaSchema.parse(res.json).rows;
}

async function fix(id: string) {
  const proposal = await t.request('POST', `/api/meet-and-greets/${id}/schedule/proposal`, {
    token: admin.token,
    body: { version: await currentEventVersion(t, admin, id) },
  });
  expect(proposal.status, JSON.stringify(proposal.json)).toBe(200);
  const fixed = await t.request('POST', `/api/meet-and-greets/${id}/schedule/fix`, {
    token: admin.token,
    body: { version: proposal.json.version },
  });
  expect(fixed.status, JSON.stringify(fixed.json)).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  // The mail server refuses the very first message: the outbox tries it again later.
  smtp = await startSmtpServer({ rejectFirst: 1 });
  keeper = new MatchingIndexKeeper({
    postcodes: testReference.postcodes,
    competences: testReference.catalogue.competences,
  });
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiterA = await t.factory.user('EMPLOYER_RECRUITER');
  quietRecruiterA = await t.factory.user('EMPLOYER_RECRUITER', recruiterA.organisation);
  recruiterB = await t.factory.user('EMPLOYER_RECRUITER');
  await changeSettings(t.orm.em.fork(), quietRecruiterA.user.id, { meetAndGreet: false }, 'settings_page');
  vacancyA = await openVacancy(t, recruiterA.token);
  vacancyB = await openVacancy(t, recruiterB.token);
  for (const person of Object.values(people)) {
    person.id = await personReadyForMeetAndGreet(t, coach, person.fullName, { email: person.email });
  }
  await inviteByEmail(
    {
      em: t.orm.em.fork(),
      now: new Date(),
      requestId: 'test-invite',
      actor: {
        userId: coach.user.id,
        organisationId: admin.organisation.id,
        organisationKind: 'PROGRAMME',
        role: 'LIFECOACH',
        tokenId: coach.tokenId,
      },
    },
    people.mehmet.id,
  );
  // Annelies agreed to share her profile with employer A (not B): still, no agenda names anyone.
  await recordConsent(t, coach, people.annelies.id, 'PROFILE_SHARING', true, recruiterA.organisation.id);

  // On the Sunday summer time ends (2099-10-25): 13:30 in Rotterdam is 12:30 UTC.
  eventId = await setUpEvent(t, admin, {
    event: { date: '2099-10-25', title: 'Meet & Greet najaar' },
    employers: [
      { recruiter: recruiterA, vacancyIds: [vacancyA], tables: 2 },
      { recruiter: recruiterB, vacancyIds: [vacancyB], tables: 2 },
    ],
    people: Object.values(people).map((person) => ({ coach, jobSeekerId: person.id })),
  });
  // A mark with a note for the programme: it never reaches a mail.
  const shortlist = await t.request(
    'GET',
    `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist`,
    {
      token: recruiterA.token,
    },
  );
  const code = shortlist.json.items[0].candidate.candidateCode as string;
  const marked = await t.request(
    'PUT',
    `/api/meet-and-greets/${eventId}/vacancies/${vacancyA}/shortlist/${code}`,
    {
      token: recruiterA.token,
      body: { wish: 'WANT', reasonCode: 'SKILLS_FIT', note: MARK_NOTE },
    },
  );
  expect(marked.status, JSON.stringify(marked.json)).toBe(200);
});

afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

describe('agenda mails when the schedule is fixed', () => {
  let first: ReceivedMail[];

  it('sends nothing before the schedule is fixed', async () => {
    const { outcome, mails } = await runAgendaJob();
    expect(outcome).toMatchObject({ status: 'SKIPPED', reason: 'IDLE' });
    expect(mails).toHaveLength(0);
  });

  it('reaches each recruiter of each employer and each person with an e-mail address, once, after one refusal', async () => {
    await fix(eventId);
    const run = await runAgendaJob();
    expect(run.outcome.status, JSON.stringify(run.outcome)).toBe('SUCCEEDED');
    // The server refused one mail: it waits in the outbox and goes with the next delivery.
    expect(smtp.rejected()).toBe(1);
    expect(run.outcome).toMatchObject({ summary: { agendas: 5, optedOut: 1, retrying: 1, sent: 4 } });
    const later = smtp.received.length;
    await deliverDueMail(t.orm.em.fork(), deps(t.orm).mail, new Date(Date.now() + 30 * 60_000));
    first = [...run.mails, ...smtp.received.slice(later)];
    keep(first);
    expect(recipientsOf(first)).toEqual(
      [
        recruiterA.user.email,
        recruiterB.user.email,
        people.annelies.email,
        people.joost.email,
        people.mehmet.email,
      ].sort(),
    );
    // The recruiter who turned Meet & Greet mails off gets none; Sanne has no address.
    expect(to(first, quietRecruiterA.user.email)).toHaveLength(0);

    const rows = await t.orm.em.fork().find(MeetAndGreetAgendaMail, { meetAndGreetId: eventId });
    expect(rows).toHaveLength(5);
    const deliveries = await t.orm.em
      .fork()
      .find(MailDelivery, { id: { $in: rows.map((row) => row.mailDeliveryId) } });
    expect(deliveries.map((d) => d.state)).toEqual(['SENT', 'SENT', 'SENT', 'SENT', 'SENT']);
    expect(rows.every((row) => row.method === 'REQUEST' && row.sequence === 0)).toBe(true);
  });

  it('gives an employer its times, tables, candidate codes and vacancy — never a name — in text, HTML and .ics', async () => {
    const mail = to(first, recruiterA.user.email)[0] as ReceivedMail;
    const codes = await employerCodes(recruiterA);
    expect(codes.length).toBeGreaterThan(0);
    expect(decodeHeader(mail.headers.subject ?? '')).toBe(
      'Uw gesprekken op Meet & Greet najaar, zondag 25 oktober 2099',
    );
    expect(mail.headers.from).toContain('agenda@test.example');
    expect(mail.headers['reply-to']).toContain('meetandgreet@test.example');
    expect(mail.headers['list-unsubscribe']).toMatch(new RegExp(`^<${BASE}/afmelden\\?code=`));
    const plain = mail.parts.find((p) => p.contentType.startsWith('text/plain'))?.body ?? '';
    const html = mail.parts.find((p) => p.contentType.startsWith('text/html'))?.body ?? '';
    for (const row of codes) {
      const line = new RegExp(
        `Ronde ${row.round} \\(${row.startTime}–${row.endTime}\\), tafel \\d: kandidaat ${row.candidateCode}, vacature Schoonmaker kantoren`,
      );
      expect(plain).toMatch(line);
      expect(html).toMatch(line);
    }
    expect(plain).toContain('Waar: Wijkgebouw De Meent, Rotterdam');
    for (const person of Object.values(people)) {
      for (const part of person.fullName.split(' ')) expect(mail.raw).not.toContain(part);
    }

    const calendar = calendarOf(mail);
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.contentType).toContain('method=REQUEST');
    expect(calendar.event.uid).toBe(
      `meet-and-greet-${eventId}-employer-${recruiterA.organisation.id}@warmrotterdamwerkt`,
    );
    expect(calendar.text).toMatch(/^SEQUENCE:0/m);
    const firstRow = codes[0];
    const lastRow = codes.at(-1);
    expect(amsterdam(calendar.event.start)).toBe(`2099-10-25 ${firstRow?.startTime}`);
    expect(amsterdam(calendar.event.end)).toBe(`2099-10-25 ${lastRow?.endTime}`);
    // After the clocks went back that night, Rotterdam is one hour ahead of UTC.
    const [hours, minutes] = (firstRow?.startTime ?? '').split(':').map(Number) as [number, number];
    expect(calendar.event.start.toISOString()).toBe(
      `2099-10-25T${String(hours - 1).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:00.000Z`,
    );
    expect(calendar.event.location).toBe('Wijkgebouw De Meent, Rotterdam');
    expect(calendar.event.description).toContain(`kandidaat ${firstRow?.candidateCode}`);
  });

  it("gives a person their times, the employers' names and tables, and an .ics of their own", async () => {
    const mail = to(first, people.annelies.email as string)[0] as ReceivedMail;
    const rows = await personRows(people.annelies.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(decodeHeader(mail.headers.subject ?? '')).toBe(
      'Je gesprekken op Meet & Greet najaar, zondag 25 oktober 2099',
    );
    for (const row of rows) {
      expect(mail.text).toMatch(
        new RegExp(
          `Ronde ${row.round} \\(${row.startTime}–${row.endTime}\\): ${row.employerName}, tafel \\d \\(Schoonmaker kantoren\\)`,
        ),
      );
    }
    expect(mail.text).toContain('Vragen of kun je niet komen? Laat het je lifecoach weten.');
    // No account of her own: no settings link to follow, the lifecoach stops the mails.
    expect(mail.headers['list-unsubscribe']).toBeUndefined();
    expect(mail.text).toContain('Zeg het tegen je lifecoach');
    const calendar = calendarOf(mail);
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.event.uid).toBe(
      `meet-and-greet-${eventId}-person-${people.annelies.id}@warmrotterdamwerkt`,
    );
    expect(amsterdam(calendar.event.start)).toBe(`2099-10-25 ${rows[0]?.startTime}`);
    expect(amsterdam(calendar.event.end)).toBe(`2099-10-25 ${rows.at(-1)?.endTime}`);
  });

  it('lets a person with an account of their own unsubscribe from the mail itself', async () => {
    const mail = to(first, people.mehmet.email as string)[0] as ReceivedMail;
    expect(mail.text).toContain(`${BASE}/mijn-gegevens`);
    expect(mail.text).toContain(`${BASE}/instellingen`);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    const link = /^<(.+)>$/.exec(mail.headers['list-unsubscribe'] ?? '')?.[1] as string;
    expect(link.startsWith(`${BASE}/afmelden?code=`)).toBe(true);
    // The one-click POST a mail program sends (RFC 8058).
    const res = await t.app.request(link.slice(BASE.length), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
  });

  it('tables in the mails match: the person sits at the table the employer reads for their code', async () => {
    const employerMail = to(first, recruiterA.user.email)[0] as ReceivedMail;
    const personMail = to(first, people.annelies.email as string)[0] as ReceivedMail;
    const personLine = new RegExp(
      `Ronde (\\d) \\([^)]*\\): ${recruiterA.organisation.name}, tafel (\\d)`,
    ).exec(personMail.text);
    expect(personLine).not.toBeNull();
    const [, round, table] = personLine as unknown as [string, string, string];
    const codes = await employerCodes(recruiterA);
    const annelies = codes.find((row) => String(row.round) === round);
    expect(employerMail.text).toContain(
      `Ronde ${round} (${annelies?.startTime}–${annelies?.endTime}), tafel ${table}:`,
    );
  });

  it('sends nothing again: a second run is idle, and another sync finds every agenda unchanged', async () => {
    const run = await runAgendaJob();
    expect(run.outcome).toMatchObject({ status: 'SKIPPED', reason: 'IDLE' });
    const again = await syncAgendaMails(
      deps(t.orm),
      { keeper, reference: testReference },
      eventId,
      new Date(),
    );
    // Mehmet unsubscribed in the meantime: his agenda is left as it was, nothing is sent to him.
    expect(again).toMatchObject({ agendas: 0, updates: 0, cancellations: 0, unchanged: 4, optedOut: 2 });
    await deliverDueMail(t.orm.em.fork(), deps(t.orm).mail, new Date(Date.now() + 3 * 3600_000));
    expect(run.mails).toHaveLength(0);
    expect(smtp.received.length).toBe(5);
  });
});

describe('changes after fixing', () => {
  it('a person who cancels gets the cancellation; the employers they would meet get an update; nobody else hears', async () => {
    const before = await employerCodes(recruiterA);
    const participants = await t.request('GET', `/api/meet-and-greets/${eventId}/job-seekers?limit=50`, {
      token: admin.token,
    });
    const joost = participantSchema.parse(
      participants.json.items.find((item: { jobSeekerId: string }) => item.jobSeekerId === people.joost.id),
    );
    const declined = await t.request(
      'POST',
      `/api/meet-and-greets/${eventId}/job-seekers/${people.joost.id}/answer`,
      {
        token: coach.token,
        body: { answer: 'DECLINE', version: joost.version },
      },
    );
    expect(declined.status, JSON.stringify(declined.json)).toBe(200);
    const { outcome, mails } = await runAgendaJob();
    keep(mails);
    expect(outcome).toMatchObject({
      status: 'SUCCEEDED',
      summary: { cancellations: 1, updates: 2, agendas: 0 },
    });
    expect(recipientsOf(mails)).toEqual(
      [recruiterA.user.email, recruiterB.user.email, people.joost.email].sort(),
    );

    const cancel = to(mails, people.joost.email as string)[0] as ReceivedMail;
    expect(decodeHeader(cancel.headers.subject ?? '')).toBe(
      'Gaat niet door: Meet & Greet najaar op zondag 25 oktober 2099',
    );
    expect(cancel.text).toContain(
      'Je gesprekken op "Meet & Greet najaar" op zondag 25 oktober 2099 gaan niet door.',
    );
    const cancelled = calendarOf(cancel);
    expect(cancelled.method).toBe('CANCEL');
    expect(cancelled.event.uid).toBe(
      `meet-and-greet-${eventId}-person-${people.joost.id}@warmrotterdamwerkt`,
    );
    expect(cancelled.text).toMatch(/^SEQUENCE:1/m);
    expect(cancelled.text).toMatch(/^STATUS:CANCELLED/m);

    const update = to(mails, recruiterA.user.email)[0] as ReceivedMail;
    expect(decodeHeader(update.headers.subject ?? '')).toMatch(
      /^Gewijzigd: uw gesprekken op Meet & Greet najaar/,
    );
    const updated = calendarOf(update);
    expect(updated.method).toBe('REQUEST');
    expect(updated.event.uid).toBe(
      `meet-and-greet-${eventId}-employer-${recruiterA.organisation.id}@warmrotterdamwerkt`,
    );
    expect(updated.text).toMatch(/^SEQUENCE:1/m);
    const after = await employerCodes(recruiterA);
    expect(after.length).toBe(before.length - 1);
    for (const row of after) expect(update.text).toContain(`kandidaat ${row.candidateCode}`);

    const rows = await t.orm.em.fork().find(MeetAndGreetAgendaMail, { meetAndGreetId: eventId });
    expect(rows.find((row) => row.jobSeekerId === people.joost.id)).toMatchObject({
      method: 'CANCEL',
      sequence: 1,
    });
    expect(rows.find((row) => row.jobSeekerId === people.annelies.id)).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
    });
  });

  it('an employer that cancels gets the cancellation; its conversation partners an update without it', async () => {
    const employers = await t.request('GET', `/api/meet-and-greets/${eventId}/employers`, {
      token: recruiterB.token,
    });
    const own = eventEmployerSchema.parse(employers.json.items[0]);
    const declined = await t.request(
      'POST',
      `/api/meet-and-greets/${eventId}/employers/${recruiterB.organisation.id}/answer`,
      { token: recruiterB.token, body: { answer: 'DECLINE', version: own.version } },
    );
    expect(declined.status, JSON.stringify(declined.json)).toBe(200);
    const { outcome, mails } = await runAgendaJob();
    keep(mails);
    // Mehmet's agenda changed too, but he unsubscribed from Meet & Greet mails.
    expect(recipientsOf(mails)).toEqual([recruiterB.user.email, people.annelies.email].sort());
    expect(outcome).toMatchObject({ summary: { cancellations: 1, updates: 1, optedOut: 2 } });
    const cancel = to(mails, recruiterB.user.email)[0] as ReceivedMail;
    expect(cancel.text).toContain(
      `De gesprekken van ${recruiterB.organisation.name} op "Meet & Greet najaar"`,
    );
    expect(calendarOf(cancel)).toMatchObject({ method: 'CANCEL' });
    expect(calendarOf(cancel).text).toMatch(/^SEQUENCE:2/m);
    const update = to(mails, people.annelies.email as string)[0] as ReceivedMail;
    expect(decodeHeader(update.headers.subject ?? '')).toMatch(/^Gewijzigd: je gesprekken/);
    expect(update.text).not.toContain(recruiterB.organisation.name);
    expect(update.text).toContain(recruiterA.organisation.name);
    expect(calendarOf(update).text).toMatch(/^SEQUENCE:1/m);
  });

  it('the download in the web app carries the same UID and the latest SEQUENCE as the mails', async () => {
    const em = t.orm.em.fork();
    const { secret } = await startSession(em, await em.findOneOrFail(User, recruiterA.user.id), new Date(), {
      idleMinutes: 60,
      maxHours: 12,
    });
    const res = await t.app.request(`/agenda/meet-and-greets/${eventId}.ics`, {
      headers: { cookie: `wrw_session=${secret}` },
    });
    expect(res.status).toBe(200);
    // Unfolded: long lines of an .ics continue on the next line after a space (RFC 5545, 3.1).
    const text = (await res.text()).replace(/\r\n[ \t]/g, '');
    expect(text).toMatch(/^METHOD:REQUEST/m);
    expect(text).toMatch(/^SEQUENCE:1/m);
    expect(text).toContain(
      `UID:meet-and-greet-${eventId}-employer-${recruiterA.organisation.id}@warmrotterdamwerkt`,
    );
    for (const row of await employerCodes(recruiterA))
      expect(text).toContain(`tafel ${row.table}: kandidaat ${row.candidateCode}`);
  });
});

describe('summer time and cancelling the event', () => {
  let springEvent: string;

  it('holds the right Rotterdam times on the Sunday summer time starts', async () => {
    // 2099-03-29: at 02:00 the clocks go to 03:00; 13:30 in Rotterdam is 11:30 UTC.
    springEvent = await setUpEvent(t, admin, {
      event: { date: '2099-03-29', title: 'Meet & Greet lente', rounds: 1, maxConversationsPerSeeker: 1 },
      employers: [{ recruiter: recruiterA, vacancyIds: [vacancyA], tables: 1 }],
      people: [{ coach, jobSeekerId: people.annelies.id }],
    });
    await fix(springEvent);
    const { mails } = await runAgendaJob();
    keep(mails);
    expect(recipientsOf(mails)).toEqual([recruiterA.user.email, people.annelies.email].sort());
    for (const mail of mails) {
      const { event, method } = calendarOf(mail);
      expect(method).toBe('REQUEST');
      expect(event.start.toISOString()).toBe('2099-03-29T11:30:00.000Z');
      expect(event.end?.toISOString()).toBe('2099-03-29T11:50:00.000Z');
      expect(amsterdam(event.start)).toBe('2099-03-29 13:30');
    }
  });

  it('cancelling the event sends everyone who had its agenda a cancellation with the same UID', async () => {
    const refused = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      token: recruiterA.token,
      body: { version: await currentEventVersion(t, admin, springEvent) },
    });
    expect(refused.status).toBe(403);
    const byCoach = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      token: coach.token,
      body: { version: 1 },
    });
    expect(byCoach.status).toBe(403);
    const unknown = await t.request('POST', `/api/meet-and-greets/${crypto.randomUUID()}/cancel`, {
      token: admin.token,
      body: { version: 1 },
    });
    expect(unknown.status).toBe(404);
    const malformed = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      token: admin.token,
      body: { version: 'laatste', reason: 'x' },
    });
    expect(malformed.status).toBe(422);
    expect(malformed.json.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual(
      expect.arrayContaining(['version']),
    );
    const anonymous = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      body: { version: 1 },
    });
    expect(anonymous.status).toBe(401);
    // None of the refused requests cancelled anything.
    expect(
      (await t.request('GET', `/api/meet-and-greets/${springEvent}`, { token: admin.token })).json.status,
    ).toBe('SCHEDULE_FIXED');
    const stale = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      token: admin.token,
      body: { version: 1 },
    });
    expect(stale.status).toBe(409);
    const cancelled = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      token: admin.token,
      body: { version: await currentEventVersion(t, admin, springEvent) },
    });
    expect(cancelled.status, JSON.stringify(cancelled.json)).toBe(200);
    expect(meetAndGreetSchema.parse(cancelled.json)).toMatchObject({
      status: 'CANCELLED',
      statusLabel: 'Gaat niet door',
    });
    const twice = await t.request('POST', `/api/meet-and-greets/${springEvent}/cancel`, {
      token: admin.token,
      body: { version: cancelled.json.version },
    });
    expect(twice.status).toBe(409);

    const { mails } = await runAgendaJob();
    keep(mails);
    expect(recipientsOf(mails)).toEqual([recruiterA.user.email, people.annelies.email].sort());
    for (const mail of mails) {
      expect(decodeHeader(mail.headers.subject ?? '')).toBe(
        'Gaat niet door: Meet & Greet lente op zondag 29 maart 2099',
      );
      expect(mail.text).toContain('"Meet & Greet lente" op zondag 29 maart 2099 gaat niet door.');
      const { method, event, text } = calendarOf(mail);
      expect(method).toBe('CANCEL');
      expect(text).toMatch(/^SEQUENCE:1/m);
      expect(event.uid).toMatch(new RegExp(`^meet-and-greet-${springEvent}-(employer|person)-`));
    }
    // And nothing more after that.
    expect((await runAgendaJob()).mails).toHaveLength(0);
  });
});

describe('the crawl of every agenda mail', () => {
  it('finds no personal data, support need, segment or note that its recipient may not see', async () => {
    expect(crawled.length).toBeGreaterThanOrEqual(12);
    const records = await t.orm.em
      .fork()
      .find(JobSeeker, { id: { $in: Object.values(people).map((p) => p.id) } });
    const phones = records.map((record) => record.phone);
    expect(phones).toHaveLength(4);
    for (const { mail, employerId } of crawled) {
      const forbidden = [...NEVER_IN_MAIL, MARK_NOTE, ...phones];
      for (const person of Object.values(people)) {
        const own = person.email !== null && mail.to.includes(person.email);
        // An employer never reads a name (not even of someone who consented: agendas carry codes);
        // a person reads nobody else's name or address.
        if (employerId !== null || !own) {
          forbidden.push(...person.fullName.split(' '));
          if (person.email) forbidden.push(person.email);
        }
      }
      expect(personalDataIn(mail, forbidden), `mail to ${mail.to.join(', ')}`).toEqual([]);
    }
    expect(SEGMENT_WORDS.length).toBeGreaterThan(0);
  });
});
