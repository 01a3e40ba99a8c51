import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { versionOf } from '../../http/openapi';
import { calendarDateSchema } from '../trajectories/trajectory-offering.schemas';
import { moduleStatuses, PREPARATION_SEGMENTS } from './preparation-rules';

const moduleStatusSchema = z.enum(moduleStatuses).openapi({
  description:
    'PLANNED: chosen, not begun; BUSY: under way; DONE: completed; STOPPED: no longer part of the plan.',
});

const competenceCodeSchema = z.string().min(1).max(80);

/** The whole plan as the lifecoach saves it with the person (a PUT: what is sent is the plan). */
export const putPreparationPlanSchema = z
  .object({
    modules: z
      .array(z.object({ offeringId: z.uuid(), status: moduleStatusSchema }))
      .max(12)
      .refine((modules) => new Set(modules.map((m) => m.offeringId)).size === modules.length, {
        message: say({
          nl: 'Elke training staat maar één keer in het plan.',
          en: 'Each module appears once.',
        }),
      })
      .openapi({ description: 'TRAINING_MODULE offerings chosen with the person, with their progress.' }),
    focusCompetenceCodes: z
      .array(competenceCodeSchema)
      .max(20)
      .openapi({ description: 'Catalogue codes from matching’s "what to train" the preparation works on.' }),
    startDate: calendarDateSchema,
    plannedWeeks: z.number().int().min(1).max(104).openapi({
      description:
        'The planned intensity: weeks of preparation, at most PREPARATION_WEEKS_READY (default 13) or PREPARATION_WEEKS_LATER (default 26).',
    }),
    readyToMeetDate: calendarDateSchema.nullable().openapi({
      description: 'The "ready to meet employers" moment chosen with the person; null: not chosen yet.',
    }),
    version: z.number().int().min(1).optional().openapi({
      description: 'The plan’s version when changing an existing plan; a stale one answers 409.',
    }),
  })
  .strict()
  .openapi('PutPreparationPlan');
export type PutPreparationPlanInput = z.infer<typeof putPreparationPlanSchema>;

const planModuleSchema = z.object({
  offeringId: z.uuid(),
  title: z.string(),
  providerName: z.string(),
  hoursPerWeek: z.number().int(),
  durationWeeks: z.number().int(),
  competences: z.array(z.object({ code: z.string(), label: z.string() })),
  status: moduleStatusSchema,
  statusLabelNl: z.string(),
});

export const preparationPlanSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    segment: z.enum(PREPARATION_SEGMENTS),
    modules: z.array(planModuleSchema),
    focusCompetences: z.array(z.object({ code: z.string(), label: z.string() })),
    startDate: calendarDateSchema,
    plannedWeeks: z.number().int(),
    maxWeeks: z.number().int().openapi({ description: 'The most weeks the person’s segment allows.' }),
    plannedEndDate: calendarDateSchema,
    readyToMeetDate: calendarDateSchema.nullable(),
    progress: z.object({
      modulesDone: z.number().int(),
      modulesCounted: z.number().int(),
      percentDone: z.number().int(),
      weeksUnderway: z.number().int(),
    }),
    updatedAt: z.iso.datetime(),
    version: versionOf('The plan’s version; `PUT /job-seekers/{id}/preparation-plan` takes it.'),
  })
  .openapi({ description: 'A preparation plan (inline: the plan of an answer may be null).' });
export type PreparationPlanView = z.infer<typeof preparationPlanSchema>;

/** The plan of one person, or none yet, with the intensity their segment allows. */
export const preparationPlanAnswerSchema = z
  .object({
    jobSeekerId: z.uuid(),
    segment: z.enum(['READY', 'LATER', 'NOT_NOW']).nullable(),
    maxWeeks: z.number().int().nullable().openapi({
      description: 'The planned intensity for the person’s segment; null outside READY and LATER.',
    }),
    plan: preparationPlanSchema.nullable(),
  })
  .openapi('PreparationPlanAnswer');
export type PreparationPlanAnswer = z.infer<typeof preparationPlanAnswerSchema>;
