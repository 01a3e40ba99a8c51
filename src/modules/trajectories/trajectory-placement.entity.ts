import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker, readinessSegments } from '../job-seekers/job-seeker.entity';
import { Organisation } from '../organisations/organisation.entity';
import { TrajectoryOffering } from './trajectory-offering.entity';
import {
  ACTIVE_PLACEMENT_STATUSES,
  attendanceValues,
  type CompetenceObservation,
  type LevelChange,
  placementStatuses,
} from './trajectory-rules';

export const contactRoutes = ['PHONE', 'EMAIL', 'VIA_LIFECOACH'] as const;
export type ContactRoute = (typeof contactRoutes)[number];

/**
 * A person proposed for, and then placed in, an offering: the warm handover from lifecoach to
 * provider. `provider` is the offering's organisation, copied so every query can be scoped to it.
 */
export const TrajectoryPlacementSchema = defineEntity({
  name: 'TrajectoryPlacement',
  tableName: 'trajectory_placement',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    offering: () => p.manyToOne(TrajectoryOffering).index(),
    provider: () => p.manyToOne(Organisation).index(),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    status: p.enum(placementStatuses).index(),
    /** From the lifecoach to the provider, so the person does not have to tell their story again. */
    handoverNote: p.text(),
    /** How the provider gets in touch: the person's phone, their email, or through the lifecoach. */
    contactRoute: p.enum(contactRoutes),
    segmentAtProposal: p.enum(readinessSegments).nullable(),
    /** Why the lifecoach proposed an offering of another kind than the segment asks; programme side only. */
    overrideJustification: p.text().nullable(),
    proposedByUserId: p.uuid(),
    proposedAt: p.datetime(),
    decidedByUserId: p.uuid().nullable(),
    decidedAt: p.datetime().nullable(),
    declineReason: p.text().nullable(),
    /** Why the lifecoach withdrew the proposal; programme side only. */
    withdrawReason: p.text().nullable(),
    /** The agreed start date (YYYY-MM-DD). */
    startDate: p.string().length(10).nullable().index(),
    actualStartDate: p.string().length(10).nullable(),
    attendance: p.enum(attendanceValues).nullable(),
    finishedOn: p.string().length(10).nullable(),
    /** Why it ended, or a closing note on completion (written by the provider). */
    finishReason: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
  indexes: [{ properties: ['offering', 'startDate', 'status'] }],
  // One running placement per person and offering: a second proposal, even a concurrent one, is refused.
  uniques: [
    {
      name: 'trajectory_placement_one_active',
      properties: ['offering', 'jobSeeker'],
      where: { status: { $in: [...ACTIVE_PLACEMENT_STATUSES] } },
    },
  ],
});
export class TrajectoryPlacement extends TrajectoryPlacementSchema.class {}
TrajectoryPlacementSchema.setClass(TrajectoryPlacement);

export const progressEntryTypes = ['NOTE', 'COMPETENCE_OBSERVATIONS', 'ATTENDANCE'] as const;
export type ProgressEntryType = (typeof progressEntryTypes)[number];

/** One thing the provider recorded during a placement; never changed afterwards. */
export const TrajectoryProgressEntrySchema = defineEntity({
  name: 'TrajectoryProgressEntry',
  tableName: 'trajectory_progress_entry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(TrajectoryPlacement).index(),
    type: p.enum(progressEntryTypes),
    note: p.text().nullable(),
    observations: p.json<CompetenceObservation[]>().nullable(),
    attendance: p.enum(attendanceValues).nullable(),
    recordedAt: p.datetime(),
    recordedByUserId: p.uuid(),
  },
});
export class TrajectoryProgressEntry extends TrajectoryProgressEntrySchema.class {}
TrajectoryProgressEntrySchema.setClass(TrajectoryProgressEntry);

export const promptReasons = ['COMPLETED', 'LEVEL_CHANGED'] as const;
export type PromptReason = (typeof promptReasons)[number];

/**
 * A prompt for the lifecoach to reassess someone: their trajectory was completed, or the provider
 * saw other competence levels than the talent profile holds. It is answered by the next talent
 * profile (a completed assessment made after the prompt); until then further changes join it.
 */
export const ReassessmentPromptSchema = defineEntity({
  name: 'ReassessmentPrompt',
  tableName: 'reassessment_prompt',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    placement: () => p.manyToOne(TrajectoryPlacement).index(),
    reasons: p.json<PromptReason[]>(),
    levelChanges: p.json<LevelChange[]>(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export class ReassessmentPrompt extends ReassessmentPromptSchema.class {}
ReassessmentPromptSchema.setClass(ReassessmentPrompt);
