import { z } from '@hono/zod-openapi';
import { basedOnVersion, nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { postcodeSchema } from '../geo/postcodes';

export const employerProfileSchema = z
  .object({
    sectorCode: z.string(),
    sectorLabel: z.string().nullable(),
    postcode: z.string(),
    postcodeFull: z.string().nullable(),
    address: z.string().nullable(),
    underCao: z.boolean(),
    caoName: z.string().nullable(),
    hasSroiObligation: z.boolean(),
    version: versionOf(
      "This employer profile's version (the employer itself has none): send it as `version` with PUT /api/employers/{id}/profile.",
    ),
  })
  .openapi('EmployerProfile');

export const employerSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    profile: nullableRef(employerProfileSchema).openapi({
      description: 'null until the employer has filled it in.',
    }),
  })
  .openapi('Employer');

export const putEmployerProfileSchema = z
  .object({
    sectorCode: z.string().regex(/^\d{1,2}$/, 'An ISCO-08 group code of one or two digits.'),
    postcode: postcodeSchema,
    address: z.string().trim().min(3).max(200).nullable().default(null),
    underCao: z.boolean(),
    caoName: z.string().trim().min(2).max(200).nullable().default(null),
    hasSroiObligation: z.boolean(),
    version: basedOnVersion(
      "The employer profile's `version` (Employer.profile.version); required when changing an existing profile, left out for the first one.",
    ).optional(),
  })
  .strict()
  .openapi('PutEmployerProfile');

export const listEmployersQuerySchema = pageQuerySchema;

export type EmployerView = z.infer<typeof employerSchema>;
export type PutEmployerProfileInput = z.infer<typeof putEmployerProfileSchema>;
