import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../http/context';
import {
  candidateLabel,
  type EmployerIdentity,
  loadEmployerIdentity,
} from '../candidacies/employer-identity';
import { addDays } from '../readiness/review-dates';
import type { User } from '../users/user.entity';
import {
  type CadenceRules,
  CHECK_IN_KIND_LABELS_NL,
  type CheckInKind,
  followUpStatuses,
  HOW_ITS_GOING_LABELS_NL,
  type HowItsGoing,
} from './cadence';
import {
  followedKinds,
  isEmployerSide,
  type PlacementRelation,
  readableKinds,
  relationTo,
  viewerRolesOf,
} from './placement.access';
import type { Placement } from './placement.entity';
import type {
  FollowUpStatusView,
  PlacementSummaryView,
  PlacementView,
  WorryFlagView,
} from './placement.schemas';
import {
  addMonths,
  agreedHoursInWeek,
  END_REASON_LABELS_NL,
  type EndReason,
  endReasonForEmployer,
  PLACEMENT_STATUS_LABELS_NL,
  workWeekOf,
} from './placement-rules';
import { retentionOf } from './retention';

// View builders. The placement must be populated with PLACEMENT_POPULATE (placement.access.ts).

/** Worry flags cover this many days back from today. */
export const WORRY_FLAG_DAYS = 56;
const MAX_WORRY_FLAGS = 20;

export type CheckInFact = { kind: CheckInKind; date: string; howItsGoing: HowItsGoing };

export const colleague = (user: User) => ({ id: user.id, displayName: user.displayName, email: user.email });

/** The employer identity (candidate code, profile-sharing consent) of these placements, by placement id. */
export const loadPlacementIdentity = (em: EntityManager, placements: readonly Placement[]) =>
  loadEmployerIdentity(
    em,
    placements.map((placement) => ({
      key: placement.id,
      jobSeekerId: placement.jobSeeker.id,
      vacancyId: placement.vacancy.id,
      employerId: placement.employer.id,
    })),
  );

/** The identity data a view for `actor` needs: none for lifecoaches and programme staff, who see the person. */
export const placementIdentityFor = async (
  em: EntityManager,
  actor: Actor,
  placements: readonly Placement[],
): Promise<EmployerIdentity> =>
  isEmployerSide(actor)
    ? loadPlacementIdentity(em, placements)
    : { codes: new Map(), sharingConsent: new Set() };

/** Whether this view shows the employer side who the person is (then it is audited as a reveal). */
export const revealsIdentity = (actor: Actor, placement: Placement, identity: EmployerIdentity): boolean =>
  isEmployerSide(actor) && identity.sharingConsent.has(placement.id);

/**
 * Who the placement is about. Lifecoaches and programme staff: the person's id and name. The
 * employer side (recruiter, manager, mentor): the candidate code of the vacancy, and the name only
 * while the person agrees to share their profile with this employer.
 */
export function personFor(actor: Actor, placement: Placement, identity: EmployerIdentity) {
  if (!isEmployerSide(actor)) {
    return { jobSeekerId: placement.jobSeeker.id, fullName: placement.jobSeeker.fullName };
  }
  return {
    candidateCode: identity.codes.get(placement.id) as string,
    fullName: revealsIdentity(actor, placement, identity) ? placement.jobSeeker.fullName : null,
  };
}

/** How the employer side names the person in a sentence: the name, or "Kandidaat K-ABC234" before consent. */
export function employerSideName(placement: Placement, identity: EmployerIdentity): string {
  return identity.sharingConsent.has(placement.id)
    ? placement.jobSeeker.fullName
    : candidateLabel(identity.codes.get(placement.id) as string);
}

/** The week of work today and its agreed hours; before the start, the hours of week 1 are shown. */
export function hoursToday(placement: Placement, today: string) {
  if (!placement.startDate) {
    return { currentWeek: null, agreedHoursThisWeek: agreedHoursInWeek(placement.hoursBuildUp, 1) };
  }
  const currentWeek = workWeekOf(placement.startDate, today);
  return {
    currentWeek,
    agreedHoursThisWeek: agreedHoursInWeek(placement.hoursBuildUp, Math.max(currentWeek, 1)),
  };
}

export function followUpOf(
  placement: Placement,
  checkIns: readonly { kind: CheckInKind; date: string }[],
  rules: CadenceRules,
  today: string,
  kinds: readonly CheckInKind[],
): FollowUpStatusView[] {
  if (placement.status !== 'ACTIVE' || !placement.startDate) return [];
  return followUpStatuses({
    startDate: placement.startDate,
    checkIns,
    absences: placement.absences,
    today,
    rules,
  })
    .filter((status) => kinds.includes(status.kind))
    .map((status) => ({ ...status, kindLabelNl: CHECK_IN_KIND_LABELS_NL[status.kind] }));
}

/** Worries raised in conversations of kinds the caller may not read: a flag, never the report. */
export function worryFlagsFor(
  readable: readonly CheckInKind[],
  checkIns: readonly CheckInFact[],
  today: string,
): WorryFlagView[] {
  const since = addDays(today, -WORRY_FLAG_DAYS);
  return checkIns
    .filter(
      (checkIn) =>
        !readable.includes(checkIn.kind) &&
        checkIn.howItsGoing !== 'GOOD' &&
        checkIn.date >= since &&
        checkIn.date <= today,
    )
    .sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1))
    .slice(0, MAX_WORRY_FLAGS)
    .map((checkIn) => ({
      kind: checkIn.kind,
      kindLabelNl: CHECK_IN_KIND_LABELS_NL[checkIn.kind],
      date: checkIn.date,
      howItsGoing: checkIn.howItsGoing,
      howItsGoingLabelNl: HOW_ITS_GOING_LABELS_NL[checkIn.howItsGoing],
    }));
}

/** The free text of an ending is for the programme side, and for the employer only when they wrote it. */
function showsEndNote(actor: Actor, relation: PlacementRelation, placement: Placement): boolean {
  if (!isEmployerSide(actor)) return relation.programme || relation.lifecoach;
  return placement.endedBySide === 'EMPLOYER';
}

export function toPlacementView(
  actor: Actor,
  placement: Placement,
  identity: EmployerIdentity,
  checkIns: readonly CheckInFact[],
  rules: CadenceRules,
  today: string,
): PlacementView {
  const relation = relationTo(actor, placement);
  const readable = readableKinds(actor, relation);
  return {
    id: placement.id,
    status: placement.status,
    statusLabelNl: PLACEMENT_STATUS_LABELS_NL[placement.status],
    person: personFor(actor, placement, identity),
    employer: { id: placement.employer.id, name: placement.employer.name },
    vacancy: { id: placement.vacancy.id, title: placement.vacancy.title },
    candidacyId: placement.candidacyId ?? null,
    startDate: placement.startDate ?? null,
    contract: {
      type: placement.contractType,
      durationMonths: placement.contractDurationMonths ?? null,
      endDate:
        placement.startDate && placement.contractDurationMonths
          ? addDays(addMonths(placement.startDate, placement.contractDurationMonths), -1)
          : null,
      hoursPerWeek: placement.contractHoursPerWeek,
      zeroHours: placement.zeroHoursContract,
      paid: placement.paid,
      underCao: placement.underCao,
      pay: placement.pay ?? null,
    },
    mentor: placement.mentor ? colleague(placement.mentor) : null,
    manager: placement.manager ? colleague(placement.manager) : null,
    lifecoach: colleague(placement.lifecoach),
    hours: { ...hoursToday(placement, today), schedule: placement.hoursBuildUp },
    absences: placement.absences,
    followUp: followUpOf(placement, checkIns, rules, today, followedKinds(actor, relation)),
    worryFlags: worryFlagsFor(readable, checkIns, today),
    outcome: {
      convertedOn: placement.convertedOn ?? null,
      endDate: placement.endDate ?? null,
      // A money-related reason tells an employer something about the person's money: they read it
      // as personal circumstances.
      endReason: endReasonFor(actor, placement.endReason ?? null),
      endReasonLabelNl: placement.endReason
        ? END_REASON_LABELS_NL[endReasonFor(actor, placement.endReason) ?? placement.endReason]
        : null,
      ...(showsEndNote(actor, relation, placement) ? { endNote: placement.endNote ?? null } : {}),
      returnsToProgramme: placement.returnsToProgramme ?? null,
    },
    retention: retentionOf({
      status: placement.status,
      startDate: placement.startDate ?? null,
      endDate: placement.endDate ?? null,
      today,
    }),
    yourRoles: viewerRolesOf(relation),
    createdAt: placement.createdAt.toISOString(),
    updatedAt: placement.updatedAt.toISOString(),
    version: placement.version,
  };
}

export function toPlacementSummary(
  actor: Actor,
  placement: Placement,
  identity: EmployerIdentity,
  today: string,
): PlacementSummaryView {
  return {
    id: placement.id,
    status: placement.status,
    statusLabelNl: PLACEMENT_STATUS_LABELS_NL[placement.status],
    person: personFor(actor, placement, identity),
    employer: { id: placement.employer.id, name: placement.employer.name },
    vacancy: { id: placement.vacancy.id, title: placement.vacancy.title },
    startDate: placement.startDate ?? null,
    ...hoursToday(placement, today),
    mentor: placement.mentor ? colleague(placement.mentor) : null,
    manager: placement.manager ? colleague(placement.manager) : null,
    lifecoach: colleague(placement.lifecoach),
  };
}

function endReasonFor(actor: Actor, reason: EndReason | null): EndReason | null {
  if (!reason) return null;
  return isEmployerSide(actor) ? endReasonForEmployer(reason) : reason;
}
