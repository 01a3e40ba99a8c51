import type { FilterQuery } from '@mikro-orm/core';
import { assertCan, can, Permission } from '../../access/policy';
import { probe } from '../../db/rows-exist';
import type { Actor, RequestContext } from '../../http/context';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { notFound, validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { findOwnJobSeeker } from '../own-record/own-record.access';
import { programmeToday } from '../readiness/review-dates';
import {
  type MoneyChecklist,
  type MoneyChecklistItemDefinition,
  moneyChecklistFingerprint,
  moneyChecklistVersion,
} from './money-checklist';
import {
  MoneyChecklistItem,
  MoneyChecklistVersionUsage,
  type MoneyItemActor,
  type MoneyItemStatus,
  UNFINISHED_MONEY_STATUSES,
} from './money-checklist.entity';
import type {
  MoneyChecklistView,
  MoneyItemView,
  OpenMoneyItemView,
  OwnMoneyChecklistView,
  UpdateMoneyItemInput,
} from './money-checklist.schemas';
import { findPlacementInScope, placementScope } from './placement.access';
import { Placement } from './placement.entity';
import { addMonths, PLACEMENT_STATUS_LABELS_NL, WORKING_STATUSES } from './placement-rules';

/** Open items show on the lifecoach's Today while the placement is a draft and in its first three months. */
export const MONEY_FOLLOW_UP_MONTHS = 3;

export const MONEY_STATUS_LABELS_NL: Record<MoneyItemStatus, string> = {
  OPEN: 'Nog te doen',
  DONE: 'Gedaan',
  NOT_NEEDED: 'Niet nodig',
  HELP_NEEDED: 'Hulp nodig',
};

export const MONEY_ACTOR_LABELS_NL: Record<MoneyItemActor, string> = {
  PERSON: 'De werkzoekende zelf',
  LIFECOACH: 'De lifecoach',
  OTHER: 'Iemand anders',
};

const whoLabel = (item: MoneyChecklistItem): string | null => {
  if (!item.actor) return null;
  if (item.actor === 'OTHER') return item.actorName ?? MONEY_ACTOR_LABELS_NL.OTHER;
  return MONEY_ACTOR_LABELS_NL[item.actor];
};

/** The texts of an item, from the checklist version it was made from. */
function definitionOf(reference: ReferenceData, item: MoneyChecklistItem): MoneyChecklistItemDefinition {
  const checklist = moneyChecklistVersion(reference.moneyChecklists, item.checklistVersion);
  const definition = checklist?.items.find((candidate) => candidate.key === item.itemKey);
  // The startup check keeps every used version loaded and unchanged; a miss is a deployment error.
  if (!definition) {
    throw new Error(
      `Checklist version ${item.checklistVersion} has no item ${item.itemKey}: is its file missing?`,
    );
  }
  return definition;
}

function checklistOf(reference: ReferenceData, version: number): MoneyChecklist {
  const checklist = moneyChecklistVersion(reference.moneyChecklists, version);
  if (!checklist) throw new Error(`Start-of-work checklist version ${version} is not loaded`);
  return checklist;
}

function progressOf(items: readonly { status: MoneyItemStatus }[]) {
  const count = (status: MoneyItemStatus) => items.filter((item) => item.status === status).length;
  return {
    total: items.length,
    done: count('DONE'),
    notNeeded: count('NOT_NEEDED'),
    helpNeeded: count('HELP_NEEDED'),
    open: count('OPEN'),
  };
}

function itemFields(item: MoneyChecklistItem, definition: MoneyChecklistItemDefinition) {
  return {
    key: item.itemKey,
    titleNl: definition.titleNl,
    contactLabelNl: definition.contactLabelNl ?? null,
    status: item.status,
    statusLabelNl: MONEY_STATUS_LABELS_NL[item.status],
    date: item.date ?? null,
    actor: item.actor ?? null,
    actorName: item.actorName ?? null,
    whoLabelNl: whoLabel(item),
    contactName: item.contactName ?? null,
    note: item.note ?? null,
  };
}

function toItemView(item: MoneyChecklistItem, reference: ReferenceData): MoneyItemView {
  const definition = definitionOf(reference, item);
  return {
    ...itemFields(item, definition),
    forLifecoachNl: definition.forLifecoachNl,
    forPersonNl: definition.forPersonNl,
    updatedAt: item.updatedAt.toISOString(),
    version: item.version,
  };
}

const auditChecklist = (ctx: RequestContext, placement: Placement, action: string, fields?: string[]) =>
  recordAudit(ctx, {
    action: `money_checklist.${action}`,
    entityType: 'placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
    ...(fields ? { fields } : {}),
  });

/**
 * Adds the checklist's items to a new placement, in the caller's unit of work (the caller flushes),
 * all open; and marks the version as used, so its file may no longer change.
 */
export async function addMoneyChecklist(
  ctx: RequestContext,
  placement: Placement,
  checklist: MoneyChecklist,
): Promise<void> {
  checklist.items.forEach((definition, position) => {
    ctx.em.create(MoneyChecklistItem, {
      placement,
      checklistVersion: checklist.version,
      itemKey: definition.key,
      position,
      status: 'OPEN',
      date: null,
      actor: null,
      actorName: null,
      contactName: null,
      note: null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      updatedByUserId: null,
    });
  });
  const fingerprint = await moneyChecklistFingerprint(checklist);
  const usage = await ctx.em.findOne(MoneyChecklistVersionUsage, { version: checklist.version });
  if (!usage) {
    ctx.em.create(MoneyChecklistVersionUsage, {
      version: checklist.version,
      checklistId: checklist.id,
      fingerprint,
      firstUsedAt: ctx.now,
    });
  } else if (usage.fingerprint !== fingerprint) {
    throw new Error(
      `Checklist version ${checklist.version} differs from the one first used on ${usage.firstUsedAt.toISOString()}; restart the service to see which file changed`,
    );
  }
}

const itemsOf = (ctx: RequestContext, placementIds: readonly string[]) =>
  placementIds.length
    ? ctx.em.find(
        MoneyChecklistItem,
        { placement: { $in: [...placementIds] } },
        { orderBy: { position: 'asc', id: 'asc' } },
      )
    : Promise.resolve([] as MoneyChecklistItem[]);

/** The placement's checklist, for its lifecoach and the programme. */
export async function getMoneyChecklist(
  ctx: RequestContext,
  reference: ReferenceData,
  placementId: string,
): Promise<MoneyChecklistView> {
  assertCan(ctx.actor, Permission.ReadMoneyChecklist);
  const placement = await findPlacementInScope(ctx, placementId);
  const items = await itemsOf(ctx, [placement.id]);
  const version = items[0]?.checklistVersion ?? reference.activeMoneyChecklist.version;
  const checklist = checklistOf(reference, version);
  auditChecklist(ctx, placement, 'viewed');
  await saveReadAudit(ctx);
  return {
    placementId: placement.id,
    checklistVersion: version,
    titleNl: checklist.titleNl,
    introNl: checklist.introNl,
    items: items.map((item) => toItemView(item, reference)),
    progress: progressOf(items),
    youMayEdit: items.length > 0 && can(ctx.actor, Permission.WriteMoneyChecklist),
  };
}

/** Where one item stands: status, date, who takes the step, the named contact and a short note. */
export async function updateMoneyItem(
  ctx: RequestContext,
  reference: ReferenceData,
  placementId: string,
  itemKey: string,
  input: UpdateMoneyItemInput,
): Promise<MoneyItemView> {
  assertCan(ctx.actor, Permission.WriteMoneyChecklist);
  const placement = await findPlacementInScope(ctx, placementId);
  const item = await ctx.em.findOne(MoneyChecklistItem, { placement: placement.id, itemKey });
  if (!item) throw notFound({ nl: 'Deze stap van de geldlijst', en: 'Money checklist item' });
  assertVersion(item, input.version);
  const definition = definitionOf(reference, item);
  const today = programmeToday(ctx.now);
  const errors = [];
  if (input.contactName && !definition.contactLabelNl) {
    errors.push({ path: ['contactName'], message: 'Bij deze stap hoort geen contactpersoon.' });
  }
  if (input.status === 'DONE' && input.date && input.date > today) {
    errors.push({
      path: ['date'],
      message: 'Een stap die gedaan is, heeft een datum van vandaag of eerder.',
    });
  }
  if (input.date && (input.date < addMonths(today, -24) || input.date > addMonths(today, 12))) {
    errors.push({ path: ['date'], message: 'Kies een datum binnen twee jaar terug en een jaar vooruit.' });
  }
  if (errors.length) throw validationError(errors);
  const next = {
    status: input.status,
    date: input.date,
    actor: input.actor,
    actorName: input.actor === 'OTHER' ? (input.actorName ?? null) : null,
    contactName: input.contactName === undefined ? (item.contactName ?? null) : input.contactName,
    note: input.note === undefined ? (item.note ?? null) : input.note,
  };
  const fields = (Object.keys(next) as (keyof typeof next)[]).filter(
    (field) => (item[field] ?? null) !== next[field],
  );
  if (fields.length) {
    Object.assign(item, next, { updatedAt: ctx.now, updatedByUserId: ctx.actor.userId });
    auditChecklist(
      ctx,
      placement,
      'item_updated',
      fields.map((field) => `${item.itemKey}.${field}`),
    );
  }
  await ctx.em.flush();
  return toItemView(item, reference);
}

// ---- Today: open items in the first three months ------------------------------------------------

function openItemsWhere(actor: Actor, today: string): FilterQuery<MoneyChecklistItem> {
  const since = addMonths(today, -MONEY_FOLLOW_UP_MONTHS);
  const placement: FilterQuery<Placement> = {
    $and: [
      placementScope(actor),
      { $or: [{ status: 'DRAFT' }, { status: { $in: [...WORKING_STATUSES] }, startDate: { $gte: since } }] },
    ],
  };
  return { status: { $in: [...UNFINISHED_MONEY_STATUSES] }, placement } as FilterQuery<MoneyChecklistItem>;
}

/** For rowsExist: whether the caller has open checklist items today (the list's own filter). */
export const openMoneyItemsProbe = (ctx: RequestContext) =>
  probe(MoneyChecklistItem, openItemsWhere(ctx.actor, programmeToday(ctx.now)));

/**
 * The open and "help needed" items of the placements the caller follows, while the placement is a
 * draft or in its first three months: "help needed" first, then by placement and position.
 */
export async function listOpenMoneyItems(
  ctx: RequestContext,
  reference: ReferenceData,
  query: PageQuery,
): Promise<Page<OpenMoneyItemView>> {
  assertCan(ctx.actor, Permission.ReadMoneyChecklist);
  const page = await findPage(
    ctx.em,
    MoneyChecklistItem,
    openItemsWhere(ctx.actor, programmeToday(ctx.now)),
    query,
    { placement: { createdAt: 'asc' }, position: 'asc' },
    ['placement', 'placement.jobSeeker', 'placement.employer'],
  );
  const audited = new Set<string>();
  for (const item of page.items) {
    if (audited.has(item.placement.id)) continue;
    audited.add(item.placement.id);
    auditChecklist(ctx, item.placement, 'listed');
  }
  await saveReadAudit(ctx);
  return {
    items: page.items.map((item) => ({
      placementId: item.placement.id,
      jobSeekerId: item.placement.jobSeeker.id,
      fullName: item.placement.jobSeeker.fullName,
      employerName: item.placement.employer.name,
      startDate: item.placement.startDate ?? null,
      ...itemFields(item, definitionOf(reference, item)),
    })),
    nextCursor: page.nextCursor,
  };
}

// ---- the person's own checklist ----------------------------------------------------------------

/** Every checklist of the signed-in person's placements, newest placement first, in their language. */
export async function getOwnMoneyChecklists(
  ctx: RequestContext,
  reference: ReferenceData,
  lang: 'nl' | 'en' = 'nl',
): Promise<{ items: OwnMoneyChecklistView[] }> {
  const jobSeeker = await findOwnJobSeeker(ctx, Permission.ReadOwnRecord);
  const placements = await ctx.em.find(
    Placement,
    { jobSeeker: jobSeeker.id, status: { $ne: 'CANCELLED' } },
    { populate: ['vacancy', 'employer'], orderBy: { createdAt: 'desc', id: 'asc' } },
  );
  const items = await itemsOf(
    ctx,
    placements.map((placement) => placement.id),
  );
  const views: OwnMoneyChecklistView[] = [];
  for (const placement of placements) {
    const own = items.filter((item) => item.placement.id === placement.id);
    if (!own.length) continue;
    const checklist = checklistOf(
      reference,
      own[0]?.checklistVersion ?? reference.activeMoneyChecklist.version,
    );
    views.push({
      placementId: placement.id,
      job: placement.vacancy.title,
      employer: placement.employer.name,
      placementStatus: PLACEMENT_STATUS_LABELS_NL[placement.status],
      checklistVersion: checklist.version,
      title: lang === 'en' ? checklist.titleEn : checklist.titleNl,
      intro: lang === 'en' ? checklist.introEn : checklist.introNl,
      items: own.map((item) => {
        const definition = definitionOf(reference, item);
        return {
          key: item.itemKey,
          title: lang === 'en' ? definition.titleEn : definition.titleNl,
          explanation: lang === 'en' ? definition.forPersonEn : definition.forPersonNl,
          contactLabel: (lang === 'en' ? definition.contactLabelEn : definition.contactLabelNl) ?? null,
          status: item.status,
          date: item.date ?? null,
          actor: item.actor ?? null,
          actorName: item.actorName ?? null,
          contactName: item.contactName ?? null,
          note: item.note ?? null,
        };
      }),
      progress: progressOf(own),
    });
    recordAudit(ctx, {
      action: 'money_checklist.own_viewed',
      entityType: 'placement',
      entityId: placement.id,
      subjectId: jobSeeker.id,
    });
  }
  await saveReadAudit(ctx);
  return { items: views };
}
