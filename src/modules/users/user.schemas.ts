import { z } from '@hono/zod-openapi';
import { staffRoles } from '../../access/roles';
import { pageQuerySchema } from '../../http/pagination';

export const roleSchema = z.enum(staffRoles).openapi({
  description:
    'PROGRAMME_ADMIN and LIFECOACH work at the programme; PARTNER_WORKER at a partner; EMPLOYER_RECRUITER and MENTOR at an employer; TRAJECTORY_COORDINATOR at a trajectory provider.',
});

export const userSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    displayName: z.string(),
    email: z.email(),
    role: roleSchema,
    active: z.boolean(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
  })
  .openapi('User');

export const createUserSchema = z
  .object({
    organisationId: z.uuid(),
    displayName: z.string().trim().min(2).max(200),
    email: z
      .email()
      .max(320)
      .transform((email) => email.toLowerCase()),
    role: roleSchema,
  })
  .strict()
  .openapi('CreateUser');

export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(2).max(200).optional(),
    active: z
      .boolean()
      .optional()
      .openapi({ description: 'false: the user can no longer sign in with any token.' }),
    version: z.number().int().min(1),
  })
  .strict()
  .openapi('UpdateUser');

export const listUsersQuerySchema = pageQuerySchema.extend({
  organisationId: z.uuid().optional(),
  role: roleSchema.optional(),
});

export type UserView = z.infer<typeof userSchema>;
export type CreateUserInput = z.infer<typeof createUserSchema>;
export type UpdateUserInput = z.infer<typeof updateUserSchema>;
export type ListUsersQuery = z.infer<typeof listUsersQuerySchema>;
