import { type EntityManager, type FilterQuery, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import { rawQuery } from '../../db/raw-query';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { conflict } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { jobSeekerScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { jobContext } from '../jobs/job-context';
import type { JobSummary } from '../jobs/run-job';
import { queueMail } from '../mail/outbox.service';
import { addMonths } from '../placements/placement-rules';
import { addDays, programmeToday } from '../readiness/review-dates';
import { erasePerson, erasureBlockers } from './erase';
import { ErasureRequest, openErasureStatuses, RetentionNotice } from './erasure.entity';
import { retentionMail } from './retention-mail';
import { DEFAULT_RETENTION_MONTHS, RETENTION_NOTICE_DAYS, retentionStep } from './retention-rules';

/**
 * Activity: anything recorded by or for the person — registration and changes to the record, a
 * consent, an assessment saved, a segment decision, a reaction, a handover, a step in the hiring
 * pipeline, a Meet & Greet invitation or answer, a trajectory and its progress, a placement and its
 * conversations, the person signing in to Mijn gegevens, and the lifecoach saying the person still
 * takes part. Reading the record is not activity: looking does not keep data.
 */
export const LAST_ACTIVITY_SQL = `greatest(
    js.created_at, js.updated_at,
    (select max(x.recorded_at) from consent_record x where x.job_seeker_id = js.id),
    (select max(x.updated_at) from assessment x where x.job_seeker_id = js.id),
    (select max(x.decided_at) from segment_decision x where x.job_seeker_id = js.id),
    (select max(greatest(x.written_at, x.answered_at)) from segment_reaction x where x.job_seeker_id = js.id),
    (select max(x.started_at) from lifecoach_assignment x where x.job_seeker_id = js.id),
    (select max(greatest(x.last_moved_at, x.person_agreed_at)) from candidacy x where x.job_seeker_id = js.id),
    (select max(greatest(x.invited_at, x.responded_at)) from meet_and_greet_participant x where x.job_seeker_id = js.id),
    (select max(x.updated_at) from trajectory_placement x where x.job_seeker_id = js.id),
    (select max(e.recorded_at) from trajectory_progress_entry e join trajectory_placement x on x.id = e.placement_id
      where x.job_seeker_id = js.id),
    (select max(x.updated_at) from placement x where x.job_seeker_id = js.id),
    (select max(c.recorded_at) from placement_check_in c join placement x on x.id = c.placement_id
      where x.job_seeker_id = js.id),
    (select max(s.last_seen_at) from web_session s join app_user u on u.id = s.user_id where u.job_seeker_id = js.id),
    (select max(x.kept_at) from retention_notice x where x.job_seeker_id = js.id))`;

type Candidate = {
  id: string;
  email: string | null;
  full_name: string;
  account_id: string | null;
  last_activity_on: string;
};

export type RetentionOptions = {
  months?: number | undefined;
  publicBaseUrl: string;
};

/**
 * The daily job: people whose last activity lies `months` back (less 30 days) are told 30 days
 * ahead — through their lifecoach's Today list and, with an address, by e-mail — and anonymised on
 * the day, as an erasure is (src/modules/erasure/erase.ts). What an ongoing placement needs is kept:
 * such a person is left for later. Safe to run twice: a notice is unique per person and activity
 * day, an e-mail per notice, and an anonymisation re-checks the person under a lock.
 */
export async function runDataRetention(
  em: EntityManager,
  now: Date,
  options: RetentionOptions,
): Promise<JobSummary> {
  const months = options.months ?? DEFAULT_RETENTION_MONTHS;
  const today = programmeToday(now);
  const summary = { notified: 0, mailed: 0, anonymised: 0, waitingForPlacement: 0, cancelled: 0 };

  // A notice whose person did something since no longer counts.
  const cancelled = await rawQuery<{ id: string }>(
    em,
    `update retention_notice n set cancelled_at = ?::timestamptz, version = n.version + 1
       from job_seeker js
      where js.id = n.job_seeker_id and n.cancelled_at is null and n.anonymised_at is null and n.kept_at is null
        and to_char(${LAST_ACTIVITY_SQL} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') > n.last_activity_on
      returning n.id`,
    [now.toISOString()],
  );
  summary.cancelled = cancelled.length;

  // Everyone whose notice day has come (the exact rule per person is retentionStep's).
  // A loose bound (months are uneven); retentionStep decides exactly.
  const latestDay = addDays(addMonths(today, -months), RETENTION_NOTICE_DAYS + 1);
  const candidates = await rawQuery<Candidate>(
    em,
    `select * from (
       select js.id, js.email, js.full_name, u.id as account_id,
              to_char(${LAST_ACTIVITY_SQL} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as last_activity_on
         from job_seeker js left join app_user u on u.job_seeker_id = js.id
        where js.erased_at is null) c
      where c.last_activity_on <= ? order by c.last_activity_on, c.id`,
    [latestDay],
  );

  for (const candidate of candidates) {
    const notice = await em.fork().findOne(RetentionNotice, {
      jobSeeker: candidate.id,
      lastActivityOn: candidate.last_activity_on,
    });
    if (notice && (notice.cancelledAt || notice.keptAt || notice.anonymisedAt)) continue;
    const step = retentionStep({ today, lastActivityOn: candidate.last_activity_on, months, notice });
    if (step.step === 'NOTIFY') {
      const outcome = await notify(em, now, candidate, step.anonymiseOn, options.publicBaseUrl);
      if (outcome.notified) summary.notified++;
      if (outcome.mailed) summary.mailed++;
    } else if (step.step === 'ANONYMISE' && notice) {
      const outcome = await anonymise(em, now, candidate, notice.id);
      if (outcome === 'ANONYMISED') summary.anonymised++;
      if (outcome === 'WAITS') summary.waitingForPlacement++;
    }
  }
  return summary;
}

async function notify(
  em: EntityManager,
  now: Date,
  candidate: Candidate,
  anonymiseOn: string,
  publicBaseUrl: string,
): Promise<{ notified: boolean; mailed: boolean }> {
  return em.fork().transactional(async (tx) => {
    const mailed = Boolean(candidate.email);
    const inserted = await rawQuery<{ id: string }>(
      tx,
      `insert into retention_notice (id, job_seeker_id, last_activity_on, anonymise_on, notified_at, mailed, version)
       values (?, ?, ?, ?, ?::timestamptz, ?, 1)
       on conflict (job_seeker_id, last_activity_on) do nothing returning id`,
      [crypto.randomUUID(), candidate.id, candidate.last_activity_on, anonymiseOn, now.toISOString(), mailed],
    );
    const noticeId = inserted[0]?.id;
    if (!noticeId) return { notified: false, mailed: false };
    if (candidate.email) {
      await queueMail(
        tx,
        {
          dedupeKey: `data-retention:${candidate.id}:${candidate.last_activity_on}`,
          kind: 'DATA_RETENTION',
          recipientUserId: candidate.account_id,
          to: candidate.email,
          ...retentionMail({ fullName: candidate.full_name, anonymiseOn, baseUrl: publicBaseUrl }),
        },
        now,
      );
    }
    const ctx = jobContext(tx, now, `job:data-retention:${programmeToday(now)}`);
    recordAudit(ctx, {
      action: 'retention_notice.created',
      entityType: 'job_seeker',
      entityId: candidate.id,
      fields: mailed ? ['notice', 'mail'] : ['notice'],
    });
    await tx.flush();
    return { notified: true, mailed };
  });
}

async function anonymise(
  em: EntityManager,
  now: Date,
  candidate: Candidate,
  noticeId: string,
): Promise<'ANONYMISED' | 'WAITS' | 'SKIPPED'> {
  return em.fork().transactional(async (tx) => {
    const ctx = jobContext(tx, now, `job:data-retention:${programmeToday(now)}`);
    const person = await tx.findOne(JobSeeker, candidate.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const notice = await tx.findOne(RetentionNotice, noticeId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // Another process got here first, or something happened in the meantime.
    if (!person || person.erasedAt || !notice || notice.anonymisedAt || notice.cancelledAt || notice.keptAt) {
      return 'SKIPPED';
    }
    const [current] = await rawQuery<{ last_activity_on: string }>(
      tx,
      `select to_char(${LAST_ACTIVITY_SQL} at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as last_activity_on
         from job_seeker js where js.id = ?`,
      [candidate.id],
    );
    if (current?.last_activity_on !== notice.lastActivityOn) return 'SKIPPED';
    if ((await erasureBlockers(ctx, candidate.id)).length) return 'WAITS';
    const open = await tx.findOne(ErasureRequest, {
      jobSeeker: candidate.id,
      status: { $in: [...openErasureStatuses] },
    });
    const request =
      open ??
      tx.create(ErasureRequest, {
        jobSeeker: person,
        origin: 'RETENTION',
        status: 'ERASED',
        requestedAt: now,
        requestedByUserId: ctx.actor.userId,
        notYetReason: null,
        decidedAt: null,
        decidedByUserId: null,
        erasedAt: null,
      });
    request.status = 'ERASED';
    request.decidedAt = now;
    request.decidedByUserId = ctx.actor.userId;
    request.erasedAt = now;
    notice.anonymisedAt = now;
    await tx.flush();
    await erasePerson(ctx, candidate.id);
    return 'ANONYMISED';
  });
}

// The lifecoach's side: the notices of their caseload in Today, and "still taking part".

export type RetentionNoticeView = {
  id: string;
  jobSeekerId: string;
  fullName: string;
  lastActivityOn: string;
  anonymiseOn: string;
  notifiedAt: string;
  mailed: boolean;
  version: number;
};

/** Notices still open, of the people in the actor's scope. */
export const openRetentionNoticesWhere = (ctx: RequestContext): FilterQuery<RetentionNotice> => ({
  keptAt: null,
  cancelledAt: null,
  anonymisedAt: null,
  jobSeeker: jobSeekerScope(ctx.actor),
});

export const openRetentionNoticesProbe = (ctx: RequestContext) =>
  probe(RetentionNotice, openRetentionNoticesWhere(ctx));

const toNoticeView = (notice: RetentionNotice): RetentionNoticeView => ({
  id: notice.id,
  jobSeekerId: notice.jobSeeker.id,
  fullName: notice.jobSeeker.fullName,
  lastActivityOn: notice.lastActivityOn,
  anonymiseOn: notice.anonymiseOn,
  notifiedAt: notice.notifiedAt.toISOString(),
  mailed: notice.mailed,
  version: notice.version,
});

/** Open notices of the lifecoach's caseload (programme staff: everyone's), soonest first. Audited per person. */
export async function listRetentionNotices(
  ctx: RequestContext,
  query: PageQuery,
): Promise<Page<RetentionNoticeView>> {
  assertCan(ctx.actor, Permission.RequestErasureFor);
  const page = await findPage(
    ctx.em,
    RetentionNotice,
    openRetentionNoticesWhere(ctx),
    query,
    { anonymiseOn: 'asc' },
    ['jobSeeker'],
  );
  for (const notice of page.items) {
    recordAudit(ctx, {
      action: 'retention_notice.listed',
      entityType: 'job_seeker',
      entityId: notice.jobSeeker.id,
    });
  }
  if (page.items.length) await ctx.em.flush();
  return { items: page.items.map(toNoticeView), nextCursor: page.nextCursor };
}

/**
 * The lifecoach is still in touch: the person takes part, which counts as activity from today; the
 * notice is done. Once: a second time is 409.
 */
export async function keepTakingPart(
  ctx: RequestContext,
  noticeId: string,
  input: { version: number },
): Promise<RetentionNoticeView> {
  assertCan(ctx.actor, Permission.RequestErasureFor);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const notice = await findInScope(
      em,
      RetentionNotice,
      noticeId,
      { jobSeeker: jobSeekerScope(ctx.actor) },
      { nl: 'Deze melding', en: 'Retention notice' },
      ['jobSeeker'],
    );
    assertVersion(notice, input.version);
    if (notice.keptAt || notice.cancelledAt || notice.anonymisedAt) {
      throw conflict(
        say({ nl: 'Deze melding is al afgehandeld.', en: 'This notice has been dealt with already.' }),
      );
    }
    notice.keptAt = ctx.now;
    notice.keptByUserId = ctx.actor.userId;
    recordAudit(tx, {
      action: 'retention_notice.kept',
      entityType: 'job_seeker',
      entityId: notice.jobSeeker.id,
      fields: ['keptAt'],
    });
    await em.flush();
    return toNoticeView(notice);
  });
}
