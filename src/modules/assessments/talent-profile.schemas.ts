import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '../../http/pagination';
import { EVIDENCE_KINDS } from './answers';
import { OBSTACLE_HORIZONS } from './instrument';

const scoresSchema = z.record(z.string(), z.number());

export const profileEvidenceSchema = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    description: z.string(),
    competenceCodes: z.array(z.string()),
  })
  .openapi('ProfileEvidence');

/** The part of the profile that may be shared beyond the lifecoach and the programme. */
export const sharedTalentProfileSchema = z
  .object({
    instrumentId: z.string(),
    instrumentVersion: z
      .number()
      .int()
      .openapi({ description: 'The instrument version the profile was made with.' }),
    competenceLevels: z
      .record(z.string(), z.number().int().min(0).max(4))
      .openapi({ description: 'Kunnen: level 0–4 per catalogue competence code.' }),
    interests: z.object({
      occupations: z.array(z.string()).openapi({ description: 'ESCO occupation codes.' }),
      sectors: z.array(z.string()).openapi({ description: 'ISCO sector codes.' }),
    }),
    motivation: z.number(),
    wantedHours: z.object({ min: z.number(), max: z.number() }).openapi({ description: 'Hours per week.' }),
    maxTravelKm: z.number(),
    contractWishes: z.array(z.string()),
    workingTimes: z.array(z.string()),
    mobility: z.array(z.string()),
    behaviourScores: scoresSchema.openapi({
      description: 'Gedrag: every behaviour item, learnability included.',
    }),
    workStyle: scoresSchema.openapi({
      description: 'Descriptive work-style profile; never used for segmentation.',
    }),
    strengthsSummary: z.string().openapi({
      description:
        'Written by the lifecoach in plain Dutch, for the lifecoach, the programme and trajectory providers. Never shown to employers.',
    }),
    summaryForEmployers: z.string().nullable().openapi({
      description:
        'The only free text employers read about the person: checked when saved for words that reveal gender, age, origin, religion or health. null when none was written.',
    }),
    evidence: z.array(profileEvidenceSchema),
    additionalAnswers: z
      .record(z.string(), z.unknown())
      .openapi({ description: "Other answers, keyed 'section.item'." }),
  })
  .openapi('SharedTalentProfile');

export const supportNeedsSchema = z
  .object({
    phase: z.enum(['groen', 'oranje']),
    phaseNote: z.string().nullable(),
    preconditions: z.array(
      z.object({
        item: z.string(),
        labelNl: z.string(),
        value: z.string(),
        valueLabelNl: z.string(),
        inOrder: z.boolean(),
        obstacleTypes: z.array(z.string()),
      }),
    ),
    obstacles: z.array(
      z.object({
        type: z.string(),
        labelNl: z.string(),
        bekend: z.boolean(),
        oplosbaarBinnen: z.enum(OBSTACLE_HORIZONS),
        toelichting: z.string().optional(),
      }),
    ),
    additionalAnswers: z.record(z.string(), z.unknown()),
  })
  .openapi('SupportNeeds', {
    description:
      'Preconditions, obstacles and other sensitive answers. Only for the lifecoach and the programme; never shown to employers.',
  });

const profileFields = {
  id: z.uuid(),
  jobSeekerId: z.uuid(),
  profileNumber: z.number().int().openapi({ description: '1 for the first profile, then 2, 3, …' }),
  current: z.boolean().openapi({ description: 'true for the latest profile: the one that counts now.' }),
  assessmentId: z.uuid(),
  instrumentVersion: z
    .number()
    .int()
    .openapi({ description: 'The instrument version the profile was made with.' }),
  createdAt: z.iso.datetime(),
  createdByUserId: z.uuid(),
};

export const talentProfileSummarySchema = z.object(profileFields).openapi('TalentProfileSummary');

export const talentProfileSchema = z
  .object({
    ...profileFields,
    profile: sharedTalentProfileSchema,
    supportNeeds: supportNeedsSchema
      .optional()
      .openapi({ description: 'Present only for roles that may read support needs (lifecoach, programme).' }),
  })
  .openapi('TalentProfile');

export const profileNumberParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' }, description: 'Job seeker id (UUID).' }),
  profileNumber: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'profileNumber', in: 'path' }, description: 'Profile version: 1, 2, …' }),
});

export const listProfilesQuerySchema = pageQuerySchema;

export type TalentProfileView = z.infer<typeof talentProfileSchema>;
export type TalentProfileSummaryView = z.infer<typeof talentProfileSummarySchema>;
