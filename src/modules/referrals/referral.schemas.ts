import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '../../http/pagination';
import { referralStatuses } from './referral-status';

export const listReferralsQuerySchema = pageQuerySchema;

/**
 * A referral as the referring partner sees it: who, when, what the partner wrote and how the person
 * is reached, who guides them, and the status in plain words. Never a segment, a profile, consents,
 * or anything the lifecoach wrote.
 */
export const referralSchema = z
  .object({
    id: z.uuid().openapi({ description: 'The job seeker id.' }),
    fullName: z.string(),
    referredAt: z.iso.datetime(),
    referralNote: z
      .string()
      .nullable()
      .openapi({ description: 'The note the partner gave at registration (what the person already told).' }),
    howToReach: z
      .string()
      .nullable()
      .openapi({ description: 'How the person is best reached, as the partner wrote it.' }),
    lifecoach: z
      .object({ displayName: z.string() })
      .openapi({ description: 'Who guides the person now: the partner’s contact at Warm Rotterdam Werkt.' }),
    status: z.enum(referralStatuses),
    statusLabelNl: z.string().openapi({ example: 'eerste gesprek gehad' }),
    statusExplanationNl: z.string(),
  })
  .strict()
  .openapi('Referral');

export type ListReferralsQuery = z.infer<typeof listReferralsQuerySchema>;
export type ReferralView = z.infer<typeof referralSchema>;
