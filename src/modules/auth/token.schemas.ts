import { z } from '@hono/zod-openapi';
import { organisationKindSchema } from '../organisations/organisation.schemas';
import { roleSchema } from '../users/user.schemas';

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid(),
    label: z.string(),
    prefix: z
      .string()
      .openapi({ description: 'Shown in clear to tell tokens apart: the token starts with wrw_<prefix>_.' }),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
  })
  .openapi('ApiToken');

export const issuedApiTokenSchema = apiTokenSchema
  .extend({ token: z.string().openapi({ description: 'The secret token. Shown only in this response.' }) })
  .openapi('IssuedApiToken');

export const issueTokenSchema = z
  .object({
    label: z.string().trim().min(1).max(100),
    expiresInDays: z
      .number()
      .int()
      .min(1)
      .max(730)
      .optional()
      .openapi({ description: 'Default: TOKEN_TTL_DAYS.' }),
  })
  .strict()
  .openapi('IssueApiToken');

export const meSchema = z
  .object({
    userId: z.uuid(),
    displayName: z.string(),
    role: roleSchema,
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: organisationKindSchema }),
    tokenId: z.uuid(),
  })
  .openapi('Me');

export type ApiTokenView = z.infer<typeof apiTokenSchema>;
export type IssuedApiTokenView = z.infer<typeof issuedApiTokenSchema>;
export type IssueTokenInput = z.infer<typeof issueTokenSchema>;
