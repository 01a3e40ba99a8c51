import { defineEntity, p } from '@mikro-orm/core';
import { Placement } from './placement.entity';

/** Where an item of the money checklist stands: still to do, done, not needed, or help is needed. */
export const moneyItemStatuses = ['OPEN', 'DONE', 'NOT_NEEDED', 'HELP_NEEDED'] as const;
export type MoneyItemStatus = (typeof moneyItemStatuses)[number];
/** Items that still ask for something: the lifecoach's Today shows them in the first three months. */
export const UNFINISHED_MONEY_STATUSES = ['OPEN', 'HELP_NEEDED'] as const;

/** Who takes the step: the person, the lifecoach, or someone else who is named. */
export const moneyItemActors = ['PERSON', 'LIFECOACH', 'OTHER'] as const;
export type MoneyItemActor = (typeof moneyItemActors)[number];

/**
 * One item of a placement's start-of-work money checklist (checklists/start-of-work.v<N>.json),
 * made when the placement is drafted. The texts stay in the checklist version the item was made
 * from (`checklistVersion`); the row holds where it stands, the date, who takes the step and, for
 * an item that asks for one, the named contact person. For the lifecoach, the programme and the
 * person themselves — never for the employer.
 */
export const MoneyChecklistItemSchema = defineEntity({
  name: 'MoneyChecklistItem',
  tableName: 'money_checklist_item',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    placement: () => p.manyToOne(Placement).index(),
    checklistVersion: p.integer(),
    itemKey: p.string().length(60),
    position: p.integer(),
    status: p.enum(moneyItemStatuses),
    /** When it was done, or is planned (YYYY-MM-DD). */
    date: p.string().length(10).nullable(),
    actor: p.enum(moneyItemActors).nullable(),
    /** The named person when `actor` is OTHER (for example "bewindvoerder Jansen"). */
    actorName: p.string().length(200).nullable(),
    /** The named contact person, for an item that asks for one (Work and Income). */
    contactName: p.string().length(200).nullable(),
    note: p.text().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    updatedByUserId: p.uuid().nullable(),
    version: p.integer().version(),
  },
  uniques: [{ name: 'money_checklist_item_one_per_key', properties: ['placement', 'itemKey'] }],
  indexes: [{ properties: ['status'] }],
});
export class MoneyChecklistItem extends MoneyChecklistItemSchema.class {}
MoneyChecklistItemSchema.setClass(MoneyChecklistItem);

/**
 * A checklist version that placements have used, with the fingerprint of its content at first use.
 * A used version is immutable: the service refuses to start when its file no longer matches.
 */
export const MoneyChecklistVersionUsageSchema = defineEntity({
  name: 'MoneyChecklistVersionUsage',
  tableName: 'money_checklist_version_usage',
  properties: {
    version: p.integer().primary().autoincrement(false),
    checklistId: p.string().length(60),
    fingerprint: p.string().length(64),
    firstUsedAt: p.datetime(),
  },
});
export class MoneyChecklistVersionUsage extends MoneyChecklistVersionUsageSchema.class {}
MoneyChecklistVersionUsageSchema.setClass(MoneyChecklistVersionUsage);
