import type { RequestContext } from '../../../http/context';
import type { MatchingDependencies } from '../../matching/matching.service';
import { MeetAndGreetAgendaMail } from '../agenda-mail/agenda-mail.entity';
import { employerAgendaLines } from '../agenda-mail/agenda-mail-content';
import { agendaUid } from '../agenda-mail/agenda-mails.job';
import { findMeetAndGreet } from '../event.service';
import { getEmployerAgenda } from '../schedule.service';
import { agendaIcs } from './agenda-ics';

/**
 * The employer's agenda of a fixed Meet & Greet as an .ics file: times, tables and candidate codes
 * (never names). Same access rules as the agenda itself (getEmployerAgenda). The UID and SEQUENCE
 * are those of the agenda mails the employer's users got, so the download replaces the same entry;
 * a cancelled event gives its cancellation.
 */
export async function employerAgendaIcs(
  ctx: RequestContext,
  eventId: string,
  employerId: string,
  deps: MatchingDependencies,
): Promise<string> {
  const agenda = await getEmployerAgenda(ctx, eventId, employerId, deps);
  const event = await findMeetAndGreet(ctx, eventId);
  const mailed = await ctx.em.find(
    MeetAndGreetAgendaMail,
    { meetAndGreetId: event.id, employerId },
    { orderBy: { sequence: 'desc' }, limit: 1 },
  );
  const sequence = mailed[0]?.sequence ?? 0;
  const first = agenda.rows[0];
  const last = agenda.rows.at(-1);
  return agendaIcs({
    uid: agendaUid(event.id, { employerId }),
    sequence,
    cancelled: event.status === 'CANCELLED',
    title: `${event.title} (Warm Rotterdam Werkt)`,
    place: event.place,
    eventDate: event.eventDate,
    startTime: first?.startTime ?? event.startTime,
    endTime: last?.endTime ?? event.startTime,
    lines: agenda.rows.length ? employerAgendaLines(agenda.rows) : agenda.lines,
  });
}
