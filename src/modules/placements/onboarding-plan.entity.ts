import { defineEntity, p } from '@mikro-orm/core';
import { Placement } from './placement.entity';

export const planItemKinds = ['GOAL', 'LEARNING_ITEM'] as const;
export type PlanItemKind = (typeof planItemKinds)[number];
export const planItemStatuses = ['PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];

/**
 * One goal or learning item of the onboarding and training plan (inwerk- en opleidingsplan), owned
 * by the employer: a target date, a status and the competences it develops.
 */
export const OnboardingPlanItemSchema = defineEntity({
  name: 'OnboardingPlanItem',
  tableName: 'onboarding_plan_item',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(Placement).index(),
    kind: p.enum(planItemKinds),
    title: p.string().length(200),
    description: p.text().nullable(),
    targetDate: p.string().length(10),
    status: p.enum(planItemStatuses),
    competenceCodes: p.json<string[]>(),
    createdByUserId: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    version: p.integer().version(),
  },
});
export class OnboardingPlanItem extends OnboardingPlanItemSchema.class {}
OnboardingPlanItemSchema.setClass(OnboardingPlanItem);

/** A comment on the plan or on one of its items, by the mentor, the lifecoach or the employer. */
export const OnboardingPlanCommentSchema = defineEntity({
  name: 'OnboardingPlanComment',
  tableName: 'onboarding_plan_comment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(Placement).index(),
    /** The item commented on; null for a comment on the plan as a whole. */
    item: () => p.manyToOne(OnboardingPlanItem).nullable().index(),
    text: p.text(),
    authorUserId: p.uuid(),
    authorRole: p.string().length(40),
    createdAt: p.datetime(),
  },
});
export class OnboardingPlanComment extends OnboardingPlanCommentSchema.class {}
OnboardingPlanCommentSchema.setClass(OnboardingPlanComment);
