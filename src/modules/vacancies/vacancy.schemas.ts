import { z } from '@hono/zod-openapi';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { postcodeSchema } from '../geo/postcodes';
import {
  contractKinds,
  contractTypes,
  requirementTiers,
  vacancyStatuses,
  workingTimes,
} from './vacancy.entity';

const level = z.number().int().min(0).max(4);

export const competenceRequirementSchema = z
  .object({
    competenceCode: z.string().min(1).max(40),
    level: z.number().int().min(1).max(4).openapi({ description: 'Required level on the 0–4 scale.' }),
    tier: z.enum(requirementTiers),
  })
  .strict();

export const legalRequirementSchema = z.union([
  z
    .object({
      code: z
        .string()
        .min(1)
        .max(40)
        .openapi({ description: 'A legal qualification, see GET /api/legal-qualifications.' }),
    })
    .strict(),
  z
    .object({
      minimumAge: z.number().int().min(16).max(21).openapi({ description: 'A minimum age set by law.' }),
    })
    .strict(),
]);

const hoursSchema = z
  .object({ min: z.number().int().min(0).max(60), max: z.number().int().min(1).max(60) })
  .strict()
  .refine((hours) => hours.min <= hours.max, {
    message: 'min hours must not be above max hours.',
    path: ['min'],
  });

const paySchema = z
  .object({
    min: z.number().min(0).max(100_000),
    max: z.number().min(0).max(100_000),
    per: z.enum(['HOUR', 'MONTH']),
  })
  .strict()
  .refine((pay) => pay.min <= pay.max, { message: 'min pay must not be above max pay.', path: ['min'] });

const contractKindSchema = z.enum(contractKinds).nullable().openapi({
  description:
    'The contract kind in the terms the assessment asks the person (willen.contractwensen); null: not stated. `oproepcontract` is on-call or zero-hours work.',
});

const workingTimesSchema = z
  .array(z.enum(workingTimes))
  .max(workingTimes.length)
  .refine((times) => new Set(times).size === times.length, { message: 'A working time is listed twice.' })
  .nullable()
  .openapi({
    description:
      'When the work is done, in the terms the assessment asks the person (willen.werktijden); null or empty: not stated.',
  });

const employerOnlyNotesSchema = z
  .object({
    diploma: z.string().trim().max(200).nullable().default(null),
    yearsOfExperience: z.number().int().min(0).max(50).nullable().default(null),
    remarks: z.string().trim().max(2000).nullable().default(null),
  })
  .strict()
  .openapi({ description: 'For the employer only. Never used in matching.' });

export const vacancyInputSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    occupationCode: z
      .string()
      .min(1)
      .max(20)
      .nullable()
      .default(null)
      .openapi({ description: 'ESCO occupation code, see GET /api/catalogue/occupations.' }),
    description: z
      .string()
      .trim()
      .min(10)
      .max(5000)
      .openapi({ description: 'Plain Dutch (B1): what the work is.' }),
    postcode: postcodeSchema,
    hours: hoursSchema,
    gradualBuildUp: z.boolean().default(false).openapi({ description: 'Hours may start lower and grow.' }),
    contractType: z.enum(contractTypes),
    contractKind: contractKindSchema.default(null),
    workingTimes: workingTimesSchema.default(null),
    permanentProspect: z.boolean(),
    paid: z.boolean().default(true),
    underCao: z.boolean(),
    pay: paySchema.nullable().default(null),
    requirements: z.array(competenceRequirementSchema).min(1).max(30),
    legalRequirements: z.array(legalRequirementSchema).max(10).default([]),
    dutchLevel: z
      .object({ speaking: level, reading: level, writing: level })
      .strict()
      .nullable()
      .default(null)
      .openapi({
        description: 'Dutch language level needed (0–4; 3 ≈ B1). Matched as essential requirements.',
      }),
    behaviours: z
      .array(z.string().min(1).max(40))
      .max(10)
      .default([])
      .openapi({ description: 'Work behaviours (gedrag item ids) that matter in this job.' }),
    mentorAvailable: z.boolean(),
    positions: z.number().int().min(1).max(100).default(1),
    employerOnlyNotes: employerOnlyNotesSchema.default({
      diploma: null,
      yearsOfExperience: null,
      remarks: null,
    }),
  })
  .strict();

export const createVacancySchema = vacancyInputSchema.openapi('CreateVacancy');
export const updateVacancySchema = vacancyInputSchema
  .extend({ version: basedOnVersion("The vacancy's `version` as you last read it.") })
  .strict()
  .openapi('UpdateVacancy');

export const changeVacancyStatusSchema = z
  .object({
    status: z.enum(vacancyStatuses),
    version: basedOnVersion("The vacancy's `version` as you last read it."),
  })
  .strict()
  .openapi('ChangeVacancyStatus');

const requirementViewSchema = competenceRequirementSchema.extend({ competenceLabel: z.string() });

export const vacancySchema = z
  .object({
    id: z.uuid(),
    employerId: z.uuid(),
    employerName: z.string(),
    title: z.string(),
    occupationCode: z.string().nullable(),
    occupationLabel: z.string().nullable(),
    description: z.string(),
    postcode: z.string(),
    hours: z.object({ min: z.number(), max: z.number() }),
    gradualBuildUp: z.boolean(),
    contractType: z.enum(contractTypes),
    contractKind: z.enum(contractKinds).nullable().openapi({ description: 'null: not stated.' }),
    workingTimes: z.array(z.enum(workingTimes)).openapi({ description: 'Empty: not stated.' }),
    onCall: z.boolean().openapi({
      description: 'On-call or zero-hours work: contract kind `oproepcontract` or a minimum of 0 hours.',
    }),
    passendWerk: z.array(z.string()).openapi({
      description:
        "What makes the work passend, in plain Dutch: 'vast contract in zicht', 'cao', 'loon bekend'.",
    }),
    permanentProspect: z.boolean(),
    paid: z.boolean(),
    zeroHours: z.boolean().openapi({ description: 'true when the contract guarantees no hours (min 0).' }),
    underCao: z.boolean(),
    pay: z.object({ min: z.number(), max: z.number(), per: z.enum(['HOUR', 'MONTH']) }).nullable(),
    requirements: z.array(requirementViewSchema),
    legalRequirements: z.array(
      z.union([z.object({ code: z.string(), label: z.string() }), z.object({ minimumAge: z.number() })]),
    ),
    dutchLevel: z.object({ speaking: z.number(), reading: z.number(), writing: z.number() }).nullable(),
    behaviours: z.array(z.string()),
    mentorAvailable: z.boolean(),
    positions: z.number().int(),
    status: z.enum(vacancyStatuses),
    employerOnlyNotes: employerOnlyNotesSchema
      .optional()
      .openapi({ description: "Only in the employer's own view." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: versionOf(
      "This vacancy's version: send it as `version` with PUT /api/vacancies/{id} and POST /api/vacancies/{id}/status.",
    ),
  })
  .openapi('Vacancy');

export const listVacanciesQuerySchema = pageQuerySchema.extend({
  status: z.enum(vacancyStatuses).optional(),
  employerId: z.uuid().optional(),
  contractType: z.enum(contractTypes).optional(),
});

export type VacancyInput = z.infer<typeof vacancyInputSchema>;
export type UpdateVacancyInput = z.infer<typeof updateVacancySchema>;
export type VacancyView = z.infer<typeof vacancySchema>;
export type ListVacanciesQuery = z.infer<typeof listVacanciesQuerySchema>;
