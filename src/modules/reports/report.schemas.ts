import { z } from '@hono/zod-openapi';
import { ageBands, decidedSteps } from './fairness';

export const reportPeriodQuerySchema = z
  .object({
    from: z.iso
      .date()
      .optional()
      .openapi({ description: 'From this date (YYYY-MM-DD); default a year before `to`.' }),
    to: z.iso.date().optional().openapi({ description: 'Up to and including this date; default today.' }),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: '`from` must not be after `to`.',
    path: ['to'],
  });

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

export type ReportPeriodQuery = z.infer<typeof reportPeriodQuerySchema>;
export type FairnessReport = z.infer<typeof fairnessReportSchema>;
export type SocialReturnReport = z.infer<typeof socialReturnReportSchema>;
