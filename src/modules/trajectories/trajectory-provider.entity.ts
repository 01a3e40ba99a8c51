import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from '../organisations/organisation.entity';

/**
 * What a trajectory provider (an organisation of kind TRAJECTORY_PROVIDER) carries beyond its name.
 * Membership of a platform is a link to the platform organisation: Roffabriek is a provider without
 * a platform, its member social enterprises point at it. One level only: a platform is never itself
 * a member. Membership is shown with offerings and can be filtered on; it gives no access — each
 * organisation sees only the people proposed to or placed with itself.
 */
export const TrajectoryProviderProfileSchema = defineEntity({
  name: 'TrajectoryProviderProfile',
  tableName: 'trajectory_provider_profile',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organisation: () => p.oneToOne(Organisation).owner().unique(),
    platform: () => p.manyToOne(Organisation).nullable().index(),
    /** What the provider does, in plain Dutch (B1), for lifecoaches choosing an offering. */
    description: p.text().nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class TrajectoryProviderProfile extends TrajectoryProviderProfileSchema.class {}
TrajectoryProviderProfileSchema.setClass(TrajectoryProviderProfile);
