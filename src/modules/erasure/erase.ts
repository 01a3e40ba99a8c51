import { rawQuery } from '../../db/raw-query';
import type { RequestContext } from '../../http/context';
import { recordAudit } from '../audit/audit.service';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { RUNNING_STATUSES } from '../placements/placement-rules';

/** What the person's record shows after the erasure, instead of a name. */
export const ERASED_NAME = 'Gewist';

/** 2026-03-17 → 2026-03-01: a date kept for reports, rounded to the month. Pure. */
export const roundDateToMonth = (date: string): string => `${date.slice(0, 7)}-01`;

/** The first moment of the month (UTC) a moment falls in. Pure. */
export const roundMomentToMonth = (moment: Date): Date =>
  new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), 1));

/** Why an erasure has to wait: data that must be kept for now, in plain words. */
export type ErasureBlocker = { code: 'ONGOING_PLACEMENT'; placementId: string; messageNl: string };

/**
 * What must be kept for an active contract: a placement that is being set up or running (the
 * employment contract, the follow-up the employer and the programme agreed). Erasure waits for it.
 */
export async function erasureBlockers(ctx: RequestContext, jobSeekerId: string): Promise<ErasureBlocker[]> {
  const rows = await rawQuery<{ id: string }>(
    ctx.em,
    `select id from placement where job_seeker_id = ? and status in (${RUNNING_STATUSES.map(() => '?').join(', ')})
     order by created_at, id`,
    [jobSeekerId, ...RUNNING_STATUSES],
  );
  return rows.map((row) => ({
    code: 'ONGOING_PLACEMENT',
    placementId: row.id,
    messageNl:
      'Deze persoon werkt nog via een plaatsing. Het contract en de begeleiding lopen nog. Wissen kan pas als de plaatsing is afgesloten.',
  }));
}

/**
 * Erases a person inside the caller's transaction: name, contact details, date of birth, address,
 * free texts and evidence are removed or overwritten; the rows reports count keep only the segment,
 * dates rounded to the month and outcomes; the person's account is switched off, its sessions,
 * sign-in links and codes end; mails to the person are emptied; matching forgets the person on its
 * next request. The audit log is not touched: it holds ids only. The caller checked the blockers.
 */
export async function erasePerson(tx: RequestContext, jobSeekerId: string): Promise<void> {
  const { em } = tx;
  const now = tx.now.toISOString();
  const run = (sql: string, params: readonly unknown[] = []) => rawQuery(em, sql, params);
  const [person] = await run(`select email from job_seeker where id = ?`, [jobSeekerId]);
  const email = (person as { email: string | null } | undefined)?.email ?? null;
  const accounts = await rawQuery<{ id: string }>(em, `select id from app_user where job_seeker_id = ?`, [
    jobSeekerId,
  ]);
  const accountIds = accounts.map((account) => account.id);

  // The person: name, contact details, address, date of birth (to the month, for the age band of the
  // fairness report), qualifications. The segment stays; the registration date is rounded.
  await run(
    `update job_seeker set full_name = ?, name_key = ?, phone = '', email = null, postcode = '0000',
       postcode_full = null,
       date_of_birth = case when date_of_birth is null then null else substr(date_of_birth, 1, 7) || '-01' end,
       legal_qualifications = '[]'::jsonb, preferred_language = 'nl', segment_review_date = null,
       created_at = date_trunc('month', created_at at time zone 'UTC') at time zone 'UTC',
       erased_at = ?::timestamptz, updated_at = ?::timestamptz, version = version + 1
     where id = ?`,
    [ERASED_NAME, `gewist ${jobSeekerId}`, now, now, jobSeekerId],
  );
  // Free texts and evidence; referrals to outside help (debts, care, housing) go altogether.
  await run(`delete from outside_help_referral where job_seeker_id = ?`, [jobSeekerId]);
  await run(`update job_seeker set how_to_reach = null where id = ?`, [jobSeekerId]);
  await run(`update lifecoach_assignment set handover_note = null where job_seeker_id = ?`, [jobSeekerId]);
  await run(
    `update assessment set answers = '{}'::jsonb, evidence = '[]'::jsonb, red_phase_note = null where job_seeker_id = ?`,
    [jobSeekerId],
  );
  await run(
    `update talent_profile set profile = '{}'::jsonb, support_needs = '[]'::jsonb where job_seeker_id = ?`,
    [jobSeekerId],
  );
  await run(`update segment_decision set override_justification = null where job_seeker_id = ?`, [
    jobSeekerId,
  ]);
  await run(`delete from segment_reaction where job_seeker_id = ?`, [jobSeekerId]);
  await run(`delete from preparation_plan where job_seeker_id = ?`, [jobSeekerId]);
  await run(
    `update trajectory_placement set handover_note = '', override_justification = null, decline_reason = null,
       withdraw_reason = null, finish_reason = null where job_seeker_id = ?`,
    [jobSeekerId],
  );
  await run(
    `update trajectory_progress_entry set note = null, observations = null
     where placement_id in (select id from trajectory_placement where job_seeker_id = ?)`,
    [jobSeekerId],
  );
  await run(`update shortlist_entry set add_reason = null, wish_note = null where job_seeker_id = ?`, [
    jobSeekerId,
  ]);
  await run(
    `update interview_invitation set message = null
     where candidacy_id in (select id from candidacy where job_seeker_id = ?)`,
    [jobSeekerId],
  );
  // The hiring pipeline and placements: what reports count stays (steps, reasons as codes, outcomes),
  // with dates rounded to the month; notes go.
  await run(
    `update candidacy_transition set note = null,
       occurred_at = date_trunc('month', occurred_at at time zone 'UTC') at time zone 'UTC'
     where candidacy_id in (select id from candidacy where job_seeker_id = ?)`,
    [jobSeekerId],
  );
  await run(
    `update candidacy set person_agreed_at = null,
       created_at = date_trunc('month', created_at at time zone 'UTC') at time zone 'UTC',
       last_moved_at = date_trunc('month', last_moved_at at time zone 'UTC') at time zone 'UTC'
     where job_seeker_id = ?`,
    [jobSeekerId],
  );
  const placements = `select id from placement where job_seeker_id = ?`;
  await run(`delete from onboarding_plan_comment where placement_id in (${placements})`, [jobSeekerId]);
  await run(`delete from onboarding_plan_item where placement_id in (${placements})`, [jobSeekerId]);
  await run(`delete from placement_support_note where placement_id in (${placements})`, [jobSeekerId]);
  await run(`delete from money_checklist_item where placement_id in (${placements})`, [jobSeekerId]);
  await run(
    `update placement_check_in set report = '', how_its_going = '', agreed_actions = '[]'::jsonb,
       money_worries = false,
       date = substr(date, 1, 7) || '-01'
     where placement_id in (${placements})`,
    [jobSeekerId],
  );
  await run(`update placement_hours_change set reason = '' where placement_id in (${placements})`, [
    jobSeekerId,
  ]);
  await run(
    `update placement set end_note = null, absences = '[]'::jsonb,
       start_date = case when start_date is null then null else substr(start_date, 1, 7) || '-01' end,
       end_date = case when end_date is null then null else substr(end_date, 1, 7) || '-01' end,
       converted_on = case when converted_on is null then null else substr(converted_on, 1, 7) || '-01' end
     where job_seeker_id = ?`,
    [jobSeekerId],
  );
  // Mails to the person: nothing of them is kept but the fact that a mail was there.
  await run(
    `update mail_delivery set to_address = 'gewist@gewist.invalid', subject = '', text = '', html = '',
       headers = '{}'::jsonb, attachments = '[]'::jsonb,
       state = case when state in ('PENDING', 'RETRY') then 'FAILED' else state end,
       last_error = case when state in ('PENDING', 'RETRY') then 'gewist' else last_error end
     where (recipient_user_id is not null and recipient_user_id = any(?::uuid[]))
        or (?::text is not null and lower(to_address) = lower(?::text))
        or id in (select mail_delivery_id from meet_and_greet_agenda_mail where job_seeker_id = ? and mail_delivery_id is not null)`,
    [`{${accountIds.join(',')}}`, email, email, jobSeekerId],
  );
  await run(
    `update meet_and_greet_agenda_mail set to_address = 'gewist@gewist.invalid' where job_seeker_id = ?`,
    [jobSeekerId],
  );
  await run(`update erasure_request set not_yet_reason = null where job_seeker_id = ?`, [jobSeekerId]);
  // The person's own account: switched off, renamed, every way in ended.
  if (accountIds.length) {
    const ids = `{${accountIds.join(',')}}`;
    await run(
      `update app_user set display_name = ?, email = 'gewist-' || id || '@gewist.invalid', active = false,
         updated_at = ?::timestamptz, version = version + 1
       where id = any(?::uuid[])`,
      [ERASED_NAME, now, ids],
    );
    await run(
      `update web_session set ended_at = ?::timestamptz, end_reason = 'USER_DEACTIVATED'
       where user_id = any(?::uuid[]) and ended_at is null`,
      [now, ids],
    );
    await run(
      `update sign_in_link set expires_at = ?::timestamptz where user_id = any(?::uuid[]) and used_at is null and expires_at > ?::timestamptz`,
      [now, ids, now],
    );
    await run(
      `update sign_in_code set ended_at = ?::timestamptz where user_id = any(?::uuid[]) and used_at is null and ended_at is null`,
      [now, ids],
    );
    await run(
      `update api_token set revoked_at = ?::timestamptz where user_id = any(?::uuid[]) and revoked_at is null`,
      [now, ids],
    );
  }
  markMatchingInputChanged(em, jobSeekerId);
  recordAudit(tx, {
    action: 'job_seeker.erased',
    entityType: 'job_seeker',
    entityId: jobSeekerId,
  });
  await em.flush();
}
