import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { pageQuerySchema } from '../../http/pagination';
import { readinessSegments } from '../job-seekers/job-seeker.entity';

export const segmentSchema = z.enum(readinessSegments).openapi({
  description:
    'READY: kansrijk voor werk (about three months of preparation); LATER: kansrijk op termijn (learn-work trajectory); NOT_NOW: first other steps (activation) — never a closed case.',
});

const calendarDateSchema = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD.' });

export const segmentReasonSchema = z
  .object({
    criterion: z.enum(['behaviour', 'learnability', 'motivation', 'hours', 'preconditions', 'stoplight']),
    forSegment: z.enum(['READY', 'LATER']).openapi({ description: 'The segment this check is needed for.' }),
    labelNl: z.string(),
    value: z.union([z.number(), z.string()]),
    threshold: z.union([z.number(), z.string()]),
    met: z.boolean(),
    explanationNl: z.string(),
  })
  .openapi('SegmentReason');

export const segmentDecisionSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    segment: segmentSchema.openapi({
      description: 'The segment that counts: computed, or chosen by the lifecoach.',
    }),
    segmentLabelNl: z.string(),
    computedSegment: segmentSchema.openapi({ description: 'The segment the rules computed.' }),
    computedSegmentLabelNl: z.string(),
    overridden: z
      .boolean()
      .openapi({ description: 'true when a lifecoach chose the segment, with a written justification.' }),
    overrideJustification: z.string().nullable(),
    basis: z.enum(['profile', 'redPhase']).openapi({
      description: 'profile: computed from a talent profile; redPhase: crisis (stoplicht rood).',
    }),
    profileId: z.uuid().nullable(),
    reasons: z
      .array(segmentReasonSchema)
      .openapi({ description: 'Every check: criterion, value, threshold, met or not.' }),
    toMoveUp: z
      .array(z.string())
      .openapi({ description: 'Plain Dutch steps towards the next segment up; empty for READY.' }),
    reviewDate: calendarDateSchema,
    decidedAt: z.iso.datetime(),
    decidedBy: z.object({ userId: z.uuid(), displayName: z.string().nullable() }),
    lifecoachUserId: z
      .uuid()
      .openapi({ description: 'The responsible lifecoach when the decision was made.' }),
    current: z.boolean().openapi({ description: 'false once a later decision replaced this one.' }),
    supersededAt: z.iso.datetime().nullable(),
  })
  .openapi('SegmentDecision');

export const segmentOverrideSchema = z
  .object({
    segment: segmentSchema,
    justification: z
      .string()
      .trim()
      .min(
        20,
        say({
          nl: 'Schrijf in minstens 20 tekens waarom je afwijkt',
          en: 'Explain in at least 20 characters why',
        }),
      )
      .max(2000)
      .openapi({
        description: 'Why the lifecoach deviates, in plain text. Kept and shown beside the computed segment.',
      }),
    reviewDate: calendarDateSchema.optional().openapi({
      description:
        "A future date, at most a year ahead. Default: today plus the instrument's review interval for the segment.",
    }),
  })
  .strict()
  .openapi('SegmentOverride');

export const segmentReviewsQuerySchema = pageQuerySchema.extend({
  lifecoachId: z
    .uuid()
    .optional()
    .openapi({ description: 'Only the caseload of this lifecoach (a lifecoach only ever sees their own).' }),
  withinDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(60)
    .default(0)
    .openapi({ description: 'Also reviews due within this many days (0–60). 0: due today or overdue.' }),
});

export const segmentReviewSchema = z
  .object({
    decisionId: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    segment: segmentSchema,
    computedSegment: segmentSchema,
    reviewDate: calendarDateSchema,
    overdue: z.boolean().openapi({ description: 'true when the review date has passed.' }),
    daysUntilReview: z.number().int().openapi({ description: 'Negative when overdue, 0 when due today.' }),
    responsibleLifecoachId: z.uuid(),
  })
  .openapi('SegmentReview');

export type SegmentDecisionView = z.infer<typeof segmentDecisionSchema>;
export type SegmentOverrideInput = z.infer<typeof segmentOverrideSchema>;
export type SegmentReviewsQuery = z.infer<typeof segmentReviewsQuerySchema>;
export type SegmentReviewView = z.infer<typeof segmentReviewSchema>;
