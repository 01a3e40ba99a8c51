import { z } from '@hono/zod-openapi';
import { basedOnVersion } from '../../http/openapi';
import { roleSchema } from '../users/user.schemas';
import { placementSchema } from './placement.schemas';

/** Whom a recruiter invites for a placement: its mentor or its manager. */
export const guideRoles = ['MENTOR', 'MANAGER'] as const;
export type GuideRole = (typeof guideRoles)[number];

export const inviteGuideSchema = z
  .object({
    role: z.enum(guideRoles).openapi({
      description:
        'MENTOR: the colleague who works beside the new employee (an account with the MENTOR role). MANAGER: the manager who gives feedback at least every two weeks.',
    }),
    displayName: z.string().trim().min(2).max(200).openapi({
      description: 'The colleague’s name. An existing account keeps its own name.',
    }),
    email: z
      .email()
      .max(320)
      .transform((email) => email.toLowerCase())
      .openapi({
        description:
          'The colleague’s work address. A new account is made in your organisation with the right role; an existing account of your organisation is reused.',
      }),
    version: basedOnVersion("The placement's `version` as you last read it (GET /api/placements/{id})."),
  })
  .strict()
  .openapi('InviteGuide');

export const guideInvitationSchema = z
  .object({
    role: z.enum(guideRoles),
    user: z.object({ id: z.uuid(), displayName: z.string(), email: z.string(), role: roleSchema }).strict(),
    accountCreated: z.boolean().openapi({ description: 'false: an existing account was reused.' }),
    mailSent: z.boolean().openapi({
      description:
        'Whether the sign-in e-mail went out. false: the mail server refused it; ask again to send a new link.',
    }),
    linkExpiresAt: z.iso.datetime().openapi({
      description: 'The mailed sign-in link works until then (7 days), and once.',
    }),
    placement: placementSchema,
  })
  .strict()
  .openapi('GuideInvitation');

export type InviteGuideInput = z.infer<typeof inviteGuideSchema>;
export type GuideInvitationView = z.infer<typeof guideInvitationSchema>;
