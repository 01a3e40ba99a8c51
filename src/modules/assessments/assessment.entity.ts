import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import type { Evidence as EvidenceInput } from './answers';

export const assessmentStatuses = ['DRAFT', 'COMPLETED'] as const;

/** One piece of evidence as answers.ts defines it, with its own id and when it was added. */
export type Evidence = EvidenceInput & { id: string; addedAt: string };

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
  // At most one open draft per person: a second start, even a concurrent one, is refused.
  uniques: [
    { name: 'assessment_one_draft_per_job_seeker', properties: ['jobSeeker'], where: { status: 'DRAFT' } },
  ],
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
