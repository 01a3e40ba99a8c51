import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { consentStateSchema } from '../consents/consent.schemas';
import { postcodeSchema } from '../geo/postcodes';
import { dateOfBirthProblem, dutchCalendarDate } from './calendar';
import { readinessSegments } from './job-seeker.entity';
import { isLanguageCode } from './languages';
import { phoneSchema } from './phone';

// ---- input ------------------------------------------------------------------------------------

const fullNameSchema = z.string().trim().min(2).max(200).openapi({ example: 'Fatima El Amrani' });

const phoneInputSchema = phoneSchema.openapi({
  type: 'string',
  description:
    'Required. Dutch numbers in any common notation (06-12 34 56 78, +31 6 12345678, 010-1234567) are stored as 0612345678; foreign numbers as +<digits>.',
  example: '06 12345678',
});

const emailSchema = z
  .email()
  .max(320)
  .transform((email) => email.toLowerCase());

const postcodeInputSchema = postcodeSchema.openapi({
  type: 'string',
  description: 'PC4 (3011) or full postcode (3011 AB). The 4 digits must be a known Dutch postcode area.',
  example: '3011 AB',
});

const dateOfBirthSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = dateOfBirthProblem(value, dutchCalendarDate(new Date()));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .openapi({
    format: 'date',
    example: '1985-04-23',
    description: 'YYYY-MM-DD; not in the future; age 15–100.',
  });

const preferredLanguageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isLanguageCode, {
    message: say({
      nl: 'Gebruik een taalcode van twee letters (ISO 639-1), bijvoorbeeld nl, en, ar, tr',
      en: 'Use a two-letter ISO 639-1 language code, for example nl, en, ar, tr',
    }),
  })
  .openapi({ example: 'nl', description: 'ISO 639-1 code of the language to contact the person in.' });

export const registerJobSeekerSchema = z
  .object({
    fullName: fullNameSchema,
    phone: phoneInputSchema,
    email: emailSchema.optional(),
    postcode: postcodeInputSchema,
    dateOfBirth: dateOfBirthSchema.optional(),
    referringOrganisationId: z.uuid().optional().openapi({
      description:
        'The PARTNER organisation that referred the person. A partner worker always registers for their own organisation (it may be left out).',
    }),
    preferredLanguage: preferredLanguageSchema
      .optional()
      .openapi({ description: 'ISO 639-1 code of the language to contact the person in. Default: nl.' }),
    lifecoachId: z.uuid().optional().openapi({
      description:
        'The responsible lifecoach (an active LIFECOACH user, see GET /lifecoaches). A lifecoach registering may leave it out: then it is themselves. Programme staff and partner workers must name one.',
    }),
    howToReach: z.string().trim().min(1).max(500).optional().openapi({
      description:
        'How the person is best reached: times, a place, or through whom (for example "via de inloop van Buurtwerk, dinsdagochtend"). The person can read it.',
    }),
    referralNote: z.string().trim().min(1).max(2000).optional().openapi({
      description:
        'What the person already told the one who registers them, and how best to reach them, so they need not tell it again ("warm overdragen"). Kept as the first lifecoach assignment\'s handoverNote; the person can read it.',
    }),
  })
  .strict()
  .openapi('RegisterJobSeeker');

const changeableFields = [
  'fullName',
  'phone',
  'email',
  'postcode',
  'dateOfBirth',
  'referringOrganisationId',
  'preferredLanguage',
  'howToReach',
] as const;

export const updateJobSeekerSchema = z
  .object({
    fullName: fullNameSchema.optional(),
    phone: phoneInputSchema.optional(),
    email: emailSchema.nullable().optional().openapi({ description: 'null removes the email address.' }),
    postcode: postcodeInputSchema.optional(),
    dateOfBirth: dateOfBirthSchema.nullable().optional(),
    referringOrganisationId: z.uuid().nullable().optional(),
    preferredLanguage: preferredLanguageSchema.optional(),
    howToReach: z
      .string()
      .trim()
      .min(1)
      .max(500)
      .nullable()
      .optional()
      .openapi({ description: 'How the person is best reached; null removes it.' }),
    version: basedOnVersion("The person's record `version` as you last read it (JobSeeker.version)."),
  })
  .strict()
  .refine((input) => changeableFields.some((field) => input[field] !== undefined), {
    message: say({ nl: 'Geef minstens één veld om te wijzigen', en: 'Send at least one field to change' }),
    path: [],
  })
  .openapi('UpdateJobSeeker');

export const handoverSchema = z
  .object({
    toLifecoachId: z
      .uuid()
      .openapi({ description: 'The new responsible lifecoach (an active LIFECOACH user).' }),
    note: z.string().trim().min(10).max(2000).openapi({
      description:
        'The handover note for the new lifecoach ("warm overdragen"): what they need to know to continue, so the person does not have to tell their story again.',
    }),
  })
  .strict()
  .openapi('Handover');

export const recordFirstContactSchema = z
  .object({
    contactedOn: z.iso.date().optional().openapi({
      description: 'The day of the first conversation (YYYY-MM-DD, not in the future). Default: today.',
    }),
  })
  .strict()
  .openapi('RecordFirstContact');

export const listJobSeekersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().min(2).max(100).optional().openapi({
    description:
      'Search: every word must occur in the name (case and accents ignored), or the digits occur in the phone number.',
  }),
  segment: z.enum(readinessSegments).optional(),
  lifecoachId: z.uuid().optional().openapi({ description: 'Only the caseload of this lifecoach.' }),
  referringOrganisationId: z.uuid().optional(),
  reviewDue: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .openapi({ description: 'true: the segment review date is today or earlier; false: not (yet) due.' }),
});

// ---- output -----------------------------------------------------------------------------------

/** What was registered: the only data a partner worker sees. */
const registrationFields = {
  id: z.uuid(),
  fullName: z.string(),
  phone: z.string(),
  email: z.string().nullable(),
  postcode: z.string().openapi({ description: 'The 4 digits (PC4).', example: '3011' }),
  postcodeFull: z.string().nullable().openapi({ example: '3011 AB' }),
  dateOfBirth: z.string().nullable(),
  preferredLanguage: z.string(),
  howToReach: z.string().nullable().openapi({ description: 'How the person is best reached.' }),
  referringOrganisationId: z.uuid().nullable(),
  registeredAt: z.iso.datetime(),
};

export const lifecoachRefSchema = z.object({ id: z.uuid(), displayName: z.string() }).openapi('LifecoachRef');

export const segmentStateSchema = z
  .object({
    current: z.enum(readinessSegments).nullable().openapi({ description: 'null: no segment decided yet.' }),
    reviewDate: z.string().nullable(),
    reviewDue: z.boolean().openapi({ description: 'The review date is today or earlier.' }),
  })
  .openapi('SegmentState');

export const jobSeekerRegistrationSchema = z
  .object({ view: z.literal('REGISTRATION'), ...registrationFields })
  .strict()
  .openapi('JobSeekerRegistration', {
    description:
      'The registration data only: what partner workers see of the people their organisation referred.',
  });

export const jobSeekerSummarySchema = z
  .object({
    view: z.literal('SUMMARY'),
    ...registrationFields,
    responsibleLifecoach: lifecoachRefSchema,
    segment: segmentStateSchema,
    version: versionOf(
      "This person's record version, the same as JobSeeker.version: send it as `version` with PATCH /api/job-seekers/{id}.",
    ),
  })
  .strict()
  .openapi('JobSeekerSummary', {
    description: 'A row of a caseload list (lifecoaches and programme staff).',
  });

export const jobSeekerSchema = z
  .object({
    view: z.literal('FULL'),
    ...registrationFields,
    registeredByUserId: z.uuid(),
    responsibleLifecoach: lifecoachRefSchema,
    segment: segmentStateSchema,
    consents: z
      .array(consentStateSchema)
      .openapi({ description: 'Current consent per purpose (see GET /job-seekers/{id}/consents).' }),
    updatedAt: z.iso.datetime(),
    version: versionOf(
      "This person's record version: send it as `version` with PATCH /api/job-seekers/{id}. Consents and assessments have their own.",
    ),
  })
  .strict()
  .openapi('JobSeeker', { description: 'The whole record (lifecoaches and programme staff).' });

export const jobSeekerRecordSchema = z
  .discriminatedUnion('view', [jobSeekerSchema, jobSeekerRegistrationSchema])
  .openapi('JobSeekerRecord');

export const jobSeekerListItemSchema = z
  .discriminatedUnion('view', [jobSeekerSummarySchema, jobSeekerRegistrationSchema])
  .openapi('JobSeekerListItem');

export const lifecoachAssignmentSchema = z
  .object({
    id: z.uuid(),
    lifecoach: lifecoachRefSchema,
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime().nullable().openapi({ description: 'null: the current lifecoach.' }),
    handoverNote: z.string().nullable().openapi({
      description:
        'The handover note from the previous lifecoach; for the first lifecoach the referral note given at registration, or null.',
    }),
    assignedByUserId: z.uuid(),
    firstContactAt: z.iso.datetime().nullable().openapi({
      description:
        'When this lifecoach recorded the first conversation with the person; null: not yet (the person is on Today after FIRST_CONTACT_WORKING_DAYS working days).',
    }),
  })
  .openapi('LifecoachAssignment');

export const lifecoachHistorySchema = z
  .object({ items: z.array(lifecoachAssignmentSchema).openapi({ description: 'Oldest first.' }) })
  .openapi('LifecoachHistory');

export const firstContactCheckSchema = z
  .object({
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    lifecoach: lifecoachRefSchema,
    assignedAt: z.iso.datetime().openapi({ description: 'When the person was registered or handed over.' }),
    handedOver: z
      .boolean()
      .openapi({ description: 'true: a new lifecoach after a handover; false: a new registration.' }),
    referringOrganisationName: z.string().nullable(),
    note: z.string().nullable().openapi({ description: 'The referral or handover note.' }),
    workingDaysWaiting: z.number().int().min(0),
  })
  .openapi('FirstContactCheck');

/** Facts in the `meta` of a 409 DUPLICATE problem. */
export const duplicateMetaSchema = z.object({
  existingJobSeekerId: z.uuid().optional(),
  matchedOn: z.enum(['phone', 'nameAndDateOfBirth']).optional(),
});

export type RegisterJobSeekerInput = z.infer<typeof registerJobSeekerSchema>;
export type UpdateJobSeekerInput = z.infer<typeof updateJobSeekerSchema>;
export type HandoverInput = z.infer<typeof handoverSchema>;
export type RecordFirstContactInput = z.infer<typeof recordFirstContactSchema>;
export type FirstContactCheckView = z.infer<typeof firstContactCheckSchema>;
export type ListJobSeekersQuery = z.infer<typeof listJobSeekersQuerySchema>;
export type JobSeekerRegistrationView = z.infer<typeof jobSeekerRegistrationSchema>;
export type JobSeekerSummaryView = z.infer<typeof jobSeekerSummarySchema>;
export type JobSeekerView = z.infer<typeof jobSeekerSchema>;
export type JobSeekerRecordView = z.infer<typeof jobSeekerRecordSchema>;
export type JobSeekerListItemView = z.infer<typeof jobSeekerListItemSchema>;
export type LifecoachRef = z.infer<typeof lifecoachRefSchema>;
export type LifecoachAssignmentView = z.infer<typeof lifecoachAssignmentSchema>;
export type LifecoachHistoryView = z.infer<typeof lifecoachHistorySchema>;
export type DuplicateMeta = z.infer<typeof duplicateMetaSchema>;
