import type { RequestContext } from '../../../http/context';
import { getOwnAgenda } from '../schedule.service';
import { agendaIcs } from './agenda-ics';

/**
 * The person's own Meet & Greet schedule as an .ics file: one entry from the first to the last
 * conversation, with the employers per round. Someone who said no gets a cancellation.
 */
export async function ownAgendaIcs(ctx: RequestContext, eventId: string): Promise<string> {
  const agenda = await getOwnAgenda(ctx, eventId);
  const first = agenda.rows[0];
  const last = agenda.rows.at(-1);
  const startTime = first?.startTime ?? agenda.startTime;
  return agendaIcs({
    uid: `meet-and-greet-${agenda.meetAndGreetId}-job-seeker-${agenda.jobSeekerId}@warmrotterdamwerkt`,
    sequence: 0,
    cancelled: agenda.declined,
    title: `${agenda.title} (Warm Rotterdam Werkt)`,
    place: agenda.place,
    eventDate: agenda.eventDate,
    startTime,
    endTime: last?.endTime ?? startTime,
    lines: agenda.lines,
  });
}
