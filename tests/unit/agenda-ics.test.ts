import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { agendaIcs } from '../../src/modules/meet-and-greets/calendar/agenda-ics';

const amsterdam = (date: Date | undefined) =>
  (date as Date).toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 16);

const parse = (text: string) => {
  const events = Object.values(ical.sync.parseICS(text)).filter((entry) => entry?.type === 'VEVENT');
  expect(events).toHaveLength(1);
  return events[0] as VEvent;
};

const agenda = (eventDate: string, overrides: object = {}) =>
  agendaIcs({
    uid: 'meet-and-greet-1-employer-2@warmrotterdamwerkt',
    sequence: 0,
    title: 'Meet & Greet Warm Rotterdam Werkt',
    place: 'Zuidplein 10, Rotterdam',
    eventDate,
    startTime: '10:00',
    endTime: '11:45',
    lines: ['Ronde 1 (10:00–10:20): kandidaat K-7Q2M, tafel 1'],
    ...overrides,
  });

describe('the Meet & Greet calendar file', () => {
  it.each([
    ['in winter', '2027-01-14', '2027-01-14T09:00:00.000Z'],
    ['in summer', '2027-06-10', '2027-06-10T08:00:00.000Z'],
    ['on the day summer time starts', '2027-03-28', '2027-03-28T08:00:00.000Z'],
    ['on the day summer time ends', '2027-10-31', '2027-10-31T09:00:00.000Z'],
  ])('holds the Rotterdam times %s', (_, date, startUtc) => {
    const event = parse(agenda(date));
    expect(event.start.toISOString()).toBe(startUtc);
    expect(amsterdam(event.start)).toBe(`${date} 10:00`);
    expect(amsterdam(event.end)).toBe(`${date} 11:45`);
    expect(event.location).toBe('Zuidplein 10, Rotterdam');
    expect(event.description).toContain('kandidaat K-7Q2M');
  });

  it('keeps the UID on a change with a higher SEQUENCE, and cancels with METHOD:CANCEL', () => {
    const first = agenda('2027-03-28');
    const changed = agenda('2027-03-28', { sequence: 1, startTime: '10:30' });
    const cancelled = agenda('2027-03-28', { sequence: 2, cancelled: true });
    expect(parse(changed).uid).toBe(parse(first).uid);
    expect(Number(parse(changed).sequence)).toBe(1);
    expect(amsterdam(parse(changed).start)).toBe('2027-03-28 10:30');
    expect(first).toContain('METHOD:REQUEST');
    expect(cancelled).toContain('METHOD:CANCEL');
    expect(parse(cancelled).status).toBe('CANCELLED');
    expect(Number(parse(cancelled).sequence)).toBe(2);
  });
});
