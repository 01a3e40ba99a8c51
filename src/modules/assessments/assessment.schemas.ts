import { z } from '@hono/zod-openapi';
import { basedOnVersion, nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { segmentDecisionSchema } from '../readiness/segment-decision.schemas';
import { completionInputSchema, EVIDENCE_KINDS } from './answers';
import { assessmentStatuses } from './assessment.entity';
import { talentProfileSummarySchema } from './talent-profile.schemas';

export const assessmentStatusSchema = z.enum(assessmentStatuses).openapi({
  description: 'DRAFT: answers are saved in parts over several conversations; COMPLETED: done, read-only.',
});

const answersSchema = z.record(z.string(), z.record(z.string(), z.unknown())).openapi({
  description:
    'Answers per section (stoplicht, kunnen, willen, gedrag, persoonlijkheid, randvoorwaarden), per item id; kunnen is keyed by competence code. See GET /api/instrument/versions/{version} for the items.',
  example: { willen: { motivatie: 4, uren: { min: 16, max: 24 } }, kunnen: { 'P-SCHOONMAKEN': 3 } },
});

export const evidenceSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(EVIDENCE_KINDS),
    description: z.string(),
    competenceCodes: z.array(z.string()),
    addedAt: z.iso.datetime(),
  })
  .openapi('Evidence');

const missingItemSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

const assessmentFields = {
  id: z.uuid(),
  jobSeekerId: z.uuid(),
  startedByUserId: z.uuid(),
  instrumentVersion: z
    .number()
    .int()
    .openapi({ description: 'The instrument version this assessment uses, from start to profile.' }),
  status: assessmentStatusSchema,
  startedAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  version: versionOf(
    "This assessment's version: send it as `version` with PATCH /api/assessments/{id}/answers (and, if you like, POST /api/assessments/{id}/complete).",
  ),
};

export const assessmentSummarySchema = z.object(assessmentFields).openapi('AssessmentSummary');

export const assessmentSchema = z
  .object({
    ...assessmentFields,
    answers: answersSchema,
    evidence: z.array(evidenceSchema),
    redPhase: z
      .boolean()
      .openapi({ description: 'Stoplicht rood: only the phase and a short note are asked; the rest waits.' }),
    redPhaseNote: z.string().nullable(),
    missingItems: z.array(missingItemSchema).openapi({
      description:
        'What must still be answered before the assessment can be completed (empty once completed).',
    }),
  })
  .openapi('Assessment');

export const listAssessmentsQuerySchema = pageQuerySchema;

export const saveAnswersSchema = z
  .object({
    answers: z.record(z.string(), z.unknown()).openapi({
      description:
        'The answers to add or change, per section and item. null removes an answer. Each save is checked against the instrument version of the assessment: all or nothing.',
      example: { willen: { motivatie: 4, reisafstandKm: 10 }, gedrag: { leerbaarheid: 4 } },
    }),
    version: basedOnVersion(
      "The assessment's `version` as you last read it (the response of the previous save has the new one).",
    ),
  })
  .strict()
  .openapi('SaveAnswers');

const evidenceInput = completionInputSchema.shape.evidence.element;

/** The kinds and shape of evidence come from answers.ts; competence codes are checked against the catalogue. */
export const addEvidenceSchema = evidenceInput
  .extend({
    description: evidenceInput.shape.description.openapi({
      description:
        'What the person did and what it shows, in plain Dutch. A link (for example to a self-presentation video) may be part of it.',
    }),
    competenceCodes: evidenceInput.shape.competenceCodes.default([]),
  })
  .strict()
  .openapi('AddEvidence');

export const evidenceParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'Assessment id (UUID).' }),
  evidenceId: z
    .uuid()
    .openapi({ param: { name: 'evidenceId', in: 'path' }, description: 'Evidence id (UUID).' }),
});

export const completeAssessmentSchema = z
  .object({
    strengthsSummary: completionInputSchema.shape.strengthsSummary.optional().openapi({
      description:
        'What this person is good at, in plain Dutch, written by the lifecoach. Needed unless stoplicht is rood. Employers never read it.',
    }),
    summaryForEmployers: completionInputSchema.shape.summaryForEmployers.openapi({
      description:
        'What employers may read about this person before and after an introduction: talents and how the person works, in plain Dutch, with no word from which gender, age, origin, religion or health can be told (no hij/zij/ze/haar/zijn, man/vrouw/moeder, ages or years, nationalities or languages other than Dutch and English, faith, health) and without the name. Refused with 422 naming each word to rewrite. Without it employers see only the structured profile.',
    }),
    version: basedOnVersion(
      "The assessment's `version`. Optional: when given, completion is refused if the assessment changed since.",
    ).optional(),
  })
  .strict()
  .openapi('CompleteAssessment');

export const assessmentCompletionSchema = z
  .object({
    assessment: assessmentSummarySchema,
    profile: nullableRef(talentProfileSummarySchema).openapi({
      description: 'The new profile version; null in the red phase (no profile is made).',
    }),
    decision: segmentDecisionSchema,
  })
  .openapi('AssessmentCompletion');

export type AssessmentView = z.infer<typeof assessmentSchema>;
export type AssessmentSummaryView = z.infer<typeof assessmentSummarySchema>;
export type SaveAnswersInput = z.infer<typeof saveAnswersSchema>;
export type AddEvidenceInput = z.infer<typeof addEvidenceSchema>;
export type CompleteAssessmentInput = z.infer<typeof completeAssessmentSchema>;
export type AssessmentCompletionView = z.infer<typeof assessmentCompletionSchema>;
