import { defineEntity, p } from '@mikro-orm/core';
import { TalentProfileRecord } from '../assessments/assessment.entity';
import { JobSeeker, readinessSegments } from '../job-seekers/job-seeker.entity';

/**
 * A dated professional judgement: the segment the rules computed, with reasons, and — when a
 * lifecoach deviated — the segment they chose and their written justification. Never a label:
 * every decision has a review date, and NOT_NOW never closes the case.
 */
export const SegmentDecisionSchema = defineEntity({
  name: 'SegmentDecision',
  tableName: 'segment_decision',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    profile: () => p.manyToOne(TalentProfileRecord).nullable(),
    computedSegment: p.enum(readinessSegments),
    reasons: p.json<unknown[]>(),
    toMoveUp: p.json<string[]>(),
    segment: p.enum(readinessSegments),
    overrideJustification: p.text().nullable(),
    reviewDate: p.string().length(10).index(),
    decidedAt: p.datetime(),
    decidedByUserId: p.uuid(),
    lifecoachUserId: p.uuid().index(),
    /** Set when a later decision replaces this one; only the current decision is open for review. */
    supersededAt: p.datetime().nullable(),
  },
});
export class SegmentDecision extends SegmentDecisionSchema.class {}
SegmentDecisionSchema.setClass(SegmentDecision);
