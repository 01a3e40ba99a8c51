import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { type ModuleStatus, PREPARATION_SEGMENTS } from './preparation-rules';

/** One training module of a plan: a TRAINING_MODULE offering chosen with the person, and how far it is. */
export type PlanModuleRow = { offeringId: string; status: ModuleStatus };

/**
 * A person's preparation plan (READY or LATER): the training modules chosen with the person, the
 * competences from matching to work on, the planned weeks (the intensity, capped per segment), the
 * progress per module, and the moment the lifecoach and the person chose to meet employers. One
 * plan per person, kept up to date by the lifecoach; every change is audited.
 */
export const PreparationPlanSchema = defineEntity({
  name: 'PreparationPlan',
  tableName: 'preparation_plan',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.oneToOne(JobSeeker).owner().unique(),
    /** The segment when the plan was last saved: the intensity it was checked against. */
    segment: p.enum(PREPARATION_SEGMENTS),
    modules: p.json<PlanModuleRow[]>(),
    focusCompetenceCodes: p.json<string[]>(),
    /** YYYY-MM-DD. */
    startDate: p.string().length(10),
    plannedWeeks: p.integer(),
    /** YYYY-MM-DD, chosen with the person; null: not chosen yet. */
    readyToMeetDate: p.string().length(10).nullable(),
    createdByUserId: p.uuid(),
    updatedByUserId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class PreparationPlan extends PreparationPlanSchema.class {}
PreparationPlanSchema.setClass(PreparationPlan);
