import { z } from '@hono/zod-openapi';
import { readinessSegments } from '../job-seekers/job-seeker.entity';
import { endReasons } from '../placements/placement-rules';
import { offeringKinds } from '../trajectories/trajectory-rules';
import { ageBands, decidedSteps } from './fairness';
import { wayToWorkSteps } from './way-to-work';

const periodShape = {
  from: z.iso
    .date()
    .optional()
    .openapi({ description: 'From this date (YYYY-MM-DD); default a year before `to`.' }),
  to: z.iso.date().optional().openapi({ description: 'Up to and including this date; default today.' }),
};
const periodInOrder = (query: { from?: string; to?: string }) =>
  !query.from || !query.to || query.from <= query.to;
const periodMessage = { message: '`from` must not be after `to`.', path: ['to'] };

export const reportPeriodQuerySchema = z.object(periodShape).refine(periodInOrder, periodMessage);

export const wayToWorkQuerySchema = z
  .object({
    ...periodShape,
    partnerId: z
      .uuid()
      .optional()
      .openapi({ description: 'Only people referred by this partner organisation.' }),
    lifecoachId: z.uuid().optional().openapi({
      description: 'Only people of this lifecoach (programme staff only: the advisory group gets 403).',
    }),
    segment: z
      .enum(readinessSegments)
      .optional()
      .openapi({ description: 'Only people whose first segment was this one.' }),
  })
  .refine(periodInOrder, periodMessage);

export const cellSchema = z
  .object({
    count: z.number().int().nullable().openapi({ description: 'The count; null when fewer than 5 people.' }),
    small: z
      .boolean()
      .openapi({ description: 'True when the cell counts fewer than 5 people (shown as "< 5").' }),
  })
  .openapi('ReportCell');

const bandRateSchema = z.object({
  ageBand: z.enum(ageBands),
  label: z.string(),
  considered: cellSchema,
  passed: cellSchema,
  rate: z.number().nullable(),
  ratio: z.number().nullable(),
  flagged: z.boolean(),
});
const stepRatesSchema = z.object({
  step: z.enum(decidedSteps.map((s) => s.step) as [string, ...string[]]),
  label: z.string(),
  bands: z.array(bandRateSchema),
  flagged: z.boolean(),
});

export const fairnessReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rule: z.string(),
    overall: z.array(stepRatesSchema),
    employers: z.array(z.object({ employerName: z.string(), steps: z.array(stepRatesSchema) })),
  })
  .openapi('FairnessReport');

export const socialReturnRowSchema = z.object({
  employerName: z.string(),
  people: cellSchema,
  hired: cellSchema,
  hoursWorked: z
    .number()
    .int()
    .nullable()
    .openapi({ description: 'Null when fewer than 5 people worked there.' }),
  monthsEmployed: z
    .number()
    .nullable()
    .openapi({ description: 'Null when fewer than 5 people worked there.' }),
  paid: cellSchema,
  underCao: cellSchema,
  permanentProspect: cellSchema,
  learnWork: cellSchema,
  zeroHours: cellSchema,
});

export const socialReturnReportSchema = z
  .object({ from: z.string(), to: z.string(), rule: z.string(), employers: z.array(socialReturnRowSchema) })
  .openapi('SocialReturnReport');

const countSchema = z.number().int();

export const wayToWorkReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rule: z.string(),
    people: cellSchema,
    steps: z.array(
      z.object({
        step: z.enum(wayToWorkSteps),
        label: z.string(),
        reached: cellSchema,
        pending: cellSchema.openapi({ description: 'Retention steps: milestone day not reached yet.' }),
        medianDays: z
          .number()
          .nullable()
          .openapi({ description: 'Median days from the step before it; null for fewer than 5 people.' }),
      }),
    ),
    segments: z.array(z.object({ segment: z.enum(readinessSegments), label: z.string(), count: cellSchema })),
  })
  .openapi('WayToWorkReport');

const retentionRowSchema = z.object({
  months: countSchema,
  retained: cellSchema,
  notRetained: cellSchema,
  pending: cellSchema,
  rate: z.number().nullable().openapi({ description: 'Null when fewer than 5 reached the milestone.' }),
});

export const outcomesReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rule: z.string(),
    started: cellSchema,
    convertedToPermanent: cellSchema,
    retention: z.array(retentionRowSchema),
    ended: cellSchema,
    endings: z.array(z.object({ reason: z.enum(endReasons), label: z.string(), count: cellSchema })),
    endingNotes: z
      .array(z.object({ reason: z.enum(endReasons), label: z.string(), month: z.string(), note: z.string() }))
      .nullable()
      .openapi({
        description:
          'The notes with each ending (month and cause, no name): programme staff only, else null.',
      }),
    returned: cellSchema,
    trajectories: z.array(
      z.object({
        kind: z.enum(offeringKinds),
        label: z.string(),
        started: cellSchema,
        completed: cellSchema,
        ended: cellSchema,
      }),
    ),
    trajectoryStopReasons: z
      .array(
        z.object({ kind: z.enum(offeringKinds), label: z.string(), month: z.string(), reason: z.string() }),
      )
      .nullable()
      .openapi({
        description: 'Why trajectories stopped, in the provider’s words: programme staff only, else null.',
      }),
  })
  .openapi('OutcomesReport');

const hiredWithinSchema = z.object({
  segment: z.enum(readinessSegments),
  label: z.string(),
  people: cellSchema,
  counted: cellSchema,
  hired: cellSchema,
  rate: z.number().nullable(),
});

export const predictionReportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    rule: z.string(),
    bySegment: z.array(hiredWithinSchema),
    byInstrument: z.array(
      z.object({ instrumentVersion: z.number().int().nullable(), segments: z.array(hiredWithinSchema) }),
    ),
    laterMovedUp: z.object({
      people: cellSchema,
      followedTrajectory: cellSchema,
      movedUp: cellSchema,
      rate: z.number().nullable(),
    }),
    changes: z.array(
      z.object({
        from: z.enum(readinessSegments),
        label: z.string(),
        to: z.array(
          z.object({ segment: z.enum(readinessSegments).nullable(), label: z.string(), count: cellSchema }),
        ),
      }),
    ),
  })
  .openapi('PredictionReport');

export type WayToWorkQuery = z.infer<typeof wayToWorkQuerySchema>;
export type WayToWorkReport = z.infer<typeof wayToWorkReportSchema>;
export type OutcomesReport = z.infer<typeof outcomesReportSchema>;
export type PredictionReport = z.infer<typeof predictionReportSchema>;
export type ReportPeriodQuery = z.infer<typeof reportPeriodQuerySchema>;
export type FairnessReport = z.infer<typeof fairnessReportSchema>;
export type SocialReturnReport = z.infer<typeof socialReturnReportSchema>;
