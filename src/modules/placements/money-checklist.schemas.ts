import { z } from '@hono/zod-openapi';
import { basedOnVersion, versionOf } from '../../http/openapi';
import { moneyItemActors, moneyItemStatuses } from './money-checklist.entity';
import { calendarDateSchema } from './placement.schemas';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value === '' ? null : value));

export const updateMoneyItemSchema = z
  .object({
    status: z.enum(moneyItemStatuses).openapi({
      description: 'OPEN (still to do), DONE, NOT_NEEDED or HELP_NEEDED (the person needs help with it).',
    }),
    date: calendarDateSchema.nullable().default(null).openapi({
      description: 'When it was done (needed for DONE, not in the future) or is planned.',
    }),
    actor: z.enum(moneyItemActors).nullable().default(null).openapi({
      description:
        'Who takes the step: PERSON, LIFECOACH or OTHER (then name them in actorName). Needed for DONE.',
    }),
    actorName: optionalText(200).openapi({ description: 'The named person when actor is OTHER.' }),
    contactName: optionalText(200).openapi({
      description: 'The named contact person, for an item that asks for one (Work and Income).',
    }),
    note: optionalText(1000).openapi({ description: 'Short, plain Dutch; the person reads it too.' }),
    version: basedOnVersion("The item's `version` (MoneyChecklistItem.version)."),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.actor === 'OTHER' && !input.actorName) {
      ctx.addIssue({ code: 'custom', path: ['actorName'], message: 'Schrijf op wie deze stap doet.' });
    }
    if (input.status === 'DONE' && !input.date) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'Vul de dag in waarop het gedaan is.' });
    }
    if (input.status === 'DONE' && !input.actor) {
      ctx.addIssue({ code: 'custom', path: ['actor'], message: 'Zeg wie het gedaan heeft.' });
    }
  })
  .openapi('UpdateMoneyChecklistItem');

export const moneyItemKeyParamSchema = z.object({
  id: z.uuid().openapi({ param: { name: 'id', in: 'path' } }),
  itemKey: z
    .string()
    .regex(/^[a-z][a-zA-Z0-9]{1,59}$/)
    .openapi({
      param: { name: 'itemKey', in: 'path' },
      description: 'The item key from the checklist file.',
    }),
});

const itemFieldsSchema = {
  key: z.string(),
  titleNl: z.string(),
  contactLabelNl: z
    .string()
    .nullable()
    .openapi({ description: 'Set when the item asks for a named contact.' }),
  status: z.enum(moneyItemStatuses),
  statusLabelNl: z.string(),
  date: z.string().nullable(),
  actor: z.enum(moneyItemActors).nullable(),
  actorName: z.string().nullable(),
  whoLabelNl: z.string().nullable().openapi({ description: 'Who takes the step, in words.' }),
  contactName: z.string().nullable(),
  note: z.string().nullable(),
};

export const moneyItemSchema = z
  .object({
    ...itemFieldsSchema,
    forLifecoachNl: z.string(),
    forPersonNl: z.string(),
    updatedAt: z.iso.datetime(),
    version: versionOf('Send it as `version` with PATCH …/money-checklist/items/{itemKey}.'),
  })
  .strict()
  .openapi('MoneyChecklistItem');

const progressSchema = z
  .object({
    total: z.number().int(),
    done: z.number().int(),
    notNeeded: z.number().int(),
    helpNeeded: z.number().int(),
    open: z.number().int(),
  })
  .strict();

export const moneyChecklistSchema = z
  .object({
    placementId: z.uuid(),
    checklistVersion: z
      .number()
      .int()
      .openapi({ description: 'The checklist version the items were made from.' }),
    titleNl: z.string(),
    introNl: z.string(),
    items: z.array(moneyItemSchema),
    progress: progressSchema,
    youMayEdit: z.boolean(),
  })
  .strict()
  .openapi('MoneyChecklist');

/** The person's own checklist: the texts written for them, in their language. */
export const ownMoneyChecklistSchema = z
  .object({
    placementId: z.uuid(),
    job: z.string(),
    employer: z.string(),
    placementStatus: z.string(),
    checklistVersion: z.number().int().openapi({
      description: 'The checklist version (of checklists/start-of-work.v<N>.json) the items were made from.',
    }),
    title: z.string(),
    intro: z.string(),
    items: z.array(
      z
        .object({
          key: z.string(),
          title: z.string(),
          explanation: z.string(),
          contactLabel: z.string().nullable(),
          status: z.enum(moneyItemStatuses),
          date: z.string().nullable(),
          actor: z.enum(moneyItemActors).nullable(),
          actorName: z.string().nullable(),
          contactName: z.string().nullable(),
          note: z.string().nullable(),
        })
        .strict(),
    ),
    progress: progressSchema,
  })
  .strict()
  .openapi('OwnMoneyChecklist');

export const ownMoneyChecklistsSchema = z
  .object({ items: z.array(ownMoneyChecklistSchema) })
  .strict()
  .openapi('OwnMoneyChecklists');

export const openMoneyItemSchema = z
  .object({
    placementId: z.uuid(),
    jobSeekerId: z.uuid(),
    fullName: z.string(),
    employerName: z.string(),
    startDate: z.string().nullable(),
    ...itemFieldsSchema,
  })
  .strict()
  .openapi('OpenMoneyChecklistItem');

export const openMoneyItemsSchema = z
  .object({ items: z.array(openMoneyItemSchema), nextCursor: z.string().nullable() })
  .strict()
  .openapi('OpenMoneyChecklistItems');

export type UpdateMoneyItemInput = z.infer<typeof updateMoneyItemSchema>;
export type MoneyChecklistView = z.infer<typeof moneyChecklistSchema>;
export type MoneyItemView = z.infer<typeof moneyItemSchema>;
export type OwnMoneyChecklistView = z.infer<typeof ownMoneyChecklistSchema>;
export type OpenMoneyItemView = z.infer<typeof openMoneyItemSchema>;
