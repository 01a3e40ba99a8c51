import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import {
  type AgendaMailInput,
  agendaFingerprint,
  agendaMail,
  employerAgendaLines,
  personAgendaLines,
  type RecipientAgenda,
} from '../../src/modules/meet-and-greets/agenda-mail/agenda-mail-content';

const agenda: RecipientAgenda = {
  title: 'Meet & Greet voorjaar',
  place: 'Wijkgebouw De Meent, Rotterdam',
  eventDate: '2099-03-29',
  dateLabel: 'zondag 29 maart 2099',
  startTime: '13:30',
  endTime: '14:15',
  lines: ['Ronde 1 (13:30–13:50), tafel 2: kandidaat K-7QX2M4, vacature Orderpicker'],
};

const base = (overrides: Partial<AgendaMailInput> = {}): AgendaMailInput => ({
  audience: 'EMPLOYER',
  method: 'REQUEST',
  uid: 'meet-and-greet-x-employer-y@warmrotterdamwerkt',
  sequence: 0,
  agenda,
  employerName: 'Havenlogistiek',
  links: {
    webUrl: 'https://wrw.example/agenda/meet-and-greets/x.ics',
    settingsUrl: 'https://wrw.example/instellingen',
    unsubscribeUrl: 'https://wrw.example/afmelden?code=abc',
  },
  now: new Date('2099-03-01T10:00:00Z'),
  ...overrides,
});

const calendar = (mail: ReturnType<typeof agendaMail>) => {
  const text = mail.attachments[0]?.content ?? '';
  const [event] = Object.values(ical.sync.parseICS(text)).filter((e) => e?.type === 'VEVENT') as VEvent[];
  return { text, event: event as VEvent };
};

describe('agenda mail texts', () => {
  it.each([
    [{}, 'Uw gesprekken op Meet & Greet voorjaar, zondag 29 maart 2099', 'REQUEST', 0],
    [
      { sequence: 2 },
      'Gewijzigd: uw gesprekken op Meet & Greet voorjaar, zondag 29 maart 2099',
      'REQUEST',
      2,
    ],
    [
      { audience: 'PERSON' as const },
      'Je gesprekken op Meet & Greet voorjaar, zondag 29 maart 2099',
      'REQUEST',
      0,
    ],
    [
      { audience: 'PERSON' as const, sequence: 1 },
      'Gewijzigd: je gesprekken op Meet & Greet voorjaar, zondag 29 maart 2099',
      'REQUEST',
      1,
    ],
    [
      { method: 'CANCEL' as const, sequence: 1, cancelledBecause: 'EVENT' as const },
      'Gaat niet door: Meet & Greet voorjaar op zondag 29 maart 2099',
      'CANCEL',
      1,
    ],
  ])('%o: subject "%s", METHOD %s, SEQUENCE %i', (overrides, subject, method, sequence) => {
    const mail = agendaMail(base(overrides));
    expect(mail.subject).toBe(subject);
    const { text, event } = calendar(mail);
    expect(text).toMatch(new RegExp(`^METHOD:${method}`, 'm'));
    expect(text).toMatch(new RegExp(`^SEQUENCE:${sequence}`, 'm'));
    expect(mail.attachments[0]?.contentType).toBe(`text/calendar; charset=utf-8; method=${method}`);
    expect(event.uid).toBe('meet-and-greet-x-employer-y@warmrotterdamwerkt');
    // Summer time started that night: 13:30 in Rotterdam is 11:30 UTC.
    expect(event.start.toISOString()).toBe('2099-03-29T11:30:00.000Z');
  });

  it('writes the agenda in the plain text and the HTML part, with the links in both', () => {
    const mail = agendaMail(base());
    for (const part of [mail.text, mail.html]) {
      expect(part).toContain('tafel 2: kandidaat K-7QX2M4, vacature Orderpicker');
      expect(part).toContain('Wijkgebouw De Meent, Rotterdam');
      expect(part).toContain('https://wrw.example/afmelden?code=abc');
    }
    expect(mail.html).toContain('<li>Ronde 1 (13:30–13:50), tafel 2');
    expect(mail.text).toContain('Wanneer: zondag 29 maart 2099, 13:30–14:15');
  });

  it('names the event once, and says it is a Meet & Greet when its title does not', () => {
    expect(agendaMail(base()).text).toContain(
      'Dit zijn de gesprekken van Havenlogistiek op "Meet & Greet voorjaar".',
    );
    const other = agendaMail(
      base({
        method: 'CANCEL',
        sequence: 1,
        cancelledBecause: 'EVENT',
        agenda: { ...agenda, title: 'Banenmarkt Zuid' },
      }),
    );
    expect(other.text).toContain('De Meet & Greet "Banenmarkt Zuid" op zondag 29 maart 2099 gaat niet door.');
  });

  it('escapes what it puts in the HTML part', () => {
    const mail = agendaMail(base({ agenda: { ...agenda, place: 'Zaal <b>&</b> Co' } }));
    expect(mail.html).toContain('Zaal &lt;b&gt;&amp;&lt;/b&gt; Co');
    expect(mail.html).not.toContain('<b>&</b>');
  });

  it('tells a person without an account to ask their lifecoach, with no links to a settings page', () => {
    const mail = agendaMail(
      base({ audience: 'PERSON', links: { webUrl: null, settingsUrl: null, unsubscribeUrl: null } }),
    );
    expect(mail.text).toContain('Zeg het tegen je lifecoach');
    expect(mail.text).not.toContain('instellingen');
    expect(mail.text).not.toMatch(/https?:\/\//);
  });

  it('says whose conversations are off when only the recipient drops out', () => {
    const employer = agendaMail(base({ method: 'CANCEL', sequence: 3, cancelledBecause: 'RECIPIENT' }));
    expect(employer.text).toContain('De gesprekken van Havenlogistiek op "Meet & Greet voorjaar"');
    const person = agendaMail(
      base({ audience: 'PERSON', method: 'CANCEL', sequence: 1, cancelledBecause: 'RECIPIENT' }),
    );
    expect(person.text).toContain(
      'Je gesprekken op "Meet & Greet voorjaar" op zondag 29 maart 2099 gaan niet door.',
    );
    expect(calendar(person).text).toMatch(/^STATUS:CANCELLED/m);
  });
});

describe('agenda lines and fingerprints', () => {
  it('writes codes for employers and employer names for people, with the tables as given', () => {
    expect(
      employerAgendaLines([
        {
          round: 1,
          startTime: '13:30',
          endTime: '13:50',
          table: 2,
          candidateCode: 'K-1',
          vacancyTitle: 'Kok',
        },
        { round: 2, startTime: '13:55', endTime: '14:15', table: 1, candidateCode: null, vacancyTitle: null },
      ]),
    ).toEqual([
      'Ronde 1 (13:30–13:50), tafel 2: kandidaat K-1, vacature Kok',
      'Ronde 2 (13:55–14:15), tafel 1: kandidaat niet meer beschikbaar',
    ]);
    expect(
      personAgendaLines([
        {
          round: 2,
          startTime: '13:55',
          endTime: '14:15',
          employerName: 'Havenlogistiek',
          table: 3,
          vacancyTitles: ['Orderpicker', 'Heftruckchauffeur'],
        },
      ]),
    ).toEqual(['Ronde 2 (13:55–14:15): Havenlogistiek, tafel 3 (Orderpicker, Heftruckchauffeur)']);
  });

  it('gives the same agenda the same fingerprint and any change another', async () => {
    const same = await agendaFingerprint({ ...agenda });
    expect(await agendaFingerprint(agenda)).toBe(same);
    expect(same).toMatch(/^[0-9a-f]{64}$/);
    for (const change of [
      { place: 'Elders' },
      { startTime: '13:55' },
      { eventDate: '2099-03-30' },
      { lines: [...agenda.lines, 'Ronde 2 (13:55–14:15), tafel 1: kandidaat K-2'] },
    ]) {
      expect(await agendaFingerprint({ ...agenda, ...change })).not.toBe(same);
    }
  });
});
