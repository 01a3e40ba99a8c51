import { z } from '@hono/zod-openapi';
import { readinessSegments } from '../job-seekers/job-seeker.entity';
import { contractKinds, contractTypes, workingTimes } from '../vacancies/vacancy.entity';
import { GATE_REASONS, LEGAL_QUALIFICATIONS, SCORE_COMPONENTS } from './engine';

const scoreComponentSchema = z.object({
  name: z.enum(SCORE_COMPONENTS),
  labelNl: z.string(),
  applicable: z
    .boolean()
    .openapi({ description: 'false when the vacancy asks nothing this component measures.' }),
  value: z.number().nullable(),
  weight: z.number(),
  contribution: z.number(),
});

const requirementResultSchema = z.object({
  competenceCode: z.string(),
  competenceLabel: z.string(),
  tier: z.enum(['ESSENTIAL', 'IMPORTANT', 'NICE_TO_HAVE']),
  required: z.number().int(),
  actual: z.number().int(),
  met: z.boolean(),
  gap: z.number().int(),
  trainable: z.boolean().openapi({
    description:
      'A gap the preparation phase can close; a language gap too when a language module is in the person’s preparation plan.',
  }),
  inPreparation: z.boolean().openapi({
    description: 'A gap the person’s preparation plan works on (its label says "in voorbereiding").',
  }),
  label: z
    .string()
    .openapi({ description: "Plain Dutch, e.g. 'niveau 2 → 3' or 'niveau 2 → 3, in voorbereiding'." }),
});

const gateFailuresSchema = z
  .record(z.enum(GATE_REASONS), z.number().int())
  .openapi({ description: 'How many people (or vacancies) failed each gate; one may fail several.' });

const codeLabelSchema = z.object({ code: z.string(), label: z.string() });

/**
 * What an employer sees of a candidate before any introduction: talents and fit, no identity.
 * No name, contact details, age, photo, video, address, support needs, diploma or work history.
 */
export const candidateSchema = z
  .object({
    view: z.literal('EMPLOYER').openapi({
      description: 'EMPLOYER: the pseudonymous candidate an employer sees; STAFF: CandidateForStaff.',
    }),
    candidateCode: z
      .string()
      .openapi({ description: 'Stable for this vacancy; different for every vacancy.' }),
    rank: z.number().int(),
    score: z.number(),
    segment: z.enum(readinessSegments).nullable(),
    distanceKm: z.number().nullable(),
    wantedHours: z.object({ min: z.number(), max: z.number() }),
    competenceProfile: z.array(codeLabelSchema.extend({ level: z.number().int() })),
    summaryForEmployers: z.string().nullable().openapi({
      description:
        'The summary the lifecoach wrote for employers, in words that reveal no gender, age, origin, religion or health; null when there is none. The lifecoach’s own strengths summary never reaches employers.',
    }),
    interests: z.object({ occupations: z.array(codeLabelSchema), sectors: z.array(codeLabelSchema) }),
    components: z.array(scoreComponentSchema),
    requirements: z.array(requirementResultSchema),
    gaps: z.array(requirementResultSchema).openapi({ description: 'The requirements not met yet.' }),
  })
  .strict()
  .openapi('Candidate');

/** Programme staff and lifecoaches see who it is. */
export const staffCandidateSchema = candidateSchema
  .extend({
    view: z.literal('STAFF'),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    strengthsSummary: z.string(),
  })
  .strict()
  .openapi('CandidateForStaff');

const gatesSchema = z.object({ passed: z.boolean(), failed: z.array(z.string()) });

/** One candidate in full: the list item with the gates the person passed and failed. */
export const candidateDetailSchema = z
  .discriminatedUnion('view', [
    staffCandidateSchema.extend({ gates: gatesSchema }).strict().openapi('CandidateDetailForStaff'),
    candidateSchema.extend({ gates: gatesSchema }).strict().openapi('CandidateDetail'),
  ])
  .openapi({ description: 'Employers get CandidateDetail (view EMPLOYER); staff CandidateDetailForStaff.' });

export const candidateListSchema = z
  .object({
    vacancyId: z.uuid(),
    items: z.array(z.discriminatedUnion('view', [staffCandidateSchema, candidateSchema])).openapi({
      description:
        'Employers get the pseudonymous Candidate (view EMPLOYER); programme staff and lifecoaches CandidateForStaff (view STAFF).',
    }),
    gateFailures: gateFailuresSchema,
    total: z.number().int().openapi({ description: 'People who passed every gate.' }),
    nextCursor: z.string().nullable(),
  })
  .openapi('CandidateList');

export const vacancyMatchSchema = z
  .object({
    vacancyId: z.uuid(),
    title: z.string(),
    employerName: z.string(),
    contractType: z.enum(contractTypes),
    contractKind: z.enum(contractKinds).nullable().openapi({ description: 'null: not stated.' }),
    workingTimes: z.array(z.enum(workingTimes)).openapi({ description: 'Empty: not stated.' }),
    paid: z.boolean(),
    zeroHours: z.boolean(),
    rank: z.number().int(),
    score: z.number(),
    distanceKm: z.number().nullable(),
    components: z.array(scoreComponentSchema),
    requirements: z.array(requirementResultSchema),
  })
  .openapi('VacancyMatch');

export const vacancyMatchListSchema = z
  .object({
    jobSeekerId: z.uuid(),
    items: z.array(vacancyMatchSchema),
    gateFailures: gateFailuresSchema,
    total: z.number().int(),
    nextCursor: z.string().nullable(),
  })
  .openapi('VacancyMatchList');

export const trainingSuggestionListSchema = z
  .object({
    jobSeekerId: z.uuid(),
    items: z.array(
      z.object({
        competenceCode: z.string(),
        competenceLabel: z.string(),
        currentLevel: z.number().int(),
        opens: z.array(
          z.object({
            vacancyId: z.uuid(),
            title: z.string(),
            employerName: z.string(),
            requiredLevel: z.number().int(),
            trainable: z.boolean(),
          }),
        ),
      }),
    ),
  })
  .openapi('TrainingSuggestions');

export const rankQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().min(1).max(200).optional(),
});

export const candidateCodeParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  code: z
    .string()
    .regex(/^K-[A-Z2-9]{6}$/, 'A candidate code looks like K-7QF2M9.')
    .openapi({ param: { name: 'code', in: 'path' } }),
});

export const legalQualificationListSchema = z
  .object({ items: z.array(z.object({ code: z.enum(LEGAL_QUALIFICATIONS), label: z.string() })) })
  .openapi('LegalQualifications');

export const putLegalQualificationsSchema = z
  .object({ codes: z.array(z.enum(LEGAL_QUALIFICATIONS)).max(LEGAL_QUALIFICATIONS.length) })
  .strict()
  .openapi('PutLegalQualifications');

export type CandidateView = z.infer<typeof candidateSchema>;
export type StaffCandidateView = z.infer<typeof staffCandidateSchema>;
export type RankQuery = z.infer<typeof rankQuerySchema>;
