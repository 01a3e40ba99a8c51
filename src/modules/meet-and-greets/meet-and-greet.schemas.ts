import { z } from '@hono/zod-openapi';
import { say } from '../../http/messages';
import { basedOnVersion, nullableRef, versionOf } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { readinessSegments } from '../job-seekers/job-seeker.entity';
import { vacancyStatuses } from '../vacancies/vacancy.entity';
import { contactRoutes, invitationStatuses, meetAndGreetStatuses } from './meet-and-greet-rules';

// ---- input ------------------------------------------------------------------------------------

const timeSchema = z
  .string()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    say({ nl: 'Gebruik UU:MM, bijvoorbeeld 13:30', en: 'Use HH:MM, for example 13:30' }),
  )
  .openapi({ description: 'Local time in Rotterdam, HH:MM.', example: '13:30' });

const roundListSchema = z
  .array(z.number().int().min(1).max(12))
  .min(1)
  .max(12)
  .nullable()
  .openapi({ description: 'Rounds of the event (from 1) present; null or left out: all rounds.' });

export const meetAndGreetInputSchema = z
  .object({
    title: z.string().trim().min(3).max(200),
    date: z.iso.date().openapi({ description: 'YYYY-MM-DD; today or later.' }),
    startTime: timeSchema,
    place: z
      .string()
      .trim()
      .min(3)
      .max(300)
      .openapi({ description: 'Where: name and address of the venue.' }),
    seekerCapacity: z
      .number()
      .int()
      .min(1)
      .max(500)
      .openapi({ description: 'How many job seekers can come. Open invitations and yeses hold a place.' }),
    rounds: z.number().int().min(1).max(12).openapi({ description: 'Conversation rounds.' }),
    roundMinutes: z.number().int().min(5).max(120),
    breakMinutes: z.number().int().min(0).max(60).default(5),
    maxConversationsPerSeeker: z.number().int().min(1).max(12).optional().openapi({
      description: 'K: conversations per person (at most the rounds). Default: 3, or fewer rounds.',
    }),
    shortlistSize: z
      .number()
      .int()
      .min(1)
      .max(50)
      .default(10)
      .openapi({ description: 'How many candidates the matching engine puts on each vacancy’s shortlist.' }),
  })
  .strict();

export const createMeetAndGreetSchema = meetAndGreetInputSchema.openapi('CreateMeetAndGreet');
export const cancelMeetAndGreetSchema = z
  .object({
    version: basedOnVersion(
      "The Meet & Greet's `version` (MeetAndGreet.version, also in every schedule response as meetAndGreetVersion).",
    ),
  })
  .strict()
  .openapi('CancelMeetAndGreet');
export type CancelMeetAndGreetInput = z.infer<typeof cancelMeetAndGreetSchema>;

export const updateMeetAndGreetSchema = meetAndGreetInputSchema
  .extend({
    version: basedOnVersion(
      "The Meet & Greet's `version` (MeetAndGreet.version, also in every schedule response as meetAndGreetVersion).",
    ),
  })
  .strict()
  .openapi('UpdateMeetAndGreet');

export const listMeetAndGreetsQuerySchema = pageQuerySchema.extend({
  status: z.enum(meetAndGreetStatuses).optional(),
  from: z.iso.date().optional().openapi({ description: 'Events on or after this date.' }),
});

export const inviteEmployerSchema = z
  .object({
    employerId: z.uuid(),
    vacancyIds: z
      .array(z.uuid())
      .min(1)
      .max(20)
      .openapi({ description: 'Open vacancies of this employer to bring; each gets a shortlist.' }),
    tables: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(1)
      .openapi({ description: 'M: conversations the employer can hold at once in a round.' }),
  })
  .strict()
  .openapi('InviteEmployerToMeetAndGreet');

export const addEventVacancySchema = z
  .object({ vacancyId: z.uuid() })
  .strict()
  .openapi('AddVacancyToMeetAndGreet');

const answerSchema = z.enum(['ACCEPT', 'DECLINE']);

export const employerAnswerSchema = z
  .object({
    answer: answerSchema,
    tables: z.number().int().min(1).max(20).optional(),
    availableRounds: roundListSchema.optional(),
    version: basedOnVersion(
      "The version of this employer's invitation, not of the Meet & Greet: `ownInvitation.version` in GET /api/meet-and-greets/{id} for the employer, or the employer's item in GET /api/meet-and-greets/{id}/employers.",
    ),
  })
  .strict()
  .openapi('EmployerAnswerToMeetAndGreet');

export const inviteJobSeekerSchema = z
  .object({
    jobSeekerId: z.uuid().openapi({
      description:
        'A person in segment READY (LATER only when the event has learn-work places) who gave consent to attend a Meet & Greet.',
    }),
  })
  .strict()
  .openapi('InviteJobSeekerToMeetAndGreet');

export const jobSeekerAnswerSchema = z
  .object({
    answer: answerSchema.openapi({
      description: 'The person’s own answer. Saying no has no effect on their record or their matches.',
    }),
    contactRoute: z.enum(contactRoutes).optional().openapi({
      description:
        'How employers may reach the person after the event, once the person agrees to share their profile with that employer. Default VIA_LIFECOACH.',
    }),
    availableRounds: roundListSchema.optional(),
    maxConversations: z
      .number()
      .int()
      .min(1)
      .max(12)
      .nullable()
      .optional()
      .openapi({ description: 'The person’s own limit, at most the event’s.' }),
    version: basedOnVersion(
      "The version of this person's invitation, not of the Meet & Greet: MeetAndGreetParticipant.version from POST or GET /api/meet-and-greets/{id}/job-seekers.",
    ),
  })
  .strict()
  .openapi('JobSeekerAnswerToMeetAndGreet');

export const employerParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  employerId: z.uuid().openapi({ param: { name: 'employerId', in: 'path' } }),
});

export const jobSeekerParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  jobSeekerId: z.uuid().openapi({ param: { name: 'jobSeekerId', in: 'path' } }),
});

// ---- views --------------------------------------------------------------------------------------

export const roundTimeSchema = z.object({
  round: z.number().int(),
  startTime: z.string(),
  endTime: z.string(),
});

export const eventVacancySchema = z
  .object({
    vacancyId: z.uuid(),
    title: z.string(),
    status: z.enum(vacancyStatuses),
  })
  .strict();

export const eventEmployerSchema = z
  .object({
    meetAndGreetId: z.uuid(),
    employerId: z.uuid(),
    employerName: z.string(),
    status: z.enum(invitationStatuses),
    statusLabel: z.string(),
    tables: z.number().int(),
    availableRounds: z.array(z.number().int()).nullable(),
    vacancies: z.array(eventVacancySchema),
    invitedAt: z.iso.datetime(),
    respondedAt: z.iso.datetime().nullable(),
    attended: z.boolean().nullable(),
    version: versionOf(
      "This employer's invitation's version (not the Meet & Greet's): send it as `version` with POST /api/meet-and-greets/{id}/employers/{employerId}/answer.",
    ),
  })
  .strict()
  .openapi('MeetAndGreetEmployer');

export const eventEmployerListSchema = z
  .object({ items: z.array(eventEmployerSchema) })
  .openapi('MeetAndGreetEmployerList');

export const meetAndGreetSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    date: z.string(),
    dateLabel: z.string().openapi({ description: "In Dutch, e.g. 'vrijdag 12 maart 2027'." }),
    startTime: z.string(),
    place: z.string(),
    seekerCapacity: z.number().int(),
    rounds: z.number().int(),
    roundMinutes: z.number().int(),
    breakMinutes: z.number().int(),
    maxConversationsPerSeeker: z.number().int(),
    shortlistSize: z.number().int(),
    status: z.enum(meetAndGreetStatuses),
    statusLabel: z.string(),
    scheduleState: z.enum(['NONE', 'PROPOSED', 'FIXED']),
    roundTimes: z.array(roundTimeSchema),
    counts: z
      .object({
        employersInvited: z.number().int(),
        employersAccepted: z.number().int(),
        vacancies: z.number().int(),
        jobSeekersInvited: z.number().int(),
        jobSeekersAccepted: z.number().int(),
        jobSeekersDeclined: z.number().int(),
        placesLeft: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'Programme staff and lifecoaches only.' }),
    ownInvitation: nullableRef(eventEmployerSchema).openapi({
      description: 'For an employer: its own invitation and vacancies. Null for others.',
    }),
    version: versionOf(
      "The Meet & Greet's version: send it as `version` with PUT /api/meet-and-greets/{id} and with the schedule steps (proposal, PUT schedule, fix, held).",
    ),
  })
  .strict()
  .openapi('MeetAndGreet');

export const participantSchema = z
  .object({
    meetAndGreetId: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    lifecoach: z.object({ id: z.uuid(), displayName: z.string() }),
    segment: z.enum(readinessSegments).nullable(),
    status: z.enum(invitationStatuses),
    statusLabel: z.string(),
    contactRoute: z.enum(contactRoutes),
    availableRounds: z.array(z.number().int()).nullable(),
    maxConversations: z.number().int().nullable(),
    invitedAt: z.iso.datetime(),
    respondedAt: z.iso.datetime().nullable(),
    attended: z.boolean().nullable(),
    version: versionOf(
      "This person's invitation's version (not the Meet & Greet's): send it as `version` with POST /api/meet-and-greets/{id}/job-seekers/{jobSeekerId}/answer.",
    ),
  })
  .strict()
  .openapi('MeetAndGreetParticipant');

export const listParticipantsQuerySchema = pageQuerySchema.extend({
  status: z.enum(invitationStatuses).optional(),
});

export type MeetAndGreetInput = z.infer<typeof meetAndGreetInputSchema>;
export type UpdateMeetAndGreetInput = z.infer<typeof updateMeetAndGreetSchema>;
export type ListMeetAndGreetsQuery = z.infer<typeof listMeetAndGreetsQuerySchema>;
export type InviteEmployerInput = z.infer<typeof inviteEmployerSchema>;
export type EmployerAnswerInput = z.infer<typeof employerAnswerSchema>;
export type JobSeekerAnswerInput = z.infer<typeof jobSeekerAnswerSchema>;
export type ListParticipantsQuery = z.infer<typeof listParticipantsQuerySchema>;
export type MeetAndGreetView = z.infer<typeof meetAndGreetSchema>;
export type EventEmployerView = z.infer<typeof eventEmployerSchema>;
export type ParticipantView = z.infer<typeof participantSchema>;
