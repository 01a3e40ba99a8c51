import { z } from '@hono/zod-openapi';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { roundTimeSchema } from './meet-and-greet.schemas';

// ---- input ------------------------------------------------------------------------------------

// The schedule has no version of its own: every schedule step is based on the Meet & Greet's.
const versionSchema = basedOnVersion(
  "The Meet & Greet's version, not a schedule version: MeetAndGreet.version, or meetAndGreetVersion of the previous schedule step's response.",
);

export const proposeScheduleSchema = z
  .object({
    keepHandPlaced: z
      .boolean()
      .default(true)
      .openapi({ description: 'Keep the conversations programme staff placed by hand where they are.' }),
    version: versionSchema,
  })
  .strict()
  .openapi('ProposeSchedule');

export const putScheduleSchema = z
  .object({
    conversations: z
      .array(
        z
          .object({
            jobSeekerId: z.uuid(),
            employerId: z.uuid(),
            round: z.number().int().min(1).max(12),
          })
          .strict(),
      )
      .max(2000),
    version: versionSchema,
  })
  .strict()
  .openapi('AdjustSchedule');

export const fixScheduleSchema = z.object({ version: versionSchema }).strict().openapi('FixSchedule');

export const recordHeldSchema = z
  .object({
    absentJobSeekerIds: z
      .array(z.uuid())
      .max(500)
      .default([])
      .openapi({ description: 'People who said yes but did not come.' }),
    absentEmployerIds: z.array(z.uuid()).max(100).default([]),
    version: versionSchema,
  })
  .strict()
  .openapi('RecordMeetAndGreetHeld');

// ---- views --------------------------------------------------------------------------------------

export const scheduleStateSchema = z.enum(['NONE', 'PROPOSED', 'FIXED']);

export const scheduleSchema = z
  .object({
    meetAndGreetId: z.uuid(),
    state: scheduleStateSchema,
    roundTimes: z.array(roundTimeSchema),
    conversations: z.array(
      z.object({
        round: z.number().int(),
        startTime: z.string(),
        endTime: z.string(),
        employerId: z.uuid(),
        employerName: z.string(),
        jobSeekerId: z.uuid(),
        fullName: z.string(),
        placedByHand: z.boolean(),
      }),
    ),
    withoutConversation: z
      .array(z.object({ jobSeekerId: z.uuid(), fullName: z.string() }))
      .openapi({ description: 'People coming who have no conversation (yet).' }),
    summary: z.object({
      conversations: z.number().int(),
      peopleComing: z.number().int(),
      peopleWithConversation: z.number().int(),
    }),
    meetAndGreetVersion: versionOf(
      "The Meet & Greet's version after this step: send it as `version` with the next schedule step or PUT /api/meet-and-greets/{id}.",
    ),
    version: versionOf('The same as meetAndGreetVersion (the schedule has no version of its own).'),
  })
  .openapi('MeetAndGreetSchedule');

export const scheduleProposalSchema = scheduleSchema
  .extend({
    solver: z.object({
      method: z.string(),
      provenOptimal: z.boolean(),
      objective: z.object({
        seekersWithConversation: z.number().int(),
        conversations: z.number().int(),
        wantConversations: z.number().int(),
        maybeConversations: z.number().int(),
        totalQuality: z.number(),
      }),
      unplaced: z.array(
        z.object({
          jobSeekerId: z.uuid(),
          fullName: z.string(),
          reason: z.enum(['NO_ACCEPTABLE_PAIR', 'NO_SHARED_ROUND', 'NO_CAPACITY']),
          reasonLabel: z.string(),
        }),
      ),
    }),
  })
  .openapi('MeetAndGreetScheduleProposal');

const agendaHeader = {
  meetAndGreetId: z.uuid(),
  heading: z.string(),
  dateLabel: z.string(),
  place: z.string(),
  state: scheduleStateSchema,
  lines: z
    .array(z.string())
    .openapi({ description: 'The list to print, in plain Dutch, one line per conversation.' }),
};

/** An employer's printable list: candidate codes only. */
export const employerAgendaSchema = z
  .object({
    ...agendaHeader,
    employerId: z.uuid(),
    employerName: z.string(),
    rows: z.array(
      z
        .object({
          round: z.number().int(),
          startTime: z.string(),
          endTime: z.string(),
          table: z
            .number()
            .int()
            .describe("The employer's table in this round (1, 2, …); kept once the schedule is fixed"),
          candidateCode: z.string().nullable(),
          vacancyTitle: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('EmployerConversationList');

/** A person's printable list, for the lifecoach to hand over. */
export const personAgendaSchema = z
  .object({
    ...agendaHeader,
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    rows: z.array(
      z
        .object({
          round: z.number().int(),
          startTime: z.string(),
          endTime: z.string(),
          employerName: z.string(),
          table: z
            .number()
            .int()
            .describe("The employer's table in this round (1, 2, …); kept once the schedule is fixed"),
          vacancyTitles: z.array(z.string()),
        })
        .strict(),
    ),
  })
  .strict()
  .openapi('PersonConversationList');

export type ProposeScheduleInput = z.infer<typeof proposeScheduleSchema>;
export type PutScheduleInput = z.infer<typeof putScheduleSchema>;
export type RecordHeldInput = z.infer<typeof recordHeldSchema>;
export type ScheduleView = z.infer<typeof scheduleSchema>;
export type ScheduleProposalView = z.infer<typeof scheduleProposalSchema>;
export type EmployerAgendaView = z.infer<typeof employerAgendaSchema>;
export type PersonAgendaView = z.infer<typeof personAgendaSchema>;
