import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { consentPurposes } from './consent.entity';
import { consentTexts, findConsentText } from './consent-texts';

export const consentPurposeSchema = z.enum(consentPurposes).openapi({
  description:
    'PROGRAMME_PROCESSING (taking part: keeping the person’s data for the programme), MATCHING (being matched with vacancies), PROFILE_SHARING (sharing the talent profile with one named employer), MEET_AND_GREET (attending a Meet & Greet).',
});

export const consentTextSchema = z
  .object({
    version: z.string().openapi({
      example: 'matching-v1',
      description: 'The version of this consent text: send it as `textVersion` when recording a consent.',
    }),
    purpose: consentPurposeSchema,
    current: z.boolean().openapi({ description: 'The version to ask consent with now.' }),
    title: z.string(),
    text: z.string().openapi({ description: 'Plain Dutch (B1), to read out or show to the person.' }),
    titleEn: z.string(),
    textEn: z.string(),
  })
  .openapi('ConsentText');

export const consentTextListSchema = z
  .object({ items: z.array(consentTextSchema) })
  .openapi('ConsentTextList');

export const recordConsentSchema = z
  .object({
    purpose: consentPurposeSchema,
    given: z.boolean().openapi({ description: 'true: consent given; false: withdrawn or declined.' }),
    textVersion: z
      .string()
      .min(1)
      .max(60)
      .openapi({ description: 'The version of the consent text the person was shown (GET /consent-texts).' }),
    employerOrganisationId: z.uuid().optional().openapi({
      description:
        'The employer the profile may be shared with. Required for PROFILE_SHARING, not allowed otherwise.',
    }),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (!findConsentText(input.purpose, input.textVersion)) {
      const known = consentTexts[input.purpose].versions.map((text) => text.version).join(', ');
      ctx.addIssue({
        code: 'custom',
        path: ['textVersion'],
        message: say(
          {
            nl: 'Onbekende versie van de toestemmingstekst voor {purpose}; bekend: {known}',
            en: 'Unknown consent text version for {purpose}; known: {known}',
          },
          { purpose: input.purpose, known },
        ),
      });
    }
    if (input.purpose === 'PROFILE_SHARING' && !input.employerOrganisationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['employerOrganisationId'],
        message: say({
          nl: 'Kies de werkgever met wie het profiel gedeeld mag worden',
          en: 'Name the employer the profile may be shared with',
        }),
      });
    }
    if (input.purpose !== 'PROFILE_SHARING' && input.employerOrganisationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['employerOrganisationId'],
        message: say({
          nl: 'Alleen bij het delen van het profiel hoort een werkgever',
          en: 'Only PROFILE_SHARING names an employer',
        }),
      });
    }
  })
  .openapi('RecordConsent');

export const consentRecordSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    purpose: consentPurposeSchema,
    employerOrganisationId: z.uuid().nullable(),
    given: z.boolean(),
    textVersion: z.string().openapi({ description: 'The version of the consent text the person was shown.' }),
    recordedAt: z.iso.datetime(),
    recordedByUserId: z
      .uuid()
      .openapi({ description: 'The professional who recorded it on the person’s behalf.' }),
  })
  .openapi('ConsentRecord');

export const consentStateSchema = z
  .object({
    purpose: consentPurposeSchema,
    employerOrganisationId: z.uuid().nullable(),
    given: z.boolean(),
    textVersion: z.string().openapi({ description: 'The version of the consent text the person was shown.' }),
    textVersionIsCurrent: z.boolean().openapi({
      description: 'false: given against an older text; ask again with the current text when you next meet.',
    }),
    recordedAt: z.iso.datetime(),
    recordedByUserId: z.uuid(),
  })
  .openapi('ConsentState');

export const consentOverviewSchema = z
  .object({
    jobSeekerId: z.uuid(),
    current: z.array(consentStateSchema).openapi({
      description:
        'The latest record per purpose (per employer for PROFILE_SHARING). A purpose that is not listed was never asked: no consent.',
    }),
    history: z.array(consentRecordSchema).openapi({ description: 'Every record, newest first.' }),
  })
  .openapi('ConsentOverview');

export type ConsentTextView = z.infer<typeof consentTextSchema>;
export type RecordConsentInput = z.infer<typeof recordConsentSchema>;
export type ConsentRecordView = z.infer<typeof consentRecordSchema>;
export type ConsentStateView = z.infer<typeof consentStateSchema>;
export type ConsentOverview = z.infer<typeof consentOverviewSchema>;
