import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';

/** What an erased person's name reads as everywhere it is still shown. */
export const ERASED_NAME = 'Verwijderd';

/** Placements that still run a contract: erasure waits until they have ended. */
export const ONGOING_PLACEMENT_STATUSES = ['DRAFT', 'ACTIVE'] as const;

/** Whether a person has a placement whose contract still runs (see ONGOING_PLACEMENT_STATUSES). */
export async function hasOngoingPlacement(em: EntityManager, jobSeekerId: string): Promise<boolean> {
  const rows = await rawQuery<{ n: number }>(
    em,
    `select count(*)::int as n from placement where job_seeker_id = ? and status in ('DRAFT', 'ACTIVE')`,
    [jobSeekerId],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * The statements that erase one person, in order. Each takes the job seeker's id as its only `?`
 * parameters (as many as it has). What stays is what reports count and what cannot identify anyone:
 * segments, outcomes, statuses, and dates rounded to the first of their month.
 */
const monthOfDate = (column: string) =>
  `case when ${column} is null then null else substr(${column}, 1, 7) || '-01' end`;

const ERASE_STATEMENTS: readonly string[] = [
  // The person's own account: no more sign-in, nothing to reach them by.
  `update web_session set ended_at = coalesce(ended_at, now()), end_reason = coalesce(end_reason, 'USER_DEACTIVATED')
     where user_id in (select id from app_user where job_seeker_id = ?)`,
  `update sign_in_link set used_at = coalesce(used_at, now()), expires_at = least(expires_at, now())
     where user_id in (select id from app_user where job_seeker_id = ?)`,
  `update sign_in_code set ended_at = coalesce(ended_at, now()), expires_at = least(expires_at, now())
     where user_id in (select id from app_user where job_seeker_id = ?)`,
  `update api_token set revoked_at = coalesce(revoked_at, now())
     where user_id in (select id from app_user where job_seeker_id = ?)`,
  // Mails to the person lose address and content.
  `update mail_delivery set to_address = 'verwijderd@verwijderd.invalid', subject = '${ERASED_NAME}', text = '',
       html = '', headers = '{}'::jsonb, attachments = '[]'::jsonb,
       state = case when state in ('PENDING', 'RETRY') then 'FAILED' else state end
     where recipient_user_id in (select id from app_user where job_seeker_id = ?)
        or lower(to_address) = (select lower(email) from job_seeker where id = ?)`,
  `update app_user set display_name = '${ERASED_NAME}', email = 'verwijderd-' || id || '@verwijderd.invalid',
       active = false, version = version + 1
     where job_seeker_id = ?`,
  // Free texts and evidence about the person.
  `update lifecoach_assignment set handover_note = null where job_seeker_id = ?`,
  `update assessment set answers = '{}'::jsonb, evidence = '[]'::jsonb, red_phase_note = null,
       version = version + 1 where job_seeker_id = ?`,
  `update talent_profile set profile = '{}'::jsonb, support_needs = '{}'::jsonb where job_seeker_id = ?`,
  `update segment_decision set reasons = '[]'::jsonb, to_move_up = '[]'::jsonb, override_justification = null,
       decided_at = date_trunc('month', decided_at), superseded_at = date_trunc('month', superseded_at),
       review_date = ${monthOfDate('review_date')}
     where job_seeker_id = ?`,
  `update candidacy_transition set note = null where candidacy_id in (select id from candidacy where job_seeker_id = ?)`,
  `update interview_invitation set message = null where candidacy_id in (select id from candidacy where job_seeker_id = ?)`,
  `update shortlist_entry set add_reason = null, wish_note = null where job_seeker_id = ?`,
  `update trajectory_placement set handover_note = '', override_justification = null, decline_reason = null,
       withdraw_reason = null, finish_reason = null,
       start_date = ${monthOfDate('start_date')}, actual_start_date = ${monthOfDate('actual_start_date')},
       finished_on = ${monthOfDate('finished_on')}
     where job_seeker_id = ?`,
  `update trajectory_progress_entry set note = null, observations = null
     where placement_id in (select id from trajectory_placement where job_seeker_id = ?)`,
  `update placement set end_note = null, absences = '[]'::jsonb,
       start_date = ${monthOfDate('start_date')}, end_date = ${monthOfDate('end_date')},
       converted_on = ${monthOfDate('converted_on')}, version = version + 1
     where job_seeker_id = ?`,
  `update placement_hours_change set reason = '' where placement_id in (select id from placement where job_seeker_id = ?)`,
  `update placement_check_in set report = '', agreed_actions = '[]'::jsonb
     where placement_id in (select id from placement where job_seeker_id = ?)`,
  `update placement_support_note set note = '' where placement_id in (select id from placement where job_seeker_id = ?)`,
  `update onboarding_plan_item set title = '${ERASED_NAME}', description = null, version = version + 1
     where placement_id in (select id from placement where job_seeker_id = ?)`,
  `update onboarding_plan_comment set text = '' where placement_id in (select id from placement where job_seeker_id = ?)`,
  // Last: the registration itself. Segment and the month of registration stay for the reports.
  `update job_seeker set full_name = '${ERASED_NAME}', name_key = 'verwijderd', phone = '', email = null,
       postcode = '', postcode_full = null, date_of_birth = null, legal_qualifications = '[]'::jsonb,
       preferred_language = 'nl', segment_review_date = ${monthOfDate('segment_review_date')},
       created_at = date_trunc('month', created_at), retention_notice_at = null, version = version + 1
     where id = ?`,
];

/**
 * Erases one person inside the caller's transaction: name, contact details, date of birth,
 * address, free texts and evidence are overwritten; the person's sessions, sign-in links and codes
 * end; mails that name the person lose the name. Audit entries keep their ids (they hold no
 * personal data). The caller has locked the job seeker and checked hasOngoingPlacement.
 */
export async function erasePersonData(
  em: EntityManager,
  jobSeekerId: string,
  fullName: string,
  now: Date,
): Promise<void> {
  if (!em.isInTransaction()) throw new Error('erasePersonData runs inside a transaction');
  // Mails to others (a lifecoach's daily overview) that name the person: the name is replaced.
  if (fullName.trim().length >= 3 && fullName !== ERASED_NAME) {
    await rawQuery(
      em,
      `update mail_delivery set subject = replace(subject, ?, '[naam verwijderd]'),
         text = replace(text, ?, '[naam verwijderd]'), html = replace(html, ?, '[naam verwijderd]')
       where strpos(text, ?) > 0 or strpos(html, ?) > 0 or strpos(subject, ?) > 0`,
      [fullName, fullName, fullName, fullName, fullName, fullName],
    );
  }
  for (const statement of ERASE_STATEMENTS) {
    const count = statement.split('?').length - 1;
    await rawQuery(
      em,
      statement,
      Array.from({ length: count }, () => jobSeekerId),
    );
  }
  await rawQuery(em, `update job_seeker set erased_at = ?::timestamptz where id = ?`, [
    now.toISOString(),
    jobSeekerId,
  ]);
  // The matching index drops the person on its next refresh (the projection skips erased people).
  await rawQuery(em, `insert into matching_change (job_seeker_id, changed_at) values (?, now())`, [
    jobSeekerId,
  ]);
}
