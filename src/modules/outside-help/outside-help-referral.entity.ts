import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { outsideHelpKinds, outsideHelpStatuses } from './outside-help-rules';

/**
 * A warm referral to help outside the programme: which kind, which organisation, who the contact is,
 * when, and whether the person arrived. Support-sphere data: the lifecoach and programme staff only,
 * never an employer or a provider; the person reads it in their own record.
 */
export const OutsideHelpReferralSchema = defineEntity({
  name: 'OutsideHelpReferral',
  tableName: 'outside_help_referral',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    kind: p.enum(outsideHelpKinds),
    organisationName: p.string().length(200),
    /** The named contact at the organisation, and how to reach them. */
    contactName: p.string().length(200),
    contactDetails: p.string().length(200).nullable(),
    /** The day of the referral (YYYY-MM-DD). */
    referredOn: p.string().length(10),
    /** The day to check whether the person arrived (YYYY-MM-DD). */
    checkOn: p.string().length(10).index(),
    /** What the referral is for, written so the person can read along. */
    note: p.text().nullable(),
    status: p.enum(outsideHelpStatuses).index(),
    arrivedOn: p.string().length(10).nullable(),
    referredByUserId: p.uuid(),
    checkedByUserId: p.uuid().nullable(),
    checkedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class OutsideHelpReferral extends OutsideHelpReferralSchema.class {}
OutsideHelpReferralSchema.setClass(OutsideHelpReferral);
