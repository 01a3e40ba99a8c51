import { z } from '@hono/zod-openapi';
import { basedOnVersion, nullableRef } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';

export const organisationRefSchema = z.object({ id: z.uuid(), name: z.string() }).openapi('OrganisationRef');

export const trajectoryProviderSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    platform: nullableRef(organisationRefSchema).openapi({
      description:
        'The platform this social enterprise is a member of (Roffabriek); null for a platform itself.',
    }),
    description: z.string().nullable(),
    profileVersion: z.number().int().nullable().openapi({
      description:
        "This provider profile's version (the organisation has none): send it as `version` with PUT /api/trajectory-providers/{id}; null until the profile exists.",
    }),
  })
  .openapi('TrajectoryProvider');

export const putTrajectoryProviderSchema = z
  .object({
    platformId: z.uuid().nullable().openapi({
      description:
        'The platform organisation (a TRAJECTORY_PROVIDER that is not itself a member), or null for none.',
    }),
    description: z
      .string()
      .trim()
      .min(10)
      .max(2000)
      .nullable()
      .default(null)
      .openapi({ description: 'What the provider does, in plain Dutch (B1).' }),
    version: basedOnVersion(
      "The provider profile's version (TrajectoryProvider.profileVersion); required when changing an existing profile, left out for the first one.",
    ).optional(),
  })
  .strict()
  .openapi('PutTrajectoryProvider');

export const listTrajectoryProvidersQuerySchema = pageQuerySchema.extend({
  platformId: z.uuid().optional().openapi({ description: 'Only the members of this platform.' }),
});

export type TrajectoryProviderView = z.infer<typeof trajectoryProviderSchema>;
export type PutTrajectoryProviderInput = z.infer<typeof putTrajectoryProviderSchema>;
export type ListTrajectoryProvidersQuery = z.infer<typeof listTrajectoryProvidersQuerySchema>;
