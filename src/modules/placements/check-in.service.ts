import { assertCan, Permission } from '../../access/policy';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { findPage, type Page, type PageQuery } from '../../http/pagination';
import { AppError, ProblemCode, validationError } from '../../http/problem';
import { type AuditAction, recordAudit } from '../audit/audit.service';
import { programmeToday } from '../readiness/review-dates';
import { User } from '../users/user.entity';
import { CHECK_IN_KIND_LABELS_NL, HOW_ITS_GOING_LABELS_NL } from './cadence';
import { PlacementCheckIn, PlacementSupportNote } from './check-in.entity';
import type {
  CheckInListView,
  CheckInView,
  ListCheckInsQuery,
  RecordCheckInInput,
  SupportNoteView,
} from './check-in.schemas';
import type { PlacementRelation } from './placement.access';
import {
  assertRelation,
  findPlacementInScope,
  mayRecordKind,
  readableKinds,
  relationTo,
} from './placement.access';
import type { Placement } from './placement.entity';
import { isWorking } from './placement-rules';

/** Money worries are for the lifecoach and the programme: never for anyone at the employer. */
const showsMoneyWorries = (relation: PlacementRelation): boolean => relation.lifecoach || relation.programme;

async function displayNames(ctx: RequestContext, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds)];
  if (ids.length === 0) return new Map();
  return new Map((await ctx.em.find(User, { id: { $in: ids } })).map((user) => [user.id, user.displayName]));
}

function toCheckInView(
  checkIn: PlacementCheckIn,
  names: ReadonlyMap<string, string>,
  showsMoneyWorries: boolean,
): CheckInView {
  return {
    id: checkIn.id,
    placementId: checkIn.placement.id,
    kind: checkIn.kind,
    kindLabelNl: CHECK_IN_KIND_LABELS_NL[checkIn.kind],
    date: checkIn.date,
    report: checkIn.report,
    howItsGoing: checkIn.howItsGoing,
    howItsGoingLabelNl: HOW_ITS_GOING_LABELS_NL[checkIn.howItsGoing],
    agreedActions: checkIn.agreedActions,
    ...(showsMoneyWorries ? { moneyWorries: checkIn.moneyWorries } : {}),
    recordedBy: {
      userId: checkIn.recordedByUserId,
      displayName: names.get(checkIn.recordedByUserId) ?? null,
    },
    recordedAt: checkIn.recordedAt.toISOString(),
  };
}

const auditPlacement = (ctx: RequestContext, placement: Placement, action: AuditAction, fields?: string[]) =>
  recordAudit(ctx, {
    action,
    entityType: 'placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
    ...(fields ? { fields } : {}),
  });

/**
 * The manager, the mentor or the lifecoach of the placement records a conversation of their own
 * kind, on a day from the start until today, while the person works there.
 */
export async function recordCheckIn(
  ctx: RequestContext,
  placementId: string,
  input: RecordCheckInInput,
): Promise<CheckInView> {
  assertCan(ctx.actor, Permission.RecordCheckIns);
  const placement = await findPlacementInScope(ctx, placementId);
  assertRelation(
    mayRecordKind(relationTo(ctx.actor, placement), input.kind),
    say({
      nl: 'Je legt alleen je eigen soort gesprek vast: de leidinggevende de feedback, de mentor het mentorgesprek, de lifecoach het eigen gesprek.',
      en: 'You record only your own kind of conversation for this placement.',
    }),
  );
  if (!isWorking(placement.status)) {
    throw new AppError(
      ProblemCode.InvalidTransition,
      placement.status === 'DRAFT'
        ? say({ nl: 'De plaatsing is nog niet begonnen.', en: 'The placement has not started yet.' })
        : say({ nl: 'De plaatsing is afgesloten.', en: 'The placement is closed.' }),
      undefined,
      { status: placement.status },
    );
  }
  if (input.moneyWorries && input.kind !== 'LIFECOACH') {
    throw validationError([
      {
        path: ['moneyWorries'],
        message: 'Geldzorgen legt alleen de lifecoach vast, in het eigen gesprek.',
      },
    ]);
  }
  const today = programmeToday(ctx.now);
  if (input.date > today) {
    throw validationError([
      {
        path: ['date'],
        message: say({
          nl: 'Deze datum ligt in de toekomst: leg een gesprek vast als het geweest is.',
          en: 'This date is in the future.',
        }),
      },
    ]);
  }
  if (placement.startDate && input.date < placement.startDate) {
    throw validationError([
      {
        path: ['date'],
        message: say(
          { nl: 'Deze datum ligt voor de start ({startDate}).', en: 'This date is before the start.' },
          { startDate: placement.startDate },
        ),
      },
    ]);
  }
  const checkIn = ctx.em.create(PlacementCheckIn, {
    placement,
    kind: input.kind,
    date: input.date,
    report: input.report,
    howItsGoing: input.howItsGoing,
    agreedActions: input.agreedActions,
    moneyWorries: input.moneyWorries,
    recordedByUserId: ctx.actor.userId,
    recordedAt: ctx.now,
  });
  recordAudit(ctx, {
    action: 'check_in.recorded',
    entityType: 'placement_check_in',
    entityId: checkIn.id,
    subjectId: placement.jobSeeker.id,
    fields: [
      'kind',
      'date',
      'report',
      'howItsGoing',
      'agreedActions',
      ...(input.moneyWorries ? ['moneyWorries'] : []),
    ],
  });
  await ctx.em.flush();
  return toCheckInView(
    checkIn,
    await displayNames(ctx, [checkIn.recordedByUserId]),
    showsMoneyWorries(relationTo(ctx.actor, placement)),
  );
}

/** The conversations the caller may read, newest first; of the other kinds the placement shows worry flags. */
export async function listCheckIns(
  ctx: RequestContext,
  placementId: string,
  query: ListCheckInsQuery,
): Promise<CheckInListView> {
  assertCan(ctx.actor, Permission.ReadCheckIns);
  const placement = await findPlacementInScope(ctx, placementId);
  const relation = relationTo(ctx.actor, placement);
  const readable = readableKinds(ctx.actor, relation);
  const kinds = query.kind ? readable.filter((kind) => kind === query.kind) : readable;
  const page = await findPage(
    ctx.em,
    PlacementCheckIn,
    { placement: placement.id, kind: { $in: kinds } },
    query,
    { date: 'desc', recordedAt: 'desc' },
  );
  const names = await displayNames(
    ctx,
    page.items.map((checkIn) => checkIn.recordedByUserId),
  );
  auditPlacement(ctx, placement, 'check_in.listed', kinds);
  await ctx.em.flush();
  return {
    items: page.items.map((checkIn) => toCheckInView(checkIn, names, showsMoneyWorries(relation))),
    nextCursor: page.nextCursor,
    readableKinds: readable,
  };
}

// ---- personal support notes (lifecoach and programme only) --------------------------------------

function toSupportNoteView(note: PlacementSupportNote, names: ReadonlyMap<string, string>): SupportNoteView {
  return {
    id: note.id,
    placementId: note.placement.id,
    note: note.note,
    recordedBy: { userId: note.recordedByUserId, displayName: names.get(note.recordedByUserId) ?? null },
    recordedAt: note.recordedAt.toISOString(),
  };
}

export async function recordSupportNote(
  ctx: RequestContext,
  placementId: string,
  input: { note: string },
): Promise<SupportNoteView> {
  assertCan(ctx.actor, Permission.WritePlacementSupportNotes);
  const placement = await findPlacementInScope(ctx, placementId);
  const note = ctx.em.create(PlacementSupportNote, {
    placement,
    note: input.note,
    recordedByUserId: ctx.actor.userId,
    recordedAt: ctx.now,
  });
  recordAudit(ctx, {
    action: 'placement_support_note.recorded',
    entityType: 'placement_support_note',
    entityId: note.id,
    subjectId: placement.jobSeeker.id,
    fields: ['note'],
  });
  await ctx.em.flush();
  return toSupportNoteView(note, await displayNames(ctx, [ctx.actor.userId]));
}

export async function listSupportNotes(
  ctx: RequestContext,
  placementId: string,
  query: PageQuery,
): Promise<Page<SupportNoteView>> {
  assertCan(ctx.actor, Permission.ReadPlacementSupportNotes);
  const placement = await findPlacementInScope(ctx, placementId);
  const page = await findPage(ctx.em, PlacementSupportNote, { placement: placement.id }, query, {
    recordedAt: 'desc',
  });
  const names = await displayNames(
    ctx,
    page.items.map((note) => note.recordedByUserId),
  );
  auditPlacement(ctx, placement, 'placement_support_note.viewed');
  await ctx.em.flush();
  return { items: page.items.map((note) => toSupportNoteView(note, names)), nextCursor: page.nextCursor };
}
