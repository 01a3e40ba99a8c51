import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';
import { offeringKinds, offeringStatuses } from './trajectory-rules';

/**
 * A learn-work trajectory, activation programme or preparation training module that a provider
 * offers. Places are counted per start date (fixed starts) or as people taking part at the same time
 * (continuous intake); accepting a placement locks this row, so the capacity holds under concurrency.
 */
export const TrajectoryOfferingSchema = defineEntity({
  name: 'TrajectoryOffering',
  tableName: 'trajectory_offering',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    provider: () => p.manyToOne(Organisation).index(),
    kind: p.enum(offeringKinds).index(),
    title: p.string().length(200),
    description: p.text(),
    /** Catalogue codes of the competences the offering develops. */
    competenceCodes: p.json<string[]>(),
    hoursPerWeek: p.integer(),
    durationWeeks: p.integer(),
    postcode: p.string().length(4),
    postcodeFull: p.string().length(7).nullable(),
    continuousIntake: p.boolean(),
    /** YYYY-MM-DD, ascending; empty with continuous intake. */
    startDates: p.json<string[]>(),
    capacityPerStart: p.integer(),
    status: p.enum(offeringStatuses).index(),
    createdByUserId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class TrajectoryOffering extends TrajectoryOfferingSchema.class {}
TrajectoryOfferingSchema.setClass(TrajectoryOffering);
