import { LockMode } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';
import type { RequestContext } from '../../http/context';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { jobContext } from '../jobs/job-context';
import type { JobDependencies } from '../jobs/job-dependencies';
import { queueMail } from '../mail/outbox.service';
import { renderMail } from '../notifications/mail-layout';
import { eraseLockedPerson, openErasureRequest } from './erasure.service';

export const DEFAULT_RETENTION_MONTHS = 24;
/** How long before anonymising the person and their lifecoach are told. */
export const NOTICE_DAYS = 30;
const DAY = 86_400_000;

/** `date` plus whole months (UTC), the day clamped to the month's end: 31 Jan + 1 month = 28/29 Feb. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
  return target;
}

/**
 * The last activity of every person not yet erased: the latest of registration and changes to it,
 * assessments, segment decisions, consents, candidacies, placements and their check-ins,
 * trajectories and their progress, Meet & Greet invitations and answers, and the person's own
 * sign-ins. Greatest() skips nulls.
 */
const LAST_ACTIVITY = `
  select js.id, js.email, js.retention_notice_at,
    greatest(js.created_at, js.updated_at,
      (select max(greatest(a.started_at, a.completed_at)) from assessment a where a.job_seeker_id = js.id),
      (select max(d.decided_at) from segment_decision d where d.job_seeker_id = js.id),
      (select max(c.recorded_at) from consent_record c where c.job_seeker_id = js.id),
      (select max(c.last_moved_at) from candidacy c where c.job_seeker_id = js.id),
      (select max(greatest(p.created_at, p.started_at, p.end_date::timestamptz)) from placement p
        where p.job_seeker_id = js.id),
      (select max(ci.recorded_at) from placement_check_in ci join placement p on p.id = ci.placement_id
        where p.job_seeker_id = js.id),
      (select max(greatest(t.proposed_at, t.decided_at)) from trajectory_placement t where t.job_seeker_id = js.id),
      (select max(e.recorded_at) from trajectory_progress_entry e
        join trajectory_placement t on t.id = e.placement_id where t.job_seeker_id = js.id),
      (select max(greatest(m.invited_at, m.responded_at)) from meet_and_greet_participant m
        where m.job_seeker_id = js.id),
      (select max(s.last_seen_at) from web_session s join app_user u on u.id = s.user_id
        where u.job_seeker_id = js.id)
    ) as last_activity,
    exists(select 1 from placement p where p.job_seeker_id = js.id and p.status in ('DRAFT', 'ACTIVE')) as ongoing
  from job_seeker js
  where js.erased_at is null`;

type ActivityRow = {
  id: string;
  email: string | null;
  retention_notice_at: Date | string | null;
  last_activity: Date | string;
  ongoing: boolean;
};

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));

export type RetentionSummary = {
  notified: number;
  mailed: number;
  anonymised: number;
  waiting: number;
  cleared: number;
};

function noticeMail(to: string, erasesOn: Date) {
  const day = erasesOn.toLocaleDateString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
  const { text, html } = renderMail({
    blocks: [
      'Hallo,',
      `We hebben al lang niets van je gehoord bij Warm Rotterdam Werkt. Daarom wissen we op ${day} je naam, je contactgegevens en wat je ons vertelde.`,
      'Wil je blijven meedoen? Log in bij Mijn gegevens, of bel of mail je lifecoach. Dan wissen we niets.',
      'Wil je stoppen? Dan hoef je niets te doen.',
    ],
    footer: ['Je krijgt deze e-mail één keer, omdat je meedoet met Warm Rotterdam Werkt.'],
  });
  return { to, subject: 'We wissen binnenkort je gegevens', text, html };
}

/**
 * The daily retention step. For each person without activity for the period (RETENTION_INACTIVE_MONTHS):
 * 30 days ahead, a notice (the lifecoach's Today list, and a mail when there is an address); then,
 * on the day (never sooner than 30 days after the notice), the erasure of erase-person.ts. Activity
 * after a notice withdraws it. Every step is a conditional write on the person's row inside its own
 * transaction, so a second process (or a second run) finds nothing left to do.
 */
export async function runRetention(deps: JobDependencies, now: Date): Promise<RetentionSummary> {
  const months = deps.retentionInactiveMonths ?? DEFAULT_RETENTION_MONTHS;
  const summary: RetentionSummary = { notified: 0, mailed: 0, anonymised: 0, waiting: 0, cleared: 0 };
  const em = deps.orm.em.fork();
  // Only people whose notice day has come, or who hold a notice.
  const horizon = new Date(addMonths(now, -months).getTime() + NOTICE_DAYS * DAY);
  const rows = await rawQuery<ActivityRow>(
    em,
    `select * from (${LAST_ACTIVITY}) r where r.last_activity <= ?::timestamptz or r.retention_notice_at is not null
     order by r.id`,
    [horizon.toISOString()],
  );
  for (const row of rows) {
    const lastActivity = asDate(row.last_activity);
    const notice = row.retention_notice_at ? asDate(row.retention_notice_at) : null;
    const dueOn = addMonths(lastActivity, months);
    const noticeStands = notice !== null && notice >= lastActivity;
    if (notice && !noticeStands) {
      // The person was active again after the notice: it no longer stands.
      await rawQuery(
        em,
        `update job_seeker set retention_notice_at = null where id = ? and retention_notice_at = ?::timestamptz`,
        [row.id, notice.toISOString()],
      );
      summary.cleared++;
      continue;
    }
    if (row.ongoing) {
      summary.waiting++;
      continue;
    }
    if (!noticeStands) {
      if (now.getTime() < dueOn.getTime() - NOTICE_DAYS * DAY) continue;
      const mailed = await em.fork().transactional(async (tx) => {
        const won = await rawQuery<{ id: string }>(
          tx,
          `update job_seeker set retention_notice_at = ?::timestamptz
           where id = ? and erased_at is null and (retention_notice_at is null or retention_notice_at < ?::timestamptz)
           returning id`,
          [now.toISOString(), row.id, lastActivity.toISOString()],
        );
        if (won.length === 0) return null;
        if (!row.email) return false;
        const erasesOn = new Date(Math.max(dueOn.getTime(), now.getTime() + NOTICE_DAYS * DAY));
        return queueMail(
          tx,
          {
            ...noticeMail(row.email, erasesOn),
            dedupeKey: `retention-notice/${row.id}/${now.toISOString().slice(0, 10)}`,
            kind: 'RETENTION_NOTICE',
          },
          now,
        );
      });
      if (mailed === null) continue;
      summary.notified++;
      if (mailed) summary.mailed++;
      continue;
    }
    const erasesAt = Math.max(dueOn.getTime(), (notice as Date).getTime() + NOTICE_DAYS * DAY);
    if (now.getTime() < erasesAt) continue;
    const erased = await em.fork().transactional(async (tx) => {
      const ctx: RequestContext = jobContext(tx, now, `retention/${now.toISOString().slice(0, 10)}`);
      const jobSeeker = await tx.findOne(JobSeeker, { id: row.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!jobSeeker || jobSeeker.erasedAt || !jobSeeker.retentionNoticeAt) return false;
      if (jobSeeker.retentionNoticeAt.getTime() !== (notice as Date).getTime()) return false;
      const request = await openErasureRequest(tx, jobSeeker, 'RETENTION', ctx.actor.userId, now);
      await eraseLockedPerson(ctx, jobSeeker, request);
      return true;
    });
    if (erased) summary.anonymised++;
  }
  return summary;
}
