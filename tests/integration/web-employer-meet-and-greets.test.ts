import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity';
import {
  MeetAndGreetEmployer,
  ShortlistEntry,
} from '../../src/modules/meet-and-greets/meet-and-greet.entity';
import type { TestUser } from '../support/factories';
import {
  cleaningVacancy,
  currentEventVersion,
  openVacancy,
  personReadyForMeetAndGreet,
  setUpEvent,
} from '../support/meet-and-greet-setup';
import { createTestApp, type TestApp } from '../support/test-app';
import { getPage, postForm, visibleText, type WebSession, webSessionFor } from '../support/web-page-session';

// The employer's Meet & Greet pages: the invitation and its answer, the blind shortlist with a mark
// per candidate, and the conversation list to print — candidate codes only, another employer's 404.

let t: TestApp;
let admin: TestUser;
let recruiter: TestUser;
let session: WebSession;
let eventId: string;
let vacancyId: string;
const names = ['Anna Aalberts', 'Bram Bakker', 'Cem Çelik'];

const fresh = () => t.orm.em.fork();
const codesOn = (html: string) => [...new Set(visibleText(html).match(/K-[A-Z0-9]{6}/g) ?? [])];

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.factory.user('PROGRAMME_ADMIN');
  const coach = await t.factory.user('LIFECOACH');
  recruiter = await t.factory.user('EMPLOYER_RECRUITER');
  vacancyId = await openVacancy(t, recruiter.token, cleaningVacancy);
  const people: string[] = [];
  for (const name of names) people.push(await personReadyForMeetAndGreet(t, coach, name));
  eventId = await setUpEvent(t, admin, {
    employers: [{ recruiter, vacancyIds: [vacancyId], tables: 1, accept: false }],
    people: people.map((jobSeekerId) => ({ coach, jobSeekerId })),
  });
  session = await webSessionFor(t, recruiter.user);
}, 120_000);
afterAll(() => t.close());

describe('the invitation', () => {
  it('lists the event on the start page and the Meet & Greet page', async () => {
    const home = await getPage(t, session, '/werkgever');
    expect(visibleText(home.html)).toContain('1 uitnodiging nog te beantwoorden');
    const list = await getPage(t, session, '/werkgever/meet-and-greets');
    expect(list.status).toBe(200);
    expect(visibleText(list.html)).toContain('Uitgenodigd, nog geen antwoord');
  });

  it('keeps what was typed when the tables or rounds are wrong, and writes nothing', async () => {
    const page = await getPage(t, session, `/werkgever/meet-and-greets/${eventId}`);
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '';
    const refused = await postForm(t, session, `/werkgever/meet-and-greets/${eventId}/antwoord`, {
      answer: 'ACCEPT',
      version,
      tables: 'twee',
    });
    expect(refused.status).toBe(422);
    const text = visibleText(refused.html);
    expect(text).toContain('Vul een aantal tafels in van 1 tot 20.');
    expect(text).toContain('Kies minstens één ronde waarin u er bent.');
    expect(refused.html).toContain('value="twee"');
    const invitation = await fresh().findOneOrFail(MeetAndGreetEmployer, {
      meetAndGreet: eventId,
      employer: recruiter.organisation.id,
    });
    expect(invitation.status).toBe('INVITED');
  });

  it('accepts with two tables in rounds 1 and 2', async () => {
    const page = await getPage(t, session, `/werkgever/meet-and-greets/${eventId}`);
    const version = /name="version" value="(\d+)"/.exec(page.html)?.[1] ?? '';
    const saved = await postForm(t, session, `/werkgever/meet-and-greets/${eventId}/antwoord`, {
      answer: 'ACCEPT',
      version,
      tables: '2',
      'rounds.1': 'ja',
      'rounds.2': 'ja',
    });
    expect(saved.status).toBe(303);
    const after = await getPage(t, session, saved.location ?? '');
    const text = visibleText(after.html);
    expect(text).toContain('U komt naar de Meet & Greet.');
    expect(text).toContain('2 tafels tegelijk');
    expect(text).toContain('ronde 1 (13:30–13:50), ronde 2 (13:55–14:15)');
    const invitation = await fresh().findOneOrFail(MeetAndGreetEmployer, {
      meetAndGreet: eventId,
      employer: recruiter.organisation.id,
    });
    expect(invitation).toMatchObject({ status: 'ACCEPTED', tables: 2, availableRounds: [1, 2] });
  });
});

describe('the shortlist', () => {
  const path = () => `/werkgever/meet-and-greets/${eventId}/vacatures/${vacancyId}`;

  it('shows candidate codes and their fit, never a name', async () => {
    const page = await getPage(t, session, path());
    expect(page.status).toBe(200);
    const text = visibleText(page.html);
    expect(codesOn(page.html)).toHaveLength(3);
    for (const name of names) for (const part of name.split(' ')) expect(text).not.toContain(part);
    expect(text).toContain('Kan al');
  });

  it('asks a reason about the work with "liever niet", keeps the choice, and writes nothing', async () => {
    const [code] = codesOn((await getPage(t, session, path())).html);
    const refused = await postForm(t, session, `${path()}/${code}`, {
      [`${code}.wish`]: 'NO',
      [`${code}.note`]: 'Past niet in het rooster.',
    });
    expect(refused.status).toBe(422);
    expect(visibleText(refused.html)).toContain('Kies bij "liever niet" een reden over het werk.');
    expect(refused.html).toContain('Past niet in het rooster.');
    expect(await fresh().count(ShortlistEntry, { meetAndGreet: eventId, wish: { $ne: null } })).toBe(0);

    // A reason that speaks for the candidate does not go with "liever niet": the API's own rule.
    const mismatch = await postForm(t, session, `${path()}/${code}`, {
      [`${code}.wish`]: 'NO',
      [`${code}.reasonCode`]: 'SKILLS_FIT',
    });
    expect(mismatch.status).toBe(422);
    expect(visibleText(mismatch.html)).toContain('Deze reden past niet bij "nee"');
    expect(await fresh().count(ShortlistEntry, { meetAndGreet: eventId, wish: { $ne: null } })).toBe(0);
  });

  it('saves a mark per candidate and shows it, without the note', async () => {
    const [first, second, third] = codesOn((await getPage(t, session, path())).html);
    const marks: [string | undefined, Record<string, string>][] = [
      [first, { wish: 'WANT', reasonCode: 'SKILLS_FIT' }],
      [second, { wish: 'MAYBE' }],
      [third, { wish: 'NO', reasonCode: 'HOURS_DO_NOT_FIT', note: 'Wij werken alleen in de nacht.' }],
    ];
    for (const [code, fields] of marks) {
      const saved = await postForm(
        t,
        session,
        `${path()}/${code}`,
        Object.fromEntries(Object.entries(fields).map(([name, value]) => [`${code}.${name}`, value])),
      );
      expect(saved.status, saved.html.slice(0, 300)).toBe(303);
    }
    const page = await getPage(t, session, path());
    const text = visibleText(page.html);
    expect(text).toContain('3 gekozen');
    expect(text).toContain('Uw keuze: Graag spreken (de vaardigheden passen goed bij het werk)');
    expect(text).toContain('Uw keuze: Liever niet (de uren passen niet bij het werk)');
    expect(text).not.toContain('Wij werken alleen in de nacht.');
    const entries = await fresh().find(ShortlistEntry, { meetAndGreet: eventId });
    expect(entries.map((entry) => entry.wish).sort()).toEqual(['MAYBE', 'NO', 'WANT']);
    expect(
      await fresh().count(AuditEntry, { action: 'shortlist_entry.marked', actorUserId: recruiter.user.id }),
    ).toBe(3);
  });
});

describe('the conversation list for the day', () => {
  it('is not there before the schedule is fixed', async () => {
    const page = await getPage(t, session, `/werkgever/meet-and-greets/${eventId}/gesprekkenlijst`);
    expect(page.status).toBe(404);
  });

  it('has a sheet per table with codes only, once the schedule is fixed', async () => {
    const proposal = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/proposal`, {
      token: admin.token,
      body: { version: await currentEventVersion(t, admin, eventId) },
    });
    expect(proposal.status).toBe(200);
    const fixed = await t.request('POST', `/api/meet-and-greets/${eventId}/schedule/fix`, {
      token: admin.token,
      body: { version: proposal.json.version },
    });
    expect(fixed.status, fixed.text).toBe(200);
    const event = await getPage(t, session, `/werkgever/meet-and-greets/${eventId}`);
    expect(visibleText(event.html)).toContain('Gesprekkenlijst om af te drukken');
    const page = await getPage(t, session, `/werkgever/meet-and-greets/${eventId}/gesprekkenlijst`);
    expect(page.status).toBe(200);
    const sheets = page.html.match(/class="print-sheet"/g) ?? [];
    // Two conversations (WANT and MAYBE) in rounds 1 and 2 at up to two tables.
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    expect(sheets.length).toBeLessThanOrEqual(2);
    expect(codesOn(page.html).length).toBe(2);
    const text = visibleText(page.html);
    for (const name of names) for (const part of name.split(' ')) expect(text).not.toContain(part);
    expect(
      await fresh().count(AuditEntry, {
        action: 'meet_and_greet_agenda.viewed',
        actorUserId: recruiter.user.id,
      }),
    ).toBe(2);
  });

  it('can no longer be marked', async () => {
    const page = await getPage(t, session, `/werkgever/meet-and-greets/${eventId}/vacatures/${vacancyId}`);
    expect(visibleText(page.html)).toContain('de keuzes staan vast');
    expect(page.html).not.toContain('Sla de keuze op');
  });
});

describe('another employer', () => {
  it('finds neither the event, the shortlist, nor the list, and cannot mark', async () => {
    const other = await t.factory.user('EMPLOYER_RECRUITER');
    const otherSession = await webSessionFor(t, other.user);
    const [code] = codesOn(
      (await getPage(t, session, `/werkgever/meet-and-greets/${eventId}/vacatures/${vacancyId}`)).html,
    );
    for (const path of [
      `/werkgever/meet-and-greets/${eventId}`,
      `/werkgever/meet-and-greets/${eventId}/vacatures/${vacancyId}`,
      `/werkgever/meet-and-greets/${eventId}/gesprekkenlijst`,
    ]) {
      const page = await getPage(t, otherSession, path);
      expect(page.status, path).toBe(404);
      expect(visibleText(page.html)).toContain('Deze pagina is er niet');
    }
    const marked = await postForm(
      t,
      otherSession,
      `/werkgever/meet-and-greets/${eventId}/vacatures/${vacancyId}/${code}`,
      { [`${code}.wish`]: 'WANT' },
    );
    expect(marked.status).toBe(404);
    const list = await getPage(t, otherSession, '/werkgever/meet-and-greets');
    expect(visibleText(list.html)).toContain('U bent nog niet uitgenodigd');
  });
});
