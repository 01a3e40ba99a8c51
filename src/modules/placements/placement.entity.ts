import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { contractTypes, type PayIndication, Vacancy } from '../vacancies/vacancy.entity';
import {
  type Absence,
  type BuildUpStep,
  endReasons,
  placementStatuses,
  RUNNING_STATUSES,
} from './placement-rules';

export const placementSides = ['EMPLOYER', 'PROGRAMME'] as const;
export type PlacementSide = (typeof placementSides)[number];

/**
 * A person's start of work at an employer after a hire (indiensttreding), and its follow-up: the
 * contract, the named mentor (not the manager) and manager at the employer, the lifecoach for the
 * personal sphere, the agreed hours build-up and how it ended. `employer` is the vacancy's
 * organisation, copied so every query can be scoped to it.
 */
export const PlacementSchema = defineEntity({
  name: 'Placement',
  tableName: 'placement',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    employer: () => p.manyToOne(Organisation).index(),
    vacancy: () => p.manyToOne(Vacancy).index(),
    /** The candidacy of the Meet & Greet pipeline that became "hired"; null for a direct hire. */
    candidacyId: p.uuid().nullable().unique(),
    status: p.enum(placementStatuses).index(),
    /** The first day of work (YYYY-MM-DD); may be unknown while the placement is a draft. */
    startDate: p.string().length(10).nullable().index(),
    contractType: p.enum(contractTypes),
    /** Length of the first contract in months; null for a contract without an end date. */
    contractDurationMonths: p.integer().nullable(),
    contractHoursPerWeek: p.integer(),
    /** The contract guarantees no hours (a zero-hour or on-call contract): shown as such. */
    zeroHoursContract: p.boolean(),
    paid: p.boolean(),
    underCao: p.boolean(),
    pay: p.json<PayIndication>().nullable(),
    mentor: () => p.manyToOne(User).nullable().index(),
    manager: () => p.manyToOne(User).nullable().index(),
    lifecoach: () => p.manyToOne(User).index(),
    /** The agreed hours per week over the first weeks; its history is in placement_hours_change. */
    hoursBuildUp: p.json<BuildUpStep[]>(),
    /** Holidays and other agreed absences: no conversations are due on these days. */
    absences: p.json<Absence[]>(),
    startedAt: p.datetime().nullable(),
    convertedOn: p.string().length(10).nullable(),
    /** The last day of work, for an ended placement. */
    endDate: p.string().length(10).nullable(),
    endReason: p.enum(endReasons).nullable(),
    /** The named causes in free text; for the programme, and for the employer only when they wrote it. */
    endNote: p.text().nullable(),
    endedBySide: p.enum(placementSides).nullable(),
    endedByUserId: p.uuid().nullable(),
    returnsToProgramme: p.boolean().nullable(),
    createdByUserId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
  // One running placement per person and vacancy: a second hire, even a concurrent one, is refused.
  uniques: [
    {
      name: 'placement_one_running_per_vacancy',
      properties: ['vacancy', 'jobSeeker'],
      where: { status: { $in: [...RUNNING_STATUSES] } },
    },
  ],
});
export class Placement extends PlacementSchema.class {}
PlacementSchema.setClass(Placement);

/** Every agreed change of the hours build-up, with its reason; never changed afterwards. */
export const PlacementHoursChangeSchema = defineEntity({
  name: 'PlacementHoursChange',
  tableName: 'placement_hours_change',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(Placement).index(),
    steps: p.json<BuildUpStep[]>(),
    contractHoursPerWeek: p.integer(),
    reason: p.text(),
    changedAt: p.datetime(),
    changedByUserId: p.uuid().nullable(),
  },
});
export class PlacementHoursChange extends PlacementHoursChangeSchema.class {}
PlacementHoursChangeSchema.setClass(PlacementHoursChange);
