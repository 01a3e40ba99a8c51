import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';
import { say } from '../../http/messages';
import { validationError } from '../../http/problem';

/**
 * SQL for "this person is held for the erasure and retention steps only": erased, an open erasure
 * request, or taking part (PROGRAMME_PROCESSING) withdrawn as their latest word. `alias` is the
 * job_seeker table's alias. Matching, shortlists and proposals leave such a person out.
 */
export const isHeldForErasureSql = (alias: string) => `(
  ${alias}.erased_at is not null
  or exists(select 1 from erasure_request er where er.job_seeker_id = ${alias}.id and er.status in ('REQUESTED', 'NOT_YET'))
  or coalesce((select not pp.given from consent_record pp
                where pp.job_seeker_id = ${alias}.id and pp.purpose = 'PROGRAMME_PROCESSING'
                order by pp.recorded_at desc, pp.id desc limit 1), false))`;

/** Whether one person is held for erasure and retention only (see isHeldForErasureSql). */
export async function isHeldForErasure(em: EntityManager, jobSeekerId: string): Promise<boolean> {
  const [row] = await rawQuery<{ held: boolean }>(
    em,
    `select ${isHeldForErasureSql('js')} as held from job_seeker js where js.id = ?`,
    [jobSeekerId],
  );
  return row?.held === true;
}

/** Of `ids`, the people held for erasure and retention only. */
export async function heldForErasure(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await rawQuery<{ id: string }>(
    em,
    `select js.id from job_seeker js where js.id = any(?::uuid[]) and ${isHeldForErasureSql('js')}`,
    [`{${ids.join(',')}}`],
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * Refuses to start something new (an invitation, a shortlist place, a proposal) for a person held for
 * erasure only: 422 on `jobSeekerId`, so the form shows it at the person's field.
 */
export async function assertTakesPart(em: EntityManager, jobSeekerId: string): Promise<void> {
  if (await isHeldForErasure(em, jobSeekerId)) {
    throw validationError([
      {
        path: ['jobSeekerId'],
        message: say({
          nl: 'Deze persoon wil stoppen of doet niet meer mee. Er start niets nieuws meer.',
          en: 'This person is leaving the programme.',
        }),
      },
    ]);
  }
}
