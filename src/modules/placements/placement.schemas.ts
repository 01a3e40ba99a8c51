import { z } from '@hono/zod-openapi';
import { basedOnVersion, nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { contractTypes } from '../vacancies/vacancy.entity';
import { checkInKinds, followUpStates, howItsGoingValues } from './cadence';
import { endReasons, MAX_BUILD_UP_STEPS, MAX_BUILD_UP_WEEK, placementStatuses } from './placement-rules';
import { retentionOutcomes } from './retention';

export const calendarDateSchema = z.iso.date().openapi({ description: 'A calendar date, YYYY-MM-DD.' });

const plainText = (min: number, max: number) => z.string().trim().min(min).max(max);

const paySchema = z
  .object({
    min: z.number().min(0).max(100_000),
    max: z.number().min(0).max(100_000),
    per: z.enum(['HOUR', 'MONTH']),
  })
  .strict()
  .refine((pay) => pay.min <= pay.max, { message: 'min pay must not be above max pay.', path: ['min'] });

// ---- input ------------------------------------------------------------------------------------

export const createPlacementSchema = z
  .object({
    vacancyId: z.uuid(),
    candidateCode: z
      .string()
      .trim()
      .regex(/^K-[A-Z2-9]{6}$/, 'A candidate code looks like K-ABC234.')
      .optional()
      .openapi({
        description:
          'Employers name the person by the candidate code they saw for this vacancy (GET /api/vacancies/{id}/candidates).',
      }),
    jobSeekerId: z.uuid().optional().openapi({
      description: 'Lifecoaches (own caseload) and programme staff may name the person directly.',
    }),
    startDate: calendarDateSchema.optional(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.candidateCode === undefined) === (input.jobSeekerId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['candidateCode'],
        message: 'Give either candidateCode or jobSeekerId (one of the two).',
      });
    }
  })
  .openapi('CreatePlacement');

export const updatePlacementSchema = z
  .object({
    startDate: calendarDateSchema.optional().openapi({ description: 'Only while the placement is a draft.' }),
    contractType: z.enum(contractTypes).optional(),
    contractDurationMonths: z
      .number()
      .int()
      .min(1)
      .max(60)
      .nullable()
      .optional()
      .openapi({ description: 'Length of the first contract; null for no end date.' }),
    contractHoursPerWeek: z.number().int().min(1).max(60).optional(),
    zeroHoursContract: z.boolean().optional(),
    paid: z.boolean().optional(),
    underCao: z.boolean().optional(),
    pay: paySchema.nullable().optional(),
    mentorUserId: z.uuid().nullable().optional().openapi({
      description:
        'A MENTOR user of the employer who is not the manager: guides the new employee at work (PRODUCT.md step 7).',
    }),
    managerUserId: z.uuid().nullable().optional().openapi({
      description: 'The manager who gives the two-weekly feedback: a user of the employer.',
    }),
    lifecoachUserId: z
      .uuid()
      .optional()
      .openapi({ description: 'Programme staff only: another lifecoach than the responsible one.' }),
    version: basedOnVersion(
      "The placement's `version` (Placement.version, or placementVersion of the hours build-up).",
    ),
  })
  .strict()
  .openapi('UpdatePlacement');

export const startPlacementSchema = z
  .object({
    startDate: calendarDateSchema
      .optional()
      .openapi({ description: 'Sets the start date at the same time; otherwise the one already set.' }),
  })
  .strict()
  .openapi('StartPlacement');

export const convertPlacementSchema = z
  .object({
    convertedOn: calendarDateSchema.openapi({ description: 'The day the permanent contract began.' }),
  })
  .strict()
  .openapi('ConvertPlacement');

const endReasonSchema = z.enum(endReasons).openapi({
  description:
    'Why, from a fixed list so the programme can count and learn from the causes: PERSONAL_CIRCUMSTANCES, HOURS_TOO_HEAVY, TASK_MISMATCH, CONFLICT_AT_WORK, EMPLOYER_REASONS, CONTRACT_NOT_EXTENDED, BETTER_JOB_ELSEWHERE, TRAVEL_TOO_HARD, OTHER.',
});
const endNoteSchema = plainText(10, 2000).openapi({
  description:
    'What happened, in plain words: the causes named. For the programme; an employer reads it only when an employer wrote it.',
});

export const endPlacementSchema = z
  .object({
    endDate: calendarDateSchema.openapi({ description: 'The last day of work; not in the future.' }),
    reason: endReasonSchema,
    note: endNoteSchema,
    returnsToProgramme: z.boolean().openapi({
      description:
        'true: the person comes back to the programme; the current segment decision is due for review today.',
    }),
  })
  .strict()
  .openapi('EndPlacement');

export const cancelPlacementSchema = z
  .object({ reason: endReasonSchema, note: endNoteSchema })
  .strict()
  .openapi('CancelPlacement');

export const buildUpStepSchema = z
  .object({
    fromWeek: z.number().int().min(1).max(MAX_BUILD_UP_WEEK).openapi({
      description: 'Week of work from which these hours apply; week 1 starts on the start date.',
    }),
    hours: z.number().int().min(1).max(60),
  })
  .strict();

export const putHoursBuildUpSchema = z
  .object({
    steps: z.array(buildUpStepSchema).min(1).max(MAX_BUILD_UP_STEPS).openapi({
      description:
        'For example 12 → 20 → 28 → 32: [{fromWeek:1,hours:12},{fromWeek:3,hours:20},…]. Never above the contract hours.',
    }),
    reason: plainText(10, 1000).openapi({ description: 'Why this schedule, as agreed with the employee.' }),
    version: basedOnVersion(
      "The placement's `version` (Placement.version, or placementVersion of the hours build-up), not a version of the hours.",
    ),
  })
  .strict()
  .openapi('PutHoursBuildUp');

export const absenceSchema = z.object({ from: calendarDateSchema, to: calendarDateSchema }).strict();

export const putAbsencesSchema = z
  .object({
    absences: z.array(absenceSchema).max(20).openapi({
      description:
        'Holidays and other agreed absences (both days included). No reason is asked: health stays with the lifecoach.',
    }),
    version: basedOnVersion(
      "The placement's `version` (Placement.version, or placementVersion of the hours build-up).",
    ),
  })
  .strict()
  .openapi('PutAbsences');

export const listPlacementsQuerySchema = pageQuerySchema.extend({
  status: z.enum(placementStatuses).optional(),
  employerId: z.uuid().optional(),
  vacancyId: z.uuid().optional(),
  jobSeekerId: z.uuid().optional(),
});

// ---- output -----------------------------------------------------------------------------------

export const colleagueSchema = z
  .object({ id: z.uuid(), displayName: z.string(), email: z.string() })
  .strict()
  .openapi('Colleague');

export const buildUpStepViewSchema = z
  .object({ fromWeek: z.number().int(), hours: z.number().int() })
  .strict();

export const followUpStatusSchema = z
  .object({
    kind: z.enum(checkInKinds),
    kindLabelNl: z.string(),
    state: z.enum(followUpStates),
    lastCheckInDate: z.string().nullable(),
    intervalDays: z.number().int(),
    dueDate: z.string(),
    daysOverdue: z.number().int(),
  })
  .strict()
  .openapi('FollowUpStatus');

export const worryFlagSchema = z
  .object({
    kind: z.enum(checkInKinds),
    kindLabelNl: z.string(),
    date: z.string(),
    howItsGoing: z.enum(howItsGoingValues),
    howItsGoingLabelNl: z.string(),
  })
  .strict()
  .openapi('WorryFlag', {
    description:
      'A worry raised in a conversation you may not read: the kind, the day and how serious — never the report.',
  });

export const retentionMilestoneSchema = z
  .object({
    months: z.number().int(),
    date: z.string().nullable(),
    outcome: z.enum(retentionOutcomes),
  })
  .strict();

export const placementPersonSchema = z
  .object({
    jobSeekerId: z.uuid().optional().openapi({ description: 'For lifecoaches and programme staff only.' }),
    candidateCode: z.string().optional().openapi({
      description:
        'For the employer side (recruiter, manager, mentor): the person’s candidate code at this vacancy, as in its candidate list and pipeline.',
    }),
    fullName: z.string().nullable().openapi({
      description:
        'The person’s name. The employer side sees it only while the person agrees to share their profile with this employer (PROFILE_SHARING); until then it is null and the person is “Kandidaat <code>”. Every employer view that shows the name is audited (candidate.identity_revealed).',
    }),
  })
  .strict()
  .openapi('PlacementPerson');

export const viewerRoles = ['PROGRAMME', 'RECRUITER', 'MANAGER', 'MENTOR', 'LIFECOACH'] as const;

export const placementSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(placementStatuses),
    statusLabelNl: z.string(),
    person: placementPersonSchema,
    employer: z.object({ id: z.uuid(), name: z.string() }).strict(),
    vacancy: z.object({ id: z.uuid(), title: z.string() }).strict(),
    candidacyId: z.uuid().nullable(),
    startDate: z.string().nullable(),
    contract: z
      .object({
        type: z.enum(contractTypes),
        durationMonths: z.number().int().nullable(),
        endDate: z.string().nullable(),
        hoursPerWeek: z.number().int(),
        zeroHours: z.boolean(),
        paid: z.boolean(),
        underCao: z.boolean(),
        pay: z.object({ min: z.number(), max: z.number(), per: z.enum(['HOUR', 'MONTH']) }).nullable(),
      })
      .strict(),
    mentor: nullableRef(colleagueSchema),
    manager: nullableRef(colleagueSchema),
    lifecoach: colleagueSchema,
    hours: z
      .object({
        currentWeek: z.number().int().nullable().openapi({
          description:
            'Week of work today (1 = the first week); 0 before the start; null without a start date.',
        }),
        agreedHoursThisWeek: z
          .number()
          .int()
          .nullable()
          .openapi({ description: 'The agreed hours this week; before the start, those of week 1.' }),
        schedule: z.array(buildUpStepViewSchema),
      })
      .strict(),
    absences: z.array(absenceSchema),
    followUp: z.array(followUpStatusSchema).openapi({
      description:
        'What is due per kind of conversation (only while working; employers see their own kinds).',
    }),
    worryFlags: z.array(worryFlagSchema).openapi({
      description: 'Worries of the last 8 weeks raised in conversations you may not read, newest first.',
    }),
    outcome: z
      .object({
        convertedOn: z.string().nullable(),
        endDate: z.string().nullable(),
        endReason: z.enum(endReasons).nullable(),
        endReasonLabelNl: z.string().nullable(),
        endNote: z.string().nullable().optional(),
        returnsToProgramme: z.boolean().nullable(),
      })
      .strict(),
    retention: z.array(retentionMilestoneSchema),
    yourRoles: z.array(z.enum(viewerRoles)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: versionOf(
      "This placement's version: send it as `version` with PATCH /api/placements/{id}, PUT …/hours-build-up and PUT …/absences. The other steps (start, convert, end, cancel) take none.",
    ),
  })
  .strict()
  .openapi('Placement');

export const placementSummarySchema = z
  .object({
    id: z.uuid(),
    status: z.enum(placementStatuses),
    statusLabelNl: z.string(),
    person: placementPersonSchema,
    employer: z.object({ id: z.uuid(), name: z.string() }).strict(),
    vacancy: z.object({ id: z.uuid(), title: z.string() }).strict(),
    startDate: z.string().nullable(),
    currentWeek: z.number().int().nullable(),
    agreedHoursThisWeek: z.number().int().nullable(),
    mentor: nullableRef(colleagueSchema),
    manager: nullableRef(colleagueSchema),
    lifecoach: colleagueSchema,
  })
  .strict()
  .openapi('PlacementSummary');

export const hoursBuildUpSchema = z
  .object({
    placementId: z.uuid(),
    placementVersion: versionOf(
      "The placement's version after this (the hours have none of their own): send it as `version` with the next change of the placement.",
    ),
    contractHoursPerWeek: z.number().int(),
    currentWeek: z.number().int().nullable(),
    agreedHoursThisWeek: z.number().int().nullable(),
    schedule: z.array(buildUpStepViewSchema),
    history: z.array(
      z
        .object({
          steps: z.array(buildUpStepViewSchema),
          contractHoursPerWeek: z.number().int(),
          reason: z.string(),
          changedAt: z.iso.datetime(),
          changedBy: z.object({ userId: z.uuid(), displayName: z.string().nullable() }).strict().nullable(),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('HoursBuildUp');

export type CreatePlacementInput = z.infer<typeof createPlacementSchema>;
export type UpdatePlacementInput = z.infer<typeof updatePlacementSchema>;
export type EndPlacementInput = z.infer<typeof endPlacementSchema>;
export type CancelPlacementInput = z.infer<typeof cancelPlacementSchema>;
export type PutHoursBuildUpInput = z.infer<typeof putHoursBuildUpSchema>;
export type PutAbsencesInput = z.infer<typeof putAbsencesSchema>;
export type ListPlacementsQuery = z.infer<typeof listPlacementsQuerySchema>;
export type PlacementView = z.infer<typeof placementSchema>;
export type PlacementSummaryView = z.infer<typeof placementSummarySchema>;
export type HoursBuildUpView = z.infer<typeof hoursBuildUpSchema>;
export type FollowUpStatusView = z.infer<typeof followUpStatusSchema>;
export type WorryFlagView = z.infer<typeof worryFlagSchema>;
export type ViewerRole = (typeof viewerRoles)[number];
