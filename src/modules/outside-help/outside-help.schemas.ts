import { z } from '@hono/zod-openapi';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { outsideHelpKinds, outsideHelpStatuses } from './outside-help-rules';

const calendarDate = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD.' });
const shortText = (max: number) => z.string().trim().min(2).max(max);

// ---- input ------------------------------------------------------------------------------------

export const createOutsideHelpReferralSchema = z
  .object({
    kind: z.enum(outsideHelpKinds).openapi({
      description:
        'DEBT_COUNSELLING (schuldhulpverlening), WORK_AND_INCOME (the municipality’s Werk en Inkomen), CARE (zorg), HOUSING (wonen).',
    }),
    organisationName: shortText(200).openapi({ example: 'Schuldhulpverlening Rotterdam Zuid' }),
    contactName: shortText(200).openapi({
      description: 'The named contact at the organisation.',
      example: 'Marieke de Boer',
    }),
    contactDetails: shortText(200)
      .optional()
      .openapi({ description: 'How to reach the contact (phone, mail).', example: '010 123 45 67' }),
    referredOn: calendarDate.openapi({ description: 'The day of the referral (not in the future).' }),
    checkOn: calendarDate.optional().openapi({
      description:
        'The day to check whether the person arrived: not before the referral. Default: 14 days after it.',
    }),
    note: z
      .string()
      .trim()
      .min(1)
      .max(1000)
      .optional()
      .openapi({ description: 'What the referral is for, written so the person can read along.' }),
  })
  .strict()
  .openapi('CreateOutsideHelpReferral');

export const outsideHelpArrivalSchema = z
  .discriminatedUnion('outcome', [
    z
      .object({
        outcome: z.literal('ARRIVED'),
        arrivedOn: calendarDate.openapi({ description: 'The day the person got there (not in the future).' }),
        version: basedOnVersion('The referral’s `version` as you last read it.'),
      })
      .strict(),
    z
      .object({
        outcome: z.literal('NOT_YET'),
        checkAgainOn: calendarDate.openapi({ description: 'The next day to check: after today.' }),
        version: basedOnVersion('The referral’s `version` as you last read it.'),
      })
      .strict(),
    z
      .object({
        outcome: z.literal('NOT_GOING'),
        version: basedOnVersion('The referral’s `version` as you last read it.'),
      })
      .strict(),
  ])
  .openapi('OutsideHelpArrival', {
    description:
      'ARRIVED: the person got there; NOT_YET: check again on a later day; NOT_GOING: the referral will not happen (no reason asked).',
  });

export const outsideHelpChecksQuerySchema = pageQuerySchema;

// ---- output -----------------------------------------------------------------------------------

export const outsideHelpReferralSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    kind: z.enum(outsideHelpKinds),
    kindLabelNl: z.string(),
    organisationName: z.string(),
    contactName: z.string(),
    contactDetails: z.string().nullable(),
    referredOn: calendarDate,
    checkOn: calendarDate,
    note: z.string().nullable(),
    status: z.enum(outsideHelpStatuses),
    statusLabelNl: z.string(),
    arrivedOn: calendarDate.nullable(),
    arrivalCheckDue: z.boolean().openapi({ description: 'WAITING and the check day has come.' }),
    referredByUserId: z.uuid(),
    version: versionOf('Send it as `version` when recording the arrival check.'),
  })
  .strict()
  .openapi('OutsideHelpReferral');

export const outsideHelpReferralListSchema = z
  .object({ items: z.array(outsideHelpReferralSchema).openapi({ description: 'Newest referral first.' }) })
  .openapi('OutsideHelpReferralList');

export const outsideHelpCheckSchema = z
  .object({
    referralId: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    kind: z.enum(outsideHelpKinds),
    kindLabelNl: z.string(),
    organisationName: z.string(),
    contactName: z.string(),
    referredOn: calendarDate,
    checkOn: calendarDate,
    daysPastCheck: z.number().int().min(0),
    lifecoach: z.object({ id: z.uuid(), displayName: z.string() }),
  })
  .openapi('OutsideHelpArrivalCheck');

export type CreateOutsideHelpReferralInput = z.infer<typeof createOutsideHelpReferralSchema>;
export type OutsideHelpArrivalInput = z.infer<typeof outsideHelpArrivalSchema>;
export type OutsideHelpReferralView = z.infer<typeof outsideHelpReferralSchema>;
export type OutsideHelpCheckView = z.infer<typeof outsideHelpCheckSchema>;
