import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { amsterdamInstant } from './amsterdam-time';

export type AgendaIcsInput = {
  /** Stable per event and recipient, so an update replaces the entry in the person's calendar. */
  uid: string;
  /** 0 when first sent; one higher for each change after that. */
  sequence: number;
  cancelled?: boolean;
  title: string;
  place: string;
  eventDate: string;
  /** Local times (HH:MM, Rotterdam) of the first and last conversation. */
  startTime: string;
  endTime: string;
  /** The agenda's lines, as in the mail. */
  lines: string[];
  /** DTSTAMP: when this version of the entry was made (now unless told). */
  stamp?: Date;
};

/**
 * The agenda as an iCalendar file (RFC 5545): one entry from the first to the last conversation,
 * times as UTC moments computed from Rotterdam time, METHOD REQUEST (new or changed) or CANCEL.
 */
export function agendaIcs(input: AgendaIcsInput): string {
  const calendar = ical({
    prodId: { company: 'Warm Rotterdam Werkt', product: 'Meet & Greet', language: 'NL' },
    method: input.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    name: 'Warm Rotterdam Werkt',
  });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    start: amsterdamInstant(input.eventDate, input.startTime),
    end: amsterdamInstant(input.eventDate, input.endTime),
    stamp: input.stamp ?? new Date(),
    summary: input.cancelled ? `Gaat niet door: ${input.title}` : input.title,
    location: input.place,
    description: input.lines.join('\n'),
    status: input.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
