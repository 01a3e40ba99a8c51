import { z } from '@hono/zod-openapi';
import { roles, staffRoles } from '../../access/roles';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';

export const roleSchema = z.enum(roles).openapi('Role', {
  description:
    'PROGRAMME_ADMIN and LIFECOACH work at the programme; PARTNER_WORKER at a partner; EMPLOYER_RECRUITER, MENTOR and MANAGER at an employer; TRAJECTORY_COORDINATOR at a trajectory provider; JOB_SEEKER is a person signed in to their own record.',
});

/** The roles staff accounts have: a JOB_SEEKER account is made only by inviting the person. */
export const staffRoleSchema = z.enum(staffRoles).openapi('StaffRole', {
  description: 'A role of a staff account (every role except JOB_SEEKER).',
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
    version: versionOf("This user's version: send it as `version` with PATCH /api/users/{id}."),
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
    role: staffRoleSchema,
  })
  .strict()
  .openapi('CreateUser');

export const updateUserSchema = z
  .object({
    displayName: z.string().trim().min(2).max(200).optional(),
    active: z.boolean().optional().openapi({
      description:
        'false: the user can no longer sign in with any token, and their open web sessions end at once.',
    }),
    role: staffRoleSchema.optional().openapi({
      description:
        "Another role of the same organisation kind (a MENTOR can become an EMPLOYER_RECRUITER, a LIFECOACH a PROGRAMME_ADMIN); never your own, never a person's own account.",
    }),
    version: basedOnVersion("The user's `version` as you last read it (GET /api/users/{id})."),
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
