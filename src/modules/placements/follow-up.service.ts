import type { FilterQuery } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { worksAtAnEmployer } from '../../access/roles';
import { probe } from '../../db/rows-exist';
import type { Actor, RequestContext } from '../../http/context';
import { validationError } from '../../http/problem';
import { type AuditAction, recordAudit, saveReadAudit } from '../audit/audit.service';
import { recordIdentityReveal } from '../candidacies/employer-identity';
import { programmeToday } from '../readiness/review-dates';
import type { User } from '../users/user.entity';
import { type CadenceRules, type CheckInKind, checkInKinds, type FollowUpState } from './cadence';
import type {
  DigestItemView,
  DigestQuery,
  DigestRecipientView,
  DigestView,
  FollowUpItemView,
  FollowUpListView,
  ListFollowUpQuery,
} from './follow-up.schemas';
import { followedKinds, PLACEMENT_POPULATE, placementScope, relationTo } from './placement.access';
import { Placement } from './placement.entity';
import { checkInFactsOf } from './placement.service';
import {
  colleague,
  employerSideName,
  followUpOf,
  loadPlacementIdentity,
  personFor,
  revealsIdentity,
} from './placement.views';

type ComputedItem = FollowUpItemView & {
  assigneeUser: User | null;
  lifecoachUser: User;
  employerSide: boolean;
  /** The person's name as the caller may see it (programme side: always), for the digest. */
  staffName: string;
  /** How a mentor or manager may name the person: the name only with consent (employerSideName). */
  employerName: string;
  revealed: boolean;
  subjectId: string;
};

const OPEN_STATES: readonly FollowUpState[] = ['DUE', 'OVERDUE'];

export function assigneeOf(placement: Placement, kind: CheckInKind): User | null {
  if (kind === 'MANAGER_FEEDBACK') return placement.manager ?? null;
  if (kind === 'MENTOR') return placement.mentor ?? null;
  return placement.lifecoach;
}

/**
 * What is due per working placement and kind of conversation, as `actor` may see it, on `today`;
 * sorted by due date (the most overdue first), then placement and kind — a stable order for paging.
 */
/** The active placements the actor follows up: only these can have a check-in due. */
export const activePlacementsWhere = (actor: Actor): FilterQuery<Placement> => ({
  $and: [{ status: 'ACTIVE' }, placementScope(actor)],
});

async function computeItems(
  ctx: RequestContext,
  actor: Actor,
  rules: CadenceRules,
  today: string,
  filter: { employerId?: string | undefined },
): Promise<ComputedItem[]> {
  const where: FilterQuery<Placement>[] = [activePlacementsWhere(actor)];
  if (filter.employerId) where.push({ employer: filter.employerId });
  const placements = await ctx.em.find(Placement, { $and: where } as FilterQuery<Placement>, {
    populate: PLACEMENT_POPULATE,
  });
  const facts = await checkInFactsOf(
    ctx,
    placements.map((placement) => placement.id),
  );
  // Also for programme staff: the digest tells mentors and managers what they may know.
  const identity = await loadPlacementIdentity(ctx.em, placements);
  const items: ComputedItem[] = [];
  for (const placement of placements) {
    const kinds = followedKinds(actor, relationTo(actor, placement));
    for (const status of followUpOf(placement, facts.get(placement.id) ?? [], rules, today, kinds)) {
      const assignee = assigneeOf(placement, status.kind);
      items.push({
        placementId: placement.id,
        person: personFor(actor, placement, identity),
        staffName: placement.jobSeeker.fullName,
        employerName: employerSideName(placement, identity),
        revealed: revealsIdentity(actor, placement, identity),
        subjectId: placement.jobSeeker.id,
        employer: { id: placement.employer.id, name: placement.employer.name },
        kind: status.kind,
        kindLabelNl: status.kindLabelNl,
        assignee: assignee ? colleague(assignee) : null,
        state: status.state,
        dueDate: status.dueDate,
        daysOverdue: status.daysOverdue,
        lastCheckInDate: status.lastCheckInDate,
        intervalDays: status.intervalDays,
        assigneeUser: assignee,
        lifecoachUser: placement.lifecoach,
        employerSide: status.kind !== 'LIFECOACH',
      });
    }
  }
  const kindOrder = (kind: CheckInKind) => checkInKinds.indexOf(kind);
  return items.sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.placementId.localeCompare(b.placementId) ||
      kindOrder(a.kind) - kindOrder(b.kind),
  );
}

// ---- keyset paging over a computed list ---------------------------------------------------------

const encodeCursor = (key: readonly string[]) => btoa(JSON.stringify(key)).replaceAll('=', '');

function decodeCursor(cursor: string, length: number): string[] {
  try {
    const key = JSON.parse(atob(cursor)) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((part) => typeof part === 'string')) {
      return key as string[];
    }
  } catch {
    // fall through
  }
  throw validationError([{ path: ['cursor'], message: 'This cursor is not valid for this list.' }]);
}

function pageAfter<T>(
  items: readonly T[],
  keyOf: (item: T) => string[],
  keyLength: number,
  page: { limit: number; cursor?: string | undefined },
): { items: T[]; nextCursor: string | null } {
  let start = 0;
  if (page.cursor) {
    const after = decodeCursor(page.cursor, keyLength);
    const joined = after.join('\u0000');
    start = items.findIndex((item) => keyOf(item).join('\u0000') > joined);
    if (start === -1) start = items.length;
  }
  const slice = items.slice(start, start + page.limit);
  const last = slice.at(-1);
  const more = start + page.limit < items.length;
  return { items: slice, nextCursor: more && last ? encodeCursor(keyOf(last)) : null };
}

const itemKey = (item: ComputedItem) => [item.dueDate, item.placementId, String(kindIndex(item.kind))];
const kindIndex = (kind: CheckInKind) => checkInKinds.indexOf(kind);

const strip = ({
  assigneeUser: _a,
  lifecoachUser: _l,
  employerSide: _e,
  staffName: _s,
  employerName: _n,
  revealed: _r,
  subjectId: _j,
  ...item
}: ComputedItem): FollowUpItemView => item;

/** One entry per person listed; a list that showed the employer side who the person is, is a reveal too. */
function auditPeople(
  ctx: RequestContext,
  action: AuditAction,
  items: readonly { placementId: string; subjectId: string; revealed: boolean }[],
) {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.placementId)) continue;
    seen.add(item.placementId);
    const where = { entityType: 'placement', entityId: item.placementId, subjectId: item.subjectId } as const;
    recordAudit(ctx, { action, ...where, ...(item.revealed ? { fields: ['identity'] } : {}) });
    if (item.revealed) recordIdentityReveal(ctx, { ...where, fields: ['fullName'] });
  }
}

/**
 * Due and overdue conversations in the caller's reach: a mentor's and a manager's own, the employer
 * side of their employer for a recruiter, every kind of the placements a lifecoach follows (so an
 * overdue manager feedback shows), everything for the programme. Audited per person listed.
 */
export const activePlacementsProbe = (actor: Actor) => probe(Placement, activePlacementsWhere(actor));

export async function listFollowUp(
  ctx: RequestContext,
  rules: CadenceRules,
  query: ListFollowUpQuery,
): Promise<FollowUpListView> {
  assertCan(ctx.actor, Permission.ReadFollowUp);
  const today = programmeToday(ctx.now);
  const states = query.state ? [query.state] : OPEN_STATES;
  const all = (await computeItems(ctx, ctx.actor, rules, today, { employerId: query.employerId })).filter(
    (item) =>
      states.includes(item.state) &&
      (!query.kind || item.kind === query.kind) &&
      (!query.assigneeUserId || item.assignee?.id === query.assigneeUserId),
  );
  const page = pageAfter(all, itemKey, 3, query);
  auditPeople(ctx, 'placement.follow_up_listed', page.items);
  await saveReadAudit(ctx);
  return { asOf: today, items: page.items.map(strip), nextCursor: page.nextCursor };
}

// ---- the daily digest ---------------------------------------------------------------------------

const SHORT_KIND_NL: Record<CheckInKind, string> = {
  MANAGER_FEEDBACK: 'feedbackgesprek',
  MENTOR: 'mentorgesprek',
  LIFECOACH: 'gesprek met de lifecoach',
};

const DUTCH_DAY = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const dutchDay = (date: string) => DUTCH_DAY.format(new Date(`${date}T00:00:00Z`));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const days = (n: number) => (n === 1 ? '1 dag' : `${n} dagen`);

function lineNl(item: ComputedItem, relation: 'YOURS' | 'SIGNAL', personName: string): string {
  const who = `${personName} (${item.employer.name})`;
  if (relation === 'SIGNAL') {
    return `Bij ${who} is het ${SHORT_KIND_NL[item.kind]} ${days(item.daysOverdue)} te laat. Bel de werkgever even.`;
  }
  const what = `${capitalise(SHORT_KIND_NL[item.kind])} met ${who}`;
  return item.state === 'OVERDUE'
    ? `${what}: ${days(item.daysOverdue)} te laat. Dat was ${dutchDay(item.dueDate)}.`
    : `${what}: graag uiterlijk ${dutchDay(item.dueDate)}.`;
}

function toRecipient(
  user: User,
  entries: { item: ComputedItem; relation: 'YOURS' | 'SIGNAL' }[],
): DigestRecipientView {
  // A mentor or manager reads the name only when the person agreed to share it with the employer.
  const employerSide = worksAtAnEmployer(user.role);
  const items: DigestItemView[] = entries.map(({ item, relation }) => {
    const personName = employerSide ? item.employerName : item.staffName;
    return {
      placementId: item.placementId,
      personName,
      employerName: item.employer.name,
      kind: item.kind,
      state: item.state as 'DUE' | 'OVERDUE',
      dueDate: item.dueDate,
      daysOverdue: item.daysOverdue,
      relation,
      lineNl: lineNl(item, relation, personName),
    };
  });
  const own = items.filter((item) => item.relation === 'YOURS');
  const late = own.filter((item) => item.state === 'OVERDUE').length;
  const signals = items.length - own.length;
  const subjectParts = [
    own.length > 0 &&
      `${own.length} ${own.length === 1 ? 'gesprek' : 'gesprekken'} te doen${late > 0 ? `, ${late} te laat` : ''}`,
    signals > 0 && `${signals} ${signals === 1 ? 'signaal' : 'signalen'} van de werkgever`,
  ].filter(Boolean);
  const lines = [
    `Hallo ${user.displayName},`,
    '',
    ...(own.length > 0
      ? ['Deze gesprekken staan voor je klaar:', ...own.map((item) => `- ${item.lineNl}`), '']
      : []),
    ...(signals > 0
      ? [
          'Bij de werkgever is een gesprek te laat:',
          ...items.filter((i) => i.relation === 'SIGNAL').map((i) => `- ${i.lineNl}`),
          '',
        ]
      : []),
    'Had je het gesprek al? Schrijf dan kort op hoe het ging. Dank je wel!',
  ];
  return {
    user: { id: user.id, displayName: user.displayName, email: user.email, role: user.role },
    subjectNl: `Warm Rotterdam Werkt: ${subjectParts.join(' en ')}`,
    messageNl: lines.join('\n'),
    items,
  };
}

/**
 * What a daily notification job would send on `date`, per recipient: each mentor, manager and
 * lifecoach their own due and overdue conversations; a lifecoach also a signal when a
 * conversation of the employer side is overdue. Deactivated users get nothing. Paged by recipient.
 */
export async function followUpDigest(
  ctx: RequestContext,
  rules: CadenceRules,
  query: DigestQuery,
): Promise<DigestView> {
  assertCan(ctx.actor, Permission.ReadFollowUpDigest);
  const date = query.date ?? programmeToday(ctx.now);
  const all = await computeItems(ctx, ctx.actor, rules, date, {});
  const open = all.filter((item) => OPEN_STATES.includes(item.state));
  const byUser = new Map<
    string,
    { user: User; entries: { item: ComputedItem; relation: 'YOURS' | 'SIGNAL' }[] }
  >();
  const add = (user: User | null, item: ComputedItem, relation: 'YOURS' | 'SIGNAL') => {
    if (!user?.active) return;
    const entry = byUser.get(user.id) ?? { user, entries: [] };
    entry.entries.push({ item, relation });
    byUser.set(user.id, entry);
  };
  for (const item of open) {
    add(item.assigneeUser, item, 'YOURS');
    if (item.employerSide && item.state === 'OVERDUE') add(item.lifecoachUser, item, 'SIGNAL');
  }
  const recipients = [...byUser.values()].sort((a, b) => a.user.id.localeCompare(b.user.id));
  const page = pageAfter(recipients, (r) => [r.user.id], 1, query);
  const views = page.items.map((r) => toRecipient(r.user, r.entries));
  const shown = page.items.flatMap((recipient) => recipient.entries.map(({ item }) => item));
  auditPeople(ctx, 'placement.digest_listed', shown);
  await saveReadAudit(ctx);
  const count = (state: FollowUpState) =>
    Object.fromEntries(
      checkInKinds.map((kind) => [
        kind,
        open.filter((item) => item.kind === kind && item.state === state).length,
      ]),
    ) as Record<CheckInKind, number>;
  return {
    date,
    recipients: views,
    nextCursor: page.nextCursor,
    programme: {
      activePlacements: new Set(all.map((item) => item.placementId)).size,
      due: count('DUE'),
      overdue: count('OVERDUE'),
    },
  };
}
