import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../../db/raw-query';

/** Marks a Meet & Greet whose agendas may have changed; the agenda job sends what did. */
export async function markAgendasChanged(
  em: EntityManager,
  meetAndGreetId: string,
  now: Date,
): Promise<void> {
  await rawQuery(
    em,
    `insert into meet_and_greet_agenda_change (meet_and_greet_id, changed_at) values (?, ?::timestamptz)
     on conflict (meet_and_greet_id) do update set changed_at = excluded.changed_at`,
    [meetAndGreetId, now.toISOString()],
  );
}

/** Whether any Meet & Greet waits for its agenda mails (so the every-minute job records no empty runs). */
export async function hasAgendaChanges(em: EntityManager): Promise<boolean> {
  const rows = await rawQuery(em, 'select 1 as n from meet_and_greet_agenda_change limit 1');
  return rows.length > 0;
}
