import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { conflict, validationError } from '../../http/problem';
import { instrumentVersion, type ReferenceData } from '../../reference/reference-data';
import { TalentProfileRecord } from '../assessments/assessment.entity';
import { type AuditAction, recordAudit, saveReadAudit } from '../audit/audit.service';
import { jobSeekerScope } from '../job-seekers/job-seeker.access';
import { JobSeeker, type ReadinessSegment } from '../job-seekers/job-seeker.entity';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { User } from '../users/user.entity';
import { addDays, daysBetween, programmeToday } from './review-dates';
import { SegmentDecision } from './segment-decision.entity';
import type {
  SegmentDecisionView,
  SegmentOverrideInput,
  SegmentReviewsQuery,
  SegmentReviewView,
} from './segment-decision.schemas';
import { SEGMENT_LABELS_NL, type SegmentReason } from './segmentation';

/** A review date may be set at most this far ahead: every judgement is looked at again. */
const MAX_REVIEW_DAYS_AHEAD = 365;

export function toSegmentDecisionView(
  decision: SegmentDecision,
  deciderNames: ReadonlyMap<string, string> = new Map(),
): SegmentDecisionView {
  return {
    id: decision.id,
    jobSeekerId: decision.jobSeeker.id,
    segment: decision.segment,
    segmentLabelNl: SEGMENT_LABELS_NL[decision.segment],
    computedSegment: decision.computedSegment,
    computedSegmentLabelNl: SEGMENT_LABELS_NL[decision.computedSegment],
    overridden: decision.overrideJustification !== null,
    overrideJustification: decision.overrideJustification ?? null,
    basis: decision.profile ? 'profile' : 'redPhase',
    profileId: decision.profile?.id ?? null,
    reasons: decision.reasons as SegmentReason[],
    toMoveUp: decision.toMoveUp,
    reviewDate: decision.reviewDate,
    decidedAt: decision.decidedAt.toISOString(),
    decidedBy: {
      userId: decision.decidedByUserId,
      displayName: deciderNames.get(decision.decidedByUserId) ?? null,
    },
    lifecoachUserId: decision.lifecoachUserId,
    current: !decision.supersededAt,
    supersededAt: decision.supersededAt?.toISOString() ?? null,
  };
}

/** Display names of the professionals who made these decisions (colleagues' names, not the person's). */
export async function deciderNamesOf(
  em: EntityManager,
  decisions: readonly SegmentDecision[],
): Promise<Map<string, string>> {
  const ids = [...new Set(decisions.map((decision) => decision.decidedByUserId))];
  if (ids.length === 0) return new Map();
  const users = await em.find(User, { id: { $in: ids } });
  return new Map(users.map((user) => [user.id, user.displayName]));
}

export const currentSegmentDecision = (em: EntityManager, jobSeekerId: string) =>
  em.findOne(SegmentDecision, { jobSeeker: jobSeekerId, supersededAt: null });

export type NewSegmentDecision = {
  profile: TalentProfileRecord | null;
  computedSegment: ReadinessSegment;
  segment: ReadinessSegment;
  reasons: SegmentReason[];
  toMoveUp: string[];
  reviewDate: string;
  overrideJustification: string | null;
};

/**
 * Adds a decision to the caller's unit of work: the current one is superseded, the job seeker's
 * segment and review date follow the new one. The job seeker's version always moves on, so two
 * decisions made at the same time cannot both become current: the second answers 409.
 */
export async function recordSegmentDecision(
  ctx: RequestContext,
  jobSeeker: JobSeeker,
  input: NewSegmentDecision,
  action: AuditAction = 'segment_decision.created',
): Promise<SegmentDecision> {
  const open = await ctx.em.find(SegmentDecision, { jobSeeker, supersededAt: null });
  for (const previous of open) previous.supersededAt = ctx.now;
  const decision = ctx.em.create(SegmentDecision, {
    jobSeeker,
    profile: input.profile,
    computedSegment: input.computedSegment,
    reasons: input.reasons,
    toMoveUp: input.toMoveUp,
    segment: input.segment,
    overrideJustification: input.overrideJustification,
    reviewDate: input.reviewDate,
    decidedAt: ctx.now,
    decidedByUserId: ctx.actor.userId,
    lifecoachUserId: jobSeeker.responsibleLifecoach.id,
    supersededAt: null,
  });
  jobSeeker.currentSegment = input.segment;
  jobSeeker.segmentReviewDate = input.reviewDate;
  jobSeeker.updatedAt = ctx.now;
  markMatchingInputChanged(ctx.em, jobSeeker.id);
  recordAudit(ctx, {
    action,
    entityType: 'segment_decision',
    entityId: decision.id,
    subjectId: decision.jobSeeker.id,
  });
  recordAudit(ctx, {
    action: 'job_seeker.updated',
    entityType: 'job_seeker',
    entityId: jobSeeker.id,
    fields: ['currentSegment', 'segmentReviewDate'],
  });
  return decision;
}

const findJobSeeker = (ctx: RequestContext, id: string) =>
  findInScope(ctx.em, JobSeeker, id, jobSeekerScope(ctx.actor), { nl: 'Deze persoon', en: 'Job seeker' });

/** Every decision about a person, newest first, each with the computed segment beside the chosen one. */
export async function listSegmentDecisions(
  ctx: RequestContext,
  jobSeekerId: string,
  query: PageQuery,
): Promise<Page<SegmentDecisionView>> {
  assertCan(ctx.actor, Permission.ReadSegments);
  const jobSeeker = await findJobSeeker(ctx, jobSeekerId);
  const page = await findPage(ctx.em, SegmentDecision, { jobSeeker: jobSeeker.id }, query, {
    decidedAt: 'desc',
  });
  const names = await deciderNamesOf(ctx.em, page.items);
  recordAudit(ctx, { action: 'segment_decision.viewed', entityType: 'job_seeker', entityId: jobSeeker.id });
  await ctx.em.flush();
  return {
    items: page.items.map((decision) => toSegmentDecisionView(decision, names)),
    nextCursor: page.nextCursor,
  };
}

/**
 * A lifecoach deviates from the current decision, with a written justification. The new decision
 * keeps the computed segment, its reasons and steps, so both stay visible side by side.
 */
export async function overrideSegment(
  ctx: RequestContext,
  reference: ReferenceData,
  jobSeekerId: string,
  input: SegmentOverrideInput,
): Promise<SegmentDecisionView> {
  assertCan(ctx.actor, Permission.OverrideSegments);
  const jobSeeker = await findJobSeeker(ctx, jobSeekerId);
  const current = await currentSegmentDecision(ctx.em, jobSeeker.id);
  if (!current) {
    throw conflict(
      say({
        nl: 'Deze persoon heeft nog geen segment: rond eerst een assessment af.',
        en: 'This person has no segment decision yet: complete an assessment first.',
      }),
    );
  }
  const today = programmeToday(ctx.now);
  const reviewDate =
    input.reviewDate ?? (await defaultReviewDate(ctx, reference, current, input.segment, today));
  if (reviewDate <= today) {
    throw validationError([
      {
        path: ['reviewDate'],
        message: say({ nl: 'Kies een datum in de toekomst.', en: 'Choose a date in the future.' }),
      },
    ]);
  }
  if (reviewDate > addDays(today, MAX_REVIEW_DAYS_AHEAD)) {
    throw validationError([
      {
        path: ['reviewDate'],
        message: say(
          {
            nl: 'Kies een datum binnen {MAX_REVIEW_DAYS_AHEAD} dagen.',
            en: 'Choose a date within {MAX_REVIEW_DAYS_AHEAD} days.',
          },
          { MAX_REVIEW_DAYS_AHEAD },
        ),
      },
    ]);
  }
  const decision = await recordSegmentDecision(
    ctx,
    jobSeeker,
    {
      profile: current.profile ?? null,
      computedSegment: current.computedSegment,
      reasons: current.reasons as SegmentReason[],
      toMoveUp: current.toMoveUp,
      segment: input.segment,
      overrideJustification: input.justification,
      reviewDate,
    },
    'segment_decision.overridden',
  );
  await ctx.em.flush();
  return toSegmentDecisionView(decision, await deciderNamesOf(ctx.em, [decision]));
}

/** Today plus the review interval for the segment in the instrument the current decision was made with. */
async function defaultReviewDate(
  ctx: RequestContext,
  reference: ReferenceData,
  current: SegmentDecision,
  segment: ReadinessSegment,
  today: string,
): Promise<string> {
  const profile = current.profile
    ? await ctx.em.findOne(TalentProfileRecord, { id: current.profile.id })
    : null;
  const instrument =
    (profile && instrumentVersion(reference, profile.instrumentVersion)) || reference.activeInstrument;
  return addDays(today, instrument.segmentationRules.reviewAfterDays[segment]);
}

/**
 * Current decisions whose review is due within `withinDays` or overdue, oldest first. A lifecoach
 * sees their own caseload only; programme staff everyone, or one lifecoach's caseload.
 */
/** The current decisions due for review within the query's days, in the actor's scope. */
export function segmentReviewsWhere(
  ctx: RequestContext,
  query: Pick<SegmentReviewsQuery, 'withinDays' | 'lifecoachId'>,
): FilterQuery<SegmentDecision> {
  const today = programmeToday(ctx.now);
  const filters: FilterQuery<SegmentDecision>[] = [
    { supersededAt: null, reviewDate: { $lte: addDays(today, query.withinDays) } },
  ];
  const scope = jobSeekerScope(ctx.actor);
  if (Object.keys(scope).length > 0) filters.push({ jobSeeker: scope });
  if (query.lifecoachId) filters.push({ jobSeeker: { responsibleLifecoach: query.lifecoachId } });
  return { $and: filters };
}

/** Whether any decision is due for review: Today asks this before it loads the list. */
export const segmentReviewsProbe = (
  ctx: RequestContext,
  query: Pick<SegmentReviewsQuery, 'withinDays' | 'lifecoachId'>,
) => probe(SegmentDecision, segmentReviewsWhere(ctx, query));

export async function listSegmentReviews(
  ctx: RequestContext,
  query: SegmentReviewsQuery,
): Promise<Page<SegmentReviewView>> {
  assertCan(ctx.actor, Permission.ReadSegments);
  const today = programmeToday(ctx.now);
  const where = segmentReviewsWhere(ctx, query);
  const page = await findPage(ctx.em, SegmentDecision, where, query, { reviewDate: 'asc' }, ['jobSeeker']);
  const items = page.items.map((decision): SegmentReviewView => {
    const jobSeeker = decision.jobSeeker;
    const daysUntilReview = daysBetween(today, decision.reviewDate);
    return {
      decisionId: decision.id,
      jobSeekerId: jobSeeker.id,
      fullName: jobSeeker.fullName,
      segment: decision.segment,
      computedSegment: decision.computedSegment,
      reviewDate: decision.reviewDate,
      overdue: daysUntilReview < 0,
      daysUntilReview,
      responsibleLifecoachId: jobSeeker.responsibleLifecoach.id,
    };
  });
  for (const item of items) {
    recordAudit(ctx, {
      action: 'segment_review.listed',
      entityType: 'job_seeker',
      entityId: item.jobSeekerId,
    });
  }
  await saveReadAudit(ctx);
  return { items, nextCursor: page.nextCursor };
}
