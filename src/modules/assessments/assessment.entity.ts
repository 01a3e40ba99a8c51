import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';

export const assessmentStatuses = ['DRAFT', 'COMPLETED'] as const;

export type Evidence = { id: string; kind: string; description: string; url: string | null; addedAt: string };

/** An assessment in progress or done; answers are saved in parts over several conversations. */
export const AssessmentSchema = defineEntity({
  name: 'Assessment',
  tableName: 'assessment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    lifecoachUserId: p.uuid(),
    instrumentVersion: p.integer(),
    status: p.enum(assessmentStatuses).default('DRAFT'),
    answers: p.json<Record<string, unknown>>(),
    evidence: p.json<Evidence[]>(),
    /** Phase rood: a short note instead of the full instrument. */
    redPhaseNote: p.text().nullable(),
    startedAt: p.datetime(),
    completedAt: p.datetime().nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class Assessment extends AssessmentSchema.class {}
AssessmentSchema.setClass(Assessment);

/**
 * An immutable talent profile version, computed when an assessment is completed. Support needs
 * are kept in their own column so no query for an employer or partner can pick them up by accident.
 */
export const TalentProfileSchema = defineEntity({
  name: 'TalentProfileRecord',
  tableName: 'talent_profile',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    assessment: () => p.manyToOne(Assessment),
    profileNumber: p.integer(),
    instrumentVersion: p.integer(),
    profile: p.json<Record<string, unknown>>(),
    supportNeeds: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    createdByUserId: p.uuid(),
  },
  uniques: [{ properties: ['jobSeeker', 'profileNumber'] }],
});
export class TalentProfileRecord extends TalentProfileSchema.class {}
TalentProfileSchema.setClass(TalentProfileRecord);
