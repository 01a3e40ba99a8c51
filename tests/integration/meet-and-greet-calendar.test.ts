import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../src/modules/auth/web-session.service';
import { User } from '../../src/modules/users/user.entity';
import type { TestUser } from '../support/factories';
import {
  currentEventVersion,
  openVacancy,
  personReadyForMeetAndGreet,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
let admin: TestUser;
let coach: TestUser;
let recruiter: TestUser;
let eventId: string;

const amsterdam = (date: Date | undefined) =>
  (date as Date).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 16);

/** A signed-in web session for `user`, as the cookie the browser would send. */
async function sessionCookie(user: TestUser): Promise<string> {
  const em = t.orm.em.fork();
  const { secret } = await startSession(em, await em.findOneOrFail(User, user.user.id), new Date(), {
    idleMinutes: 60,
    maxHours: 12,
  });
  return `wrw_session=${secret}`;
}

const download = async (user: TestUser, id = eventId) =>
  t.app.request(`/agenda/meet-and-greets/${id}.ics`, { headers: { cookie: await sessionCookie(user) } });

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  coach = await t.factory.user('LIFECOACH', admin.organisation);
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  const vacancyId = await openVacancy(t, recruiter.token);
  const person = await personReadyForMeetAndGreet(t, coach, 'Annelies Verbrugge');
  // On the Sunday summer time ends (2099-10-25): 13:30 is 12:30 UTC.
  eventId = await setUpEvent(t, admin, {
    event: { date: '2099-10-25' },
    employers: [{ recruiter, vacancyIds: [vacancyId], tables: 2 }],
    people: [{ coach, jobSeekerId: person }],
  });
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
});
afterAll(() => t.close());

describe('the Meet & Greet agenda file in the web app', () => {
  it('gives the signed-in employer user its times, tables and candidate codes, never a name', async () => {
    const res = await download(recruiter);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const text = await res.text();
    expect(text).not.toContain('Annelies');
    expect(text).not.toContain('Verbrugge');
    const [event] = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as VEvent[];
    expect(amsterdam(event?.start)).toBe('2099-10-25 13:30');
    expect(event?.start.toISOString()).toBe('2099-10-25T12:30:00.000Z');
    expect(event?.description).toMatch(/Ronde \d \(\d\d:\d\d–\d\d:\d\d\), tafel 1: kandidaat \S+/);
    expect(event?.location).toBe('Wijkgebouw De Meent, Rotterdam');
  });

  it('is not there for another employer or a lifecoach', async () => {
    const other = await t.factory.user('EMPLOYER_RECRUITER');
    expect((await download(other)).status).toBe(404);
    expect((await download(coach)).status).toBe(403);
    expect((await download(recruiter, crypto.randomUUID())).status).toBe(404);
    const anonymous = await t.app.request(`/agenda/meet-and-greets/${eventId}.ics`);
    expect(anonymous.status).toBe(303);
  });
});
