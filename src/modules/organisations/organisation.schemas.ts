import { z } from '@hono/zod-openapi';
import { organisationKinds } from '../../access/roles';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';

export const organisationKindSchema = z.enum(organisationKinds).openapi('OrganisationKind', {
  description:
    'PROGRAMME (Warm Rotterdam), PARTNER (referring organisation), EMPLOYER, TRAJECTORY_PROVIDER (Roffabriek and its social enterprises).',
});

export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: organisationKindSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: versionOf(
      "This organisation's version: send it as `version` with PATCH /api/organisations/{id} (optimistic locking).",
    ),
  })
  .openapi('Organisation');

const nameSchema = z.string().trim().min(2).max(200);

export const createOrganisationSchema = z
  .object({ name: nameSchema, kind: organisationKindSchema })
  .strict()
  .openapi('CreateOrganisation');

export const updateOrganisationSchema = z
  .object({ name: nameSchema, version: basedOnVersion("The organisation's `version` as you last read it.") })
  .strict()
  .openapi('UpdateOrganisation');

export const listOrganisationsQuerySchema = pageQuerySchema.extend({
  kind: organisationKindSchema.optional(),
});

export type OrganisationView = z.infer<typeof organisationSchema>;
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;
export type UpdateOrganisationInput = z.infer<typeof updateOrganisationSchema>;
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuerySchema>;
