import type { RequestContext } from '../../../http/context';
import type { MatchingDependencies } from '../../matching/matching.service';
import { findMeetAndGreet } from '../event.service';
import { getEmployerAgenda } from '../schedule.service';
import { agendaIcs } from './agenda-ics';

/** An employer's lines with a table per round: its conversations in one round sit at tables 1, 2, … */
export function employerLines(
  rows: { round: number; startTime: string; endTime: string; candidateCode: string | null }[],
) {
  const seen = new Map<number, number>();
  return rows.map((row) => {
    const table = (seen.get(row.round) ?? 0) + 1;
    seen.set(row.round, table);
    return `Ronde ${row.round} (${row.startTime}–${row.endTime}), tafel ${table}: kandidaat ${row.candidateCode ?? 'niet meer beschikbaar'}`;
  });
}

/**
 * The employer's agenda of a fixed Meet & Greet as an .ics file: times, tables and candidate codes
 * (never names). Same access rules as the agenda itself (getEmployerAgenda).
 */
export async function employerAgendaIcs(
  ctx: RequestContext,
  eventId: string,
  employerId: string,
  deps: MatchingDependencies,
  sequence = 0,
): Promise<string> {
  const agenda = await getEmployerAgenda(ctx, eventId, employerId, deps);
  const event = await findMeetAndGreet(ctx, eventId);
  const first = agenda.rows[0];
  const last = agenda.rows.at(-1);
  return agendaIcs({
    uid: `meet-and-greet-${event.id}-employer-${employerId}@warmrotterdamwerkt`,
    sequence,
    title: `${event.title} (Warm Rotterdam Werkt)`,
    place: event.place,
    eventDate: event.eventDate,
    startTime: first?.startTime ?? event.startTime,
    endTime: last?.endTime ?? event.startTime,
    lines: agenda.rows.length ? employerLines(agenda.rows) : agenda.lines,
  });
}
