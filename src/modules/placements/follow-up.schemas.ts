import { z } from '@hono/zod-openapi';
import { nullableRef } from '../../http/openapi';
import { pageQuerySchema } from '../../http/pagination';
import { roleSchema } from '../users/user.schemas';
import { checkInKinds, followUpStates } from './cadence';
import { calendarDateSchema, colleagueSchema, placementPersonSchema } from './placement.schemas';
import { endReasons } from './placement-rules';

export const listFollowUpQuerySchema = pageQuerySchema.extend({
  state: z
    .enum(followUpStates)
    .optional()
    .openapi({ description: 'One state; without it DUE and OVERDUE (what needs doing).' }),
  kind: z.enum(checkInKinds).optional(),
  assigneeUserId: z
    .uuid()
    .optional()
    .openapi({ description: 'Whose conversation: a mentor, manager or lifecoach.' }),
  employerId: z.uuid().optional(),
});

export const followUpItemSchema = z
  .object({
    placementId: z.uuid(),
    person: placementPersonSchema,
    employer: z.object({ id: z.uuid(), name: z.string() }).strict(),
    kind: z.enum(checkInKinds),
    kindLabelNl: z.string(),
    assignee: nullableRef(colleagueSchema),
    state: z.enum(followUpStates),
    dueDate: z.string(),
    daysOverdue: z.number().int(),
    lastCheckInDate: z.string().nullable(),
    intervalDays: z.number().int(),
  })
  .strict()
  .openapi('FollowUpItem');

export const followUpListSchema = z
  .object({ asOf: z.string(), items: z.array(followUpItemSchema), nextCursor: z.string().nullable() })
  .strict()
  .openapi('FollowUpList');

export const digestQuerySchema = pageQuerySchema.extend({
  date: calendarDateSchema.optional().openapi({
    description: 'The day the digest is for (a notification job passes its run date); default today.',
  }),
});

export const digestItemSchema = z
  .object({
    placementId: z.uuid(),
    personName: z.string().openapi({
      description:
        'As the recipient may name the person: for a mentor or manager the name only while the person agrees to share their profile with the employer, otherwise “Kandidaat <code>”.',
    }),
    employerName: z.string(),
    kind: z.enum(checkInKinds),
    state: z.enum(['DUE', 'OVERDUE']),
    dueDate: z.string(),
    daysOverdue: z.number().int(),
    relation: z.enum(['YOURS', 'SIGNAL']).openapi({
      description:
        'YOURS: your own conversation. SIGNAL: for the lifecoach, a conversation of the employer side that is overdue.',
    }),
    lineNl: z.string(),
  })
  .strict();

export const digestRecipientSchema = z
  .object({
    user: z.object({ id: z.uuid(), displayName: z.string(), email: z.string(), role: roleSchema }).strict(),
    subjectNl: z.string(),
    messageNl: z
      .string()
      .openapi({ description: 'The message a notification job would send, in plain Dutch.' }),
    items: z.array(digestItemSchema),
  })
  .strict()
  .openapi('FollowUpDigestRecipient');

export const digestSchema = z
  .object({
    date: z.string(),
    recipients: z.array(digestRecipientSchema),
    nextCursor: z.string().nullable(),
    programme: z
      .object({
        activePlacements: z.number().int(),
        due: z.record(z.enum(checkInKinds), z.number().int()),
        overdue: z.record(z.enum(checkInKinds), z.number().int()),
      })
      .strict()
      .openapi({ description: 'For the programme: counts over every working placement.' }),
  })
  .strict()
  .openapi('FollowUpDigest');

export const retentionQuerySchema = z.object({
  startedFrom: calendarDateSchema.optional(),
  startedTo: calendarDateSchema.optional(),
  employerId: z.uuid().optional(),
});

export const retentionReportSchema = z
  .object({
    asOf: z.string(),
    placements: z.number().int().openapi({ description: 'Placements that started (or will) in the period.' }),
    retention: z.array(
      z
        .object({
          months: z.number().int(),
          retained: z.number().int(),
          notRetained: z.number().int(),
          pending: z.number().int(),
          rate: z.number().nullable(),
        })
        .strict(),
    ),
    endReasons: z.array(
      z.object({ reason: z.enum(endReasons), labelNl: z.string(), count: z.number().int() }).strict(),
    ),
    convertedToPermanent: z.number().int(),
  })
  .strict()
  .openapi('RetentionReport');

export type ListFollowUpQuery = z.infer<typeof listFollowUpQuerySchema>;
export type FollowUpItemView = z.infer<typeof followUpItemSchema>;
export type FollowUpListView = z.infer<typeof followUpListSchema>;
export type DigestQuery = z.infer<typeof digestQuerySchema>;
export type DigestView = z.infer<typeof digestSchema>;
export type DigestRecipientView = z.infer<typeof digestRecipientSchema>;
export type DigestItemView = z.infer<typeof digestItemSchema>;
export type RetentionQuery = z.infer<typeof retentionQuerySchema>;
export type RetentionReportView = z.infer<typeof retentionReportSchema>;
