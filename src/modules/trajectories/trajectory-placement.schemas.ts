import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { sharedTalentProfileSchema } from '../assessments/talent-profile.schemas';
import { readinessSegments } from '../job-seekers/job-seeker.entity';
import { calendarDateSchema, offeringKindSchema } from './trajectory-offering.schemas';
import { contactRoutes, progressEntryTypes, promptReasons } from './trajectory-placement.entity';
import { attendanceValues, placementStatuses } from './trajectory-rules';

// ---- input ------------------------------------------------------------------------------------

const reasonSchema = z.string().trim().min(10).max(2000);

export const proposePlacementSchema = z
  .object({
    jobSeekerId: z.uuid().openapi({ description: 'A person in your caseload.' }),
    offeringId: z.uuid(),
    handoverNote: z.string().trim().min(20).max(4000).openapi({
      description:
        'The warm handover for the provider: what they need to know to start well, so the person does not have to tell their story again. Never write support needs (debts, health) here unless the person agreed.',
    }),
    contactRoute: z.enum(contactRoutes).default('PHONE').openapi({
      description:
        'How the provider gets in touch: PHONE (the person’s phone), EMAIL (their email; must be on record) or VIA_LIFECOACH (only through you).',
    }),
    overrideJustification: z.string().trim().min(20).max(2000).optional().openapi({
      description:
        'Only when the offering’s kind does not fit the person’s segment: why it fits anyway. Kept, for the programme only.',
    }),
  })
  .strict()
  .openapi('ProposeTrajectoryPlacement');

export const acceptPlacementSchema = z
  .object({
    startDate: calendarDateSchema.openapi({
      description:
        'One of the offering’s start dates, or any date from today with continuous intake. Never in the past.',
    }),
  })
  .strict()
  .openapi('AcceptTrajectoryPlacement');

export const declinePlacementSchema = z
  .object({
    reason: reasonSchema.openapi({ description: 'Why not, in plain Dutch: the lifecoach reads it.' }),
  })
  .strict()
  .openapi('DeclineTrajectoryPlacement');

export const withdrawPlacementSchema = z
  .object({ reason: reasonSchema.openapi({ description: 'Why; for the programme only.' }) })
  .strict()
  .openapi('WithdrawTrajectoryPlacement');

export const startPlacementSchema = z
  .object({
    actualStartDate: calendarDateSchema.openapi({ description: 'The day the person really started.' }),
  })
  .strict()
  .openapi('StartTrajectoryPlacement');

export const finishPlacementSchema = z
  .object({
    outcome: z.enum(['COMPLETED', 'ENDED']).openapi({
      description:
        'COMPLETED: finished the trajectory; ENDED: stopped early or did not start (reason required).',
    }),
    finishedOn: calendarDateSchema,
    reason: reasonSchema
      .optional()
      .openapi({ description: 'Required for ENDED; a closing note for COMPLETED.' }),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.outcome === 'ENDED' && !input.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: say({ nl: 'Schrijf op waarom het traject stopt.', en: 'Give the reason why it ended.' }),
      });
    }
  })
  .openapi('FinishTrajectoryPlacement');

const optionalNote = z.string().trim().min(3).max(4000).optional();

export const competenceObservationSchema = z
  .object({
    competenceCode: z.string().min(1).max(40),
    level: z.number().int().min(0).max(4).openapi({ description: 'The level seen now, 0–4.' }),
    observedOn: calendarDateSchema,
  })
  .strict();

export const recordProgressSchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('NOTE'), note: z.string().trim().min(3).max(4000) }).strict(),
    z
      .object({
        type: z.literal('COMPETENCE_OBSERVATIONS'),
        observations: z.array(competenceObservationSchema).min(1).max(20),
        note: optionalNote,
      })
      .strict(),
    z
      .object({
        type: z.literal('ATTENDANCE'),
        attendance: z.enum(attendanceValues).openapi({
          description: 'ON_TRACK: gaat goed; SOME_ABSENCE: soms afwezig; STOPPED: komt niet meer.',
        }),
        note: optionalNote,
      })
      .strict(),
  ])
  .openapi('RecordTrajectoryProgress');

// ---- views ------------------------------------------------------------------------------------

export const placementStatusSchema = z.enum(placementStatuses).openapi({
  description:
    'PROPOSED → ACCEPTED (start date agreed) → STARTED → COMPLETED or ENDED; a proposal may be DECLINED (provider) or WITHDRAWN (lifecoach).',
});

const placementOfferingSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  kind: offeringKindSchema,
  kindLabelNl: z.string(),
  providerId: z.uuid(),
  providerName: z.string(),
});

const contactSchema = z
  .object({
    route: z.enum(contactRoutes),
    phone: z.string().nullable(),
    email: z.string().nullable(),
  })
  .openapi('TrajectoryContact');

const placementFields = {
  id: z.uuid(),
  status: placementStatusSchema,
  statusLabelNl: z.string(),
  offering: placementOfferingSchema,
  person: z.object({ jobSeekerId: z.uuid(), fullName: z.string() }),
  lifecoach: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }),
  startDate: calendarDateSchema.nullable(),
  actualStartDate: calendarDateSchema.nullable(),
  attendance: z.enum(attendanceValues).nullable(),
  attendanceLabelNl: z.string().nullable(),
  finishedOn: calendarDateSchema.nullable(),
  arrivalCheckDue: z.boolean().openapi({
    description: 'Accepted, start date more than 14 days ago, and no actual start recorded: did they arrive?',
  }),
  proposedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  version: versionOf(
    "This trajectory placement's version; it goes up with every step. The steps (accept, decline, withdraw, start, finish, progress) take no version: each is checked against the current status.",
  ),
};

export const placementSummarySchema = z.object(placementFields).openapi('TrajectoryPlacementSummary');

export const placementSchema = z
  .object({
    ...placementFields,
    contact: nullableRef(contactSchema).openapi({
      description:
        'How to reach the person, by the route the lifecoach chose. For the provider only while the placement runs.',
    }),
    handoverNote: z.string(),
    talentProfile: z
      .object({
        profileNumber: z.number().int(),
        createdAt: z.iso.datetime(),
        profile: sharedTalentProfileSchema,
      })
      .nullable()
      .openapi({
        description:
          'The shareable part of the current talent profile (never support needs); null without a profile, and for the provider once the placement is over.',
      }),
    declineReason: z.string().nullable(),
    finishReason: z.string().nullable(),
    withdrawReason: z.string().nullable().optional().openapi({ description: 'Programme side only.' }),
    segmentAtProposal: z
      .enum(readinessSegments)
      .nullable()
      .optional()
      .openapi({ description: 'Programme side only.' }),
    overrideJustification: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: 'Programme side only: why an offering of another kind was proposed.' }),
  })
  .openapi('TrajectoryPlacement');

export const listPlacementsQuerySchema = pageQuerySchema.extend({
  status: placementStatusSchema.optional(),
  offeringId: z.uuid().optional(),
  jobSeekerId: z.uuid().optional(),
});

export const arrivalCheckSchema = z
  .object({
    placementId: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    offeringId: z.uuid(),
    offeringTitle: z.string(),
    providerId: z.uuid(),
    providerName: z.string(),
    lifecoach: z.object({ id: z.uuid(), displayName: z.string() }),
    startDate: calendarDateSchema,
    daysSinceStart: z.number().int(),
  })
  .openapi('TrajectoryArrivalCheck');

export const progressEntrySchema = z
  .object({
    id: z.uuid(),
    placementId: z.uuid(),
    type: z.enum(progressEntryTypes),
    note: z.string().nullable(),
    observations: z
      .array(
        z.object({
          competenceCode: z.string(),
          competenceLabel: z.string(),
          level: z.number().int(),
          observedOn: calendarDateSchema,
        }),
      )
      .nullable(),
    attendance: z.enum(attendanceValues).nullable(),
    attendanceLabelNl: z.string().nullable(),
    recordedAt: z.iso.datetime(),
    recordedByUserId: z.uuid(),
  })
  .openapi('TrajectoryProgressEntry');

export const reassessmentPromptSchema = z
  .object({
    id: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    placementId: z.uuid(),
    offeringTitle: z.string(),
    providerName: z.string(),
    reasons: z.array(z.enum(promptReasons)),
    reasonsNl: z.array(z.string()),
    levelChanges: z.array(
      z.object({
        competenceCode: z.string(),
        competenceLabel: z.string(),
        profileLevel: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'Level in the talent profile; null when there is none.' }),
        observedLevel: z.number().int(),
        observedOn: calendarDateSchema,
      }),
    ),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    answered: z.boolean().openapi({ description: 'A new talent profile was made after this prompt.' }),
    answeredByProfileNumber: z.number().int().nullable(),
  })
  .openapi('ReassessmentPrompt');

export const listReassessmentPromptsQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(['OPEN', 'ANSWERED', 'ALL'])
    .default('OPEN')
    .openapi({ description: 'OPEN (default): no reassessment since; ANSWERED; or ALL.' }),
  lifecoachId: z
    .uuid()
    .optional()
    .openapi({ description: 'Programme staff: only this lifecoach’s caseload.' }),
});

export type ProposePlacementInput = z.infer<typeof proposePlacementSchema>;
export type AcceptPlacementInput = z.infer<typeof acceptPlacementSchema>;
export type FinishPlacementInput = z.infer<typeof finishPlacementSchema>;
export type RecordProgressInput = z.infer<typeof recordProgressSchema>;
export type PlacementView = z.infer<typeof placementSchema>;
export type PlacementSummaryView = z.infer<typeof placementSummarySchema>;
export type ListPlacementsQuery = z.infer<typeof listPlacementsQuerySchema>;
export type ArrivalCheckView = z.infer<typeof arrivalCheckSchema>;
export type ProgressEntryView = z.infer<typeof progressEntrySchema>;
export type ReassessmentPromptView = z.infer<typeof reassessmentPromptSchema>;
export type ListReassessmentPromptsQuery = z.infer<typeof listReassessmentPromptsQuerySchema>;
