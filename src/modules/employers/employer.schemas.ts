import { z } from '@hono/zod-openapi';
import { nullableRef } from '../../http/openapi';
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
    version: z.number().int(),
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
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'Required when changing an existing profile.' }),
  })
  .strict()
  .openapi('PutEmployerProfile');

export const listEmployersQuerySchema = pageQuerySchema;

export type EmployerView = z.infer<typeof employerSchema>;
export type PutEmployerProfileInput = z.infer<typeof putEmployerProfileSchema>;
