import { z } from '@hono/zod-openapi';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { planItemKinds, planItemStatuses } from './onboarding-plan.entity';
import { calendarDateSchema } from './placement.schemas';

const competenceCodesSchema = z
  .array(z.string().min(1).max(40))
  .max(10)
  .openapi({ description: 'Competences this item develops (codes of GET /api/catalogue/competences).' });

export const createPlanItemSchema = z
  .object({
    kind: z
      .enum(planItemKinds)
      .openapi({ description: 'GOAL (a goal) or LEARNING_ITEM (something to learn).' }),
    title: z.string().trim().min(3).max(200).openapi({ description: 'Plain Dutch (B1), short.' }),
    description: z.string().trim().max(2000).nullable().default(null),
    targetDate: calendarDateSchema,
    status: z.enum(planItemStatuses).default('PLANNED'),
    competenceCodes: competenceCodesSchema.default([]),
  })
  .strict()
  .openapi('CreateOnboardingPlanItem');

export const updatePlanItemSchema = z
  .object({
    title: z.string().trim().min(3).max(200).optional(),
    description: z.string().trim().max(2000).nullable().optional(),
    targetDate: calendarDateSchema.optional(),
    status: z.enum(planItemStatuses).optional(),
    competenceCodes: competenceCodesSchema.optional(),
    version: basedOnVersion("The plan item's `version` (OnboardingPlanItem.version), not the placement's."),
  })
  .strict()
  .openapi('UpdateOnboardingPlanItem');

export const createPlanCommentSchema = z
  .object({
    itemId: z
      .uuid()
      .nullable()
      .default(null)
      .openapi({ description: 'The item; null for the plan as a whole.' }),
    text: z.string().trim().min(2).max(2000).openapi({
      description:
        'Shared with everyone who sees the plan, the employer too: write no personal matters here.',
    }),
  })
  .strict()
  .openapi('CreateOnboardingPlanComment');

export const planCommentSchema = z
  .object({
    id: z.uuid(),
    itemId: z.uuid().nullable(),
    text: z.string(),
    author: z.object({ userId: z.uuid(), displayName: z.string().nullable(), role: z.string() }).strict(),
    createdAt: z.iso.datetime(),
  })
  .strict()
  .openapi('OnboardingPlanComment');

export const planItemSchema = z
  .object({
    id: z.uuid(),
    placementId: z.uuid(),
    kind: z.enum(planItemKinds),
    kindLabelNl: z.string(),
    title: z.string(),
    description: z.string().nullable(),
    targetDate: z.string(),
    status: z.enum(planItemStatuses),
    statusLabelNl: z.string(),
    overdue: z.boolean().openapi({ description: 'Target date passed and not done or dropped.' }),
    competences: z.array(z.object({ code: z.string(), labelNl: z.string() }).strict()),
    comments: z.array(planCommentSchema),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: versionOf(
      "This plan item's version (not the placement's): send it as `version` with PATCH /api/onboarding-plan-items/{id}.",
    ),
  })
  .strict()
  .openapi('OnboardingPlanItem');

export const onboardingPlanSchema = z
  .object({
    placementId: z.uuid(),
    items: z.array(planItemSchema),
    comments: z.array(planCommentSchema).openapi({ description: 'Comments on the plan as a whole.' }),
    progress: z
      .object({ total: z.number().int(), done: z.number().int(), overdue: z.number().int() })
      .strict(),
    youMayEdit: z.boolean(),
  })
  .strict()
  .openapi('OnboardingPlan');

export type CreatePlanItemInput = z.infer<typeof createPlanItemSchema>;
export type UpdatePlanItemInput = z.infer<typeof updatePlanItemSchema>;
export type CreatePlanCommentInput = z.infer<typeof createPlanCommentSchema>;
export type PlanItemView = z.infer<typeof planItemSchema>;
export type PlanCommentView = z.infer<typeof planCommentSchema>;
export type OnboardingPlanView = z.infer<typeof onboardingPlanSchema>;
