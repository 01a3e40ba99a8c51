import { z } from '@hono/zod-openapi';
import { pageQuerySchema } from '../../http/pagination';
import { checkInKinds, howItsGoingValues } from './cadence';
import { calendarDateSchema } from './placement.schemas';

export const recordCheckInSchema = z
  .object({
    kind: z.enum(checkInKinds).openapi({
      description:
        'MANAGER_FEEDBACK (the manager of the placement), MENTOR (its mentor) or LIFECOACH (its lifecoach): your own kind.',
    }),
    date: calendarDateSchema.openapi({
      description: 'The day of the conversation: not in the future, not before the start.',
    }),
    report: z.string().trim().min(10).max(2000).openapi({
      description: 'A short report in plain words (B1 Dutch), as you would tell the employee.',
    }),
    howItsGoing: z.enum(howItsGoingValues).openapi({
      description:
        'GOOD, SOME_WORRIES or SERIOUS_WORRIES. A worry is shown to the other side as a flag, without your report.',
    }),
    agreedActions: z
      .array(z.string().trim().min(3).max(300))
      .max(10)
      .default([])
      .openapi({ description: 'What was agreed, one action per line.' }),
    moneyWorries: z.boolean().default(false).openapi({
      description:
        'The person has worries about money (benefit, allowances, debts). Only in a LIFECOACH conversation; only the lifecoach and the programme see it.',
    }),
  })
  .strict()
  .openapi('RecordCheckIn');

export const listCheckInsQuerySchema = pageQuerySchema.extend({ kind: z.enum(checkInKinds).optional() });

export const checkInSchema = z
  .object({
    id: z.uuid(),
    placementId: z.uuid(),
    kind: z.enum(checkInKinds),
    kindLabelNl: z.string(),
    date: z.string(),
    report: z.string(),
    howItsGoing: z.enum(howItsGoingValues),
    howItsGoingLabelNl: z.string(),
    agreedActions: z.array(z.string()),
    moneyWorries: z.boolean().optional().openapi({
      description: 'Worries about money: present for the lifecoach and the programme only.',
    }),
    recordedBy: z.object({ userId: z.uuid(), displayName: z.string().nullable() }).strict(),
    recordedAt: z.iso.datetime(),
  })
  .strict()
  .openapi('CheckIn');

export const checkInListSchema = z
  .object({
    items: z.array(checkInSchema),
    nextCursor: z.string().nullable(),
    readableKinds: z.array(z.enum(checkInKinds)).openapi({
      description: 'The kinds of conversation you may read; of the others you see worry flags only.',
    }),
  })
  .strict()
  .openapi('CheckInList');

export const recordSupportNoteSchema = z
  .object({
    note: z.string().trim().min(10).max(4000).openapi({
      description: 'The personal sphere (childcare, debts, housing …): lifecoaches and the programme only.',
    }),
  })
  .strict()
  .openapi('RecordSupportNote');

export const supportNoteSchema = z
  .object({
    id: z.uuid(),
    placementId: z.uuid(),
    note: z.string(),
    recordedBy: z.object({ userId: z.uuid(), displayName: z.string().nullable() }).strict(),
    recordedAt: z.iso.datetime(),
  })
  .strict()
  .openapi('PlacementSupportNote');

export type RecordCheckInInput = z.infer<typeof recordCheckInSchema>;
export type ListCheckInsQuery = z.infer<typeof listCheckInsQuerySchema>;
export type CheckInView = z.infer<typeof checkInSchema>;
export type CheckInListView = z.infer<typeof checkInListSchema>;
export type SupportNoteView = z.infer<typeof supportNoteSchema>;
