import type { FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { type FieldError, notFound, validationError } from '../../http/problem';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { findJobSeekerInScope, jobSeekerScope } from '../job-seekers/job-seeker.access';
import { programmeToday } from '../readiness/review-dates';
import type {
  CreateOutsideHelpReferralInput,
  OutsideHelpArrivalInput,
  OutsideHelpCheckView,
  OutsideHelpReferralView,
} from './outside-help.schemas';
import { OutsideHelpReferral } from './outside-help-referral.entity';
import {
  arrivalCheckDue,
  daysPastCheck,
  defaultCheckOn,
  OUTSIDE_HELP_KIND_LABELS_NL,
  OUTSIDE_HELP_STATUS_LABELS_NL,
} from './outside-help-rules';

const toView = (referral: OutsideHelpReferral, today: string): OutsideHelpReferralView => ({
  id: referral.id,
  jobSeekerId: referral.jobSeeker.id,
  kind: referral.kind,
  kindLabelNl: OUTSIDE_HELP_KIND_LABELS_NL[referral.kind],
  organisationName: referral.organisationName,
  contactName: referral.contactName,
  contactDetails: referral.contactDetails ?? null,
  referredOn: referral.referredOn,
  checkOn: referral.checkOn,
  note: referral.note ?? null,
  status: referral.status,
  statusLabelNl: OUTSIDE_HELP_STATUS_LABELS_NL[referral.status],
  arrivedOn: referral.arrivedOn ?? null,
  arrivalCheckDue: arrivalCheckDue(referral, today),
  referredByUserId: referral.referredByUserId,
  version: referral.version,
});

/** The referrals of people in the caller's scope (lifecoach: caseload; programme staff: all). */
const referralScope = (ctx: RequestContext): FilterQuery<OutsideHelpReferral> => ({
  jobSeeker: jobSeekerScope(ctx.actor),
});

/** The lifecoach records a referral to outside help for a person of their caseload (audited). */
export async function createOutsideHelpReferral(
  ctx: RequestContext,
  jobSeekerId: string,
  input: CreateOutsideHelpReferralInput,
): Promise<OutsideHelpReferralView> {
  assertCan(ctx.actor, Permission.RecordOutsideHelpReferrals);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const today = programmeToday(ctx.now);
  const errors: FieldError[] = [];
  if (input.referredOn > today) {
    errors.push({
      path: ['referredOn'],
      message: say({
        nl: 'De datum van de doorverwijzing ligt in de toekomst',
        en: 'The referral date is in the future',
      }),
    });
  }
  const checkOn = input.checkOn ?? defaultCheckOn(input.referredOn);
  if (checkOn < input.referredOn) {
    errors.push({
      path: ['checkOn'],
      message: say({
        nl: 'Kies een dag op of na de doorverwijzing',
        en: 'Choose a day on or after the referral',
      }),
    });
  }
  if (errors.length) throw validationError(errors);
  const referral = ctx.em.create(OutsideHelpReferral, {
    jobSeeker,
    kind: input.kind,
    organisationName: input.organisationName,
    contactName: input.contactName,
    contactDetails: input.contactDetails ?? null,
    referredOn: input.referredOn,
    checkOn,
    note: input.note ?? null,
    status: 'WAITING',
    arrivedOn: null,
    referredByUserId: ctx.actor.userId,
    checkedByUserId: null,
    checkedAt: null,
  });
  recordAudit(ctx, {
    action: 'outside_help_referral.created',
    entityType: 'outside_help_referral',
    entityId: referral.id,
    subjectId: jobSeeker.id,
    fields: [
      'kind',
      'organisationName',
      'contactName',
      'referredOn',
      'checkOn',
      ...(input.note ? ['note'] : []),
    ],
  });
  await ctx.em.flush();
  return toView(referral, today);
}

/** A person's referrals to outside help, newest first (lifecoach: caseload; programme staff; audited). */
export async function listOutsideHelpReferrals(
  ctx: RequestContext,
  jobSeekerId: string,
): Promise<{ items: OutsideHelpReferralView[] }> {
  assertCan(ctx.actor, Permission.ReadOutsideHelpReferrals);
  const jobSeeker = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const referrals = await ctx.em.find(
    OutsideHelpReferral,
    { jobSeeker },
    { orderBy: { referredOn: 'desc', createdAt: 'desc', id: 'asc' } },
  );
  recordAudit(ctx, {
    action: 'outside_help_referral.listed',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
  });
  await saveReadAudit(ctx);
  const today = programmeToday(ctx.now);
  return { items: referrals.map((referral) => toView(referral, today)) };
}

/** The lifecoach answers "did they arrive?": arrived, check again later, or it will not happen. */
export async function recordOutsideHelpArrival(
  ctx: RequestContext,
  referralId: string,
  input: OutsideHelpArrivalInput,
): Promise<OutsideHelpReferralView> {
  assertCan(ctx.actor, Permission.RecordOutsideHelpReferrals);
  const referral = await ctx.em.findOne(OutsideHelpReferral, {
    $and: [{ id: referralId }, referralScope(ctx)],
  });
  if (!referral) throw notFound({ nl: 'Deze verwijzing naar hulp', en: 'Outside help referral' });
  assertVersion(referral, input.version);
  const today = programmeToday(ctx.now);
  if (input.outcome === 'ARRIVED') {
    if (input.arrivedOn > today || input.arrivedOn < referral.referredOn) {
      throw validationError([
        {
          path: ['arrivedOn'],
          message: say({
            nl: 'Kies een dag tussen de doorverwijzing en vandaag',
            en: 'Choose a day between the referral and today',
          }),
        },
      ]);
    }
    referral.status = 'ARRIVED';
    referral.arrivedOn = input.arrivedOn;
  } else if (input.outcome === 'NOT_YET') {
    if (input.checkAgainOn <= today) {
      throw validationError([
        {
          path: ['checkAgainOn'],
          message: say({ nl: 'Kies een dag na vandaag', en: 'Choose a day after today' }),
        },
      ]);
    }
    referral.status = 'WAITING';
    referral.checkOn = input.checkAgainOn;
  } else {
    referral.status = 'NOT_GOING';
  }
  referral.checkedByUserId = ctx.actor.userId;
  referral.checkedAt = ctx.now;
  recordAudit(ctx, {
    action: 'outside_help_referral.checked',
    entityType: 'outside_help_referral',
    entityId: referral.id,
    subjectId: referral.jobSeeker.id,
    fields:
      input.outcome === 'ARRIVED'
        ? ['status', 'arrivedOn']
        : input.outcome === 'NOT_YET'
          ? ['checkOn']
          : ['status'],
  });
  await ctx.em.flush();
  return toView(referral, today);
}

/** Referrals whose check day has come without a confirmed arrival, in the caller's scope. */
export function outsideHelpChecksWhere(ctx: RequestContext): FilterQuery<OutsideHelpReferral> {
  return {
    $and: [{ status: 'WAITING', checkOn: { $lte: programmeToday(ctx.now) } }, referralScope(ctx)],
  };
}

export const outsideHelpChecksProbe = (ctx: RequestContext) =>
  probe(OutsideHelpReferral, outsideHelpChecksWhere(ctx));

/** "Did they arrive?" for outside help: oldest check day first (lifecoach: caseload; programme: all; audited). */
export async function listOutsideHelpChecks(
  ctx: RequestContext,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<OutsideHelpCheckView>> {
  assertCan(ctx.actor, Permission.ReadOutsideHelpReferrals);
  const today = programmeToday(ctx.now);
  const page = await findPage(
    ctx.em,
    OutsideHelpReferral,
    outsideHelpChecksWhere(ctx),
    query,
    { checkOn: 'asc' },
    ['jobSeeker.responsibleLifecoach'],
  );
  for (const referral of page.items) {
    recordAudit(ctx, {
      action: 'outside_help_referral.listed',
      entityType: 'job_seeker',
      entityId: referral.jobSeeker.id,
    });
  }
  await saveReadAudit(ctx);
  return {
    items: page.items.map((referral) => {
      const lifecoach = referral.jobSeeker.responsibleLifecoach;
      return {
        referralId: referral.id,
        jobSeekerId: referral.jobSeeker.id,
        fullName: referral.jobSeeker.fullName,
        kind: referral.kind,
        kindLabelNl: OUTSIDE_HELP_KIND_LABELS_NL[referral.kind],
        organisationName: referral.organisationName,
        contactName: referral.contactName,
        referredOn: referral.referredOn,
        checkOn: referral.checkOn,
        daysPastCheck: daysPastCheck(referral.checkOn, today),
        lifecoach: { id: lifecoach.id, displayName: lifecoach.displayName },
      };
    }),
    nextCursor: page.nextCursor,
  };
}
