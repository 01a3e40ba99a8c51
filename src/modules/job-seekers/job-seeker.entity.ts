import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';

export const readinessSegments = ['READY', 'LATER', 'NOT_NOW'] as const;
export type ReadinessSegment = (typeof readinessSegments)[number];

/**
 * A registered job seeker (NAW + phone). The current segment and its review date are copied here
 * from the latest segment decision, so caseload lists can filter on them without a join.
 */
export const JobSeekerSchema = defineEntity({
  name: 'JobSeeker',
  tableName: 'job_seeker',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    fullName: p.string().length(200),
    /** Lower-cased, accents removed: for search and the duplicate check. */
    nameKey: p.string().length(200).index(),
    /** Digits only, Dutch numbers as 06…/010… (see phone.ts). */
    phone: p.string().length(20).index(),
    email: p.string().length(320).nullable(),
    postcode: p.string().length(4),
    postcodeFull: p.string().length(7).nullable(),
    dateOfBirth: p.string().length(10).nullable(),
    preferredLanguage: p.string().length(5).default('nl'),
    /** How the person is best reached (times, through whom), in the words of who registered them. */
    howToReach: p.text().nullable(),
    referringOrganisation: () => p.manyToOne(Organisation).nullable().index(),
    responsibleLifecoach: () => p.manyToOne(User).index(),
    registeredByUserId: p.uuid(),
    /**
     * Certificates and licences that a job may legally require (VCA, driving licence …), as codes.
     * A JSON default given as the string '[]' would be stored as the JSON string "[]": new rows get
     * a fresh array instead, and the column keeps its database default for other writers.
     */
    legalQualifications: p
      .json<string[]>()
      .onCreate(() => [])
      .defaultRaw(`'[]'`),
    currentSegment: p.enum(readinessSegments).nullable().index(),
    segmentReviewDate: p.string().length(10).nullable().index(),
    /** When the person's data was erased (src/modules/erasure); an erased person is in nobody's scope. */
    erasedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class JobSeeker extends JobSeekerSchema.class {}
JobSeekerSchema.setClass(JobSeeker);

/** Who was responsible for a job seeker, when, and the handover note ("warm overdragen"). */
export const LifecoachAssignmentSchema = defineEntity({
  name: 'LifecoachAssignment',
  tableName: 'lifecoach_assignment',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    lifecoach: () => p.manyToOne(User),
    startedAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    /** For the first lifecoach the referral note of the partner who registered the person, if any. */
    handoverNote: p.text().nullable(),
    assignedByUserId: p.uuid(),
    /**
     * When this lifecoach first spoke with the person ("warm", not a cold handover). Until then the
     * person is on the lifecoach's Today once the configured number of working days has passed.
     */
    firstContactAt: p.datetime().nullable(),
  },
});
export class LifecoachAssignment extends LifecoachAssignmentSchema.class {}
LifecoachAssignmentSchema.setClass(LifecoachAssignment);
