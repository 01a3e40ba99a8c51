import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { consentPurposes } from '../consents/consent.entity';
import { ownConsentPurposes } from './own-consent.service';

// The person's own routes (/api/me/…): the record, consents and answers. The record keeps codes
// (machine-readable, like the JSON download); the web pages put them into words.

const iso = z.string().openapi({ description: 'A moment (ISO 8601) or a calendar date (YYYY-MM-DD).' });

const reactionOnRecord = z.object({
  text: z.string(),
  writtenAt: iso,
  answer: z.string().nullable(),
  answeredAt: iso.nullable(),
  answeredBy: z.string().nullable(),
});

export const ownRecordSchema = z
  .object({
    registration: z.looseObject({ fullName: z.string(), phone: z.string(), registeredAt: iso }),
    consents: z.object({
      current: z.array(z.looseObject({ purpose: z.enum(consentPurposes), given: z.boolean() })),
      history: z.array(
        z.looseObject({ purpose: z.enum(consentPurposes), given: z.boolean(), recordedAt: iso }),
      ),
    }),
    talentProfile: z.looseObject({ madeAt: iso }).nullable(),
    segmentDecisions: z.array(
      z.looseObject({
        id: z.uuid(),
        segment: z.string(),
        decidedAt: iso,
        reviewDate: iso,
        current: z.boolean(),
        reactions: z.array(reactionOnRecord),
      }),
    ),
    lifecoaches: z.array(z.looseObject({ lifecoach: z.string(), startedAt: iso })),
    currentLifecoach: z.string(),
    trajectories: z.array(
      z.looseObject({ title: z.string(), status: z.string(), progress: z.array(z.looseObject({})) }),
    ),
    meetAndGreets: z.array(
      z.looseObject({
        meetAndGreetId: z.uuid(),
        version: versionOf('The invitation’s version; `POST /me/meet-and-greets/{id}/answer` takes it.'),
        open: z.boolean(),
        status: z.string(),
        conversations: z.array(z.looseObject({ round: z.number().int(), employer: z.string() })),
      }),
    ),
    matches: z.array(
      z.looseObject({
        id: z.uuid(),
        version: versionOf('The candidacy’s version; `POST /me/candidacies/{id}/answer` takes it.'),
        employer: z.string(),
        job: z.string(),
        status: z.string(),
        open: z.boolean(),
        youSaidYesAt: iso.nullable(),
      }),
    ),
    employersWhoKnowYourName: z.array(z.looseObject({ employer: z.string(), job: z.string() })),
    placements: z.array(
      z.looseObject({
        employer: z.string(),
        job: z.string(),
        onboardingPlan: z.array(z.looseObject({ title: z.string() })),
        conversations: z.array(z.looseObject({ kind: z.string(), date: iso, report: z.string() })),
        lifecoachNotes: z.array(z.looseObject({ note: z.string() })),
      }),
    ),
    employersWhoKnowYourCode: z.array(z.looseObject({ employer: z.string(), code: z.string() })),
  })
  .openapi('OwnRecord');

const textOfConsent = z.object({ version: z.string(), title: z.string(), text: z.string() });

export const ownConsentsSchema = z
  .object({
    items: z.array(
      z
        .object({
          purpose: z.enum(consentPurposes),
          employerOrganisationId: z.uuid().nullable(),
          employerName: z.string().nullable(),
          given: z.boolean().nullable(),
          decidedAt: iso.nullable(),
          answeredText: textOfConsent.nullable(),
          currentText: textOfConsent,
          decidable: z.boolean(),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('OwnConsents');

export const ownConsentDecisionSchema = z
  .object({
    purpose: z.enum(ownConsentPurposes),
    given: z.boolean(),
    textVersion: z
      .string()
      .min(1)
      .max(60)
      .openapi({ description: 'The version of the text the person read.' }),
    employerOrganisationId: z
      .uuid()
      .optional()
      .openapi({ description: 'For PROFILE_SHARING: the employer (one that knows the person by code).' }),
  })
  .strict()
  .openapi('OwnConsentDecision');

export const ownInvitationAnswerSchema = z
  .object({
    answer: z.enum(['ACCEPT', 'DECLINE']).openapi({ description: 'Yes or no; no reason is asked.' }),
    version: basedOnVersion('The invitation’s `version` from the own record (`meetAndGreets[].version`).'),
  })
  .strict()
  .openapi('OwnInvitationAnswer');

export const ownInvitationSchema = z
  .object({
    meetAndGreetId: z.uuid(),
    status: z.enum(['INVITED', 'ACCEPTED', 'DECLINED']),
    version: versionOf('The invitation’s version; send it with a next answer.'),
  })
  .strict()
  .openapi('OwnInvitation');

export const ownMatchAnswerSchema = z
  .object({
    answer: z.enum(['YES', 'NO']).openapi({ description: 'Yes or no; no reason is asked.' }),
    version: basedOnVersion('The candidacy’s `version` from the own record (`matches[].version`).'),
  })
  .strict()
  .openapi('OwnMatchAnswer');

export const ownMatchSchema = z
  .object({
    id: z.uuid(),
    status: z.string(),
    personAgreedAt: iso.nullable(),
    version: versionOf('The candidacy’s version; send it with a next answer.'),
  })
  .strict()
  .openapi('OwnMatch');

export const ownSegmentReactionSchema = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, say({ nl: 'Schrijf eerst iets op.', en: 'Write something first.' }))
      .max(1000, say({ nl: 'Hoogstens 1000 tekens.', en: 'At most 1000 characters.' })),
  })
  .strict()
  .openapi('OwnSegmentReactionInput');

export const segmentReactionSchema = z
  .object({
    id: z.uuid(),
    decisionId: z.uuid(),
    text: z.string(),
    writtenAt: iso,
    answer: z.string().nullable(),
    answeredAt: iso.nullable(),
    answeredBy: z.string().nullable(),
    version: versionOf('The reaction’s version; `POST /segment-reactions/{id}/answer` takes it.'),
  })
  .strict()
  .openapi('SegmentReaction');

export const openSegmentReactionSchema = segmentReactionSchema
  .extend({ jobSeekerId: z.uuid(), fullName: z.string() })
  .openapi('OpenSegmentReaction');

export const answerSegmentReactionSchema = z
  .object({
    answer: z
      .string()
      .trim()
      .min(1, say({ nl: 'Schrijf een antwoord.', en: 'Write an answer.' }))
      .max(2000, say({ nl: 'Hoogstens 2000 tekens.', en: 'At most 2000 characters.' })),
    version: basedOnVersion('The reaction’s `version`.'),
  })
  .strict()
  .openapi('SegmentReactionAnswer');
