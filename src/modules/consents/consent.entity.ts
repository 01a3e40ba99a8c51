import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Organisation } from '../organisations/organisation.entity';

export const consentPurposes = [
  'PROGRAMME_PROCESSING',
  'MATCHING',
  'PROFILE_SHARING',
  'MEET_AND_GREET',
  /** Explicit consent to record obstacles about health, addiction or justice (AVG art. 9 and 10). */
  'SPECIAL_CATEGORIES',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/**
 * One consent event: given or withdrawn, per purpose (and for profile sharing per named employer),
 * recorded by a professional on the person's behalf, against a version of the consent text.
 * Events are never changed; the latest one per purpose is what counts.
 */
export const ConsentRecordSchema = defineEntity({
  name: 'ConsentRecord',
  tableName: 'consent_record',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    purpose: p.enum(consentPurposes),
    employer: () => p.manyToOne(Organisation).nullable(),
    given: p.boolean(),
    textVersion: p.string().length(60),
    recordedAt: p.datetime(),
    recordedByUserId: p.uuid(),
  },
});
export class ConsentRecord extends ConsentRecordSchema.class {}
ConsentRecordSchema.setClass(ConsentRecord);
