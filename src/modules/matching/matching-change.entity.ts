import { defineEntity, p } from '@mikro-orm/core';

/**
 * A note that something matching depends on changed for a job seeker (profile, segment, consent,
 * postcode, qualifications, placement). Written in the same transaction as the change; every
 * server process reads the notes it has not seen yet before it ranks, so all in-memory matching
 * indexes follow the database, which stays the source of truth.
 */
export const MatchingChangeSchema = defineEntity({
  name: 'MatchingChange',
  tableName: 'matching_change',
  properties: {
    id: p.bigint('number').primary().autoincrement(),
    jobSeekerId: p.uuid(),
    changedAt: p
      .datetime()
      .onCreate(() => new Date())
      .index(),
  },
});
export class MatchingChange extends MatchingChangeSchema.class {}
MatchingChangeSchema.setClass(MatchingChange);
