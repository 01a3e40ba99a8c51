import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../../access/roles';
import type { Actor } from '../../http/context';
import { storedSharedProfile } from '../assessments/answers';
import { TalentProfileRecord } from '../assessments/assessment.entity';
import type { TrajectoryPlacement } from './trajectory-placement.entity';
import type { PlacementSummaryView, PlacementView } from './trajectory-placement.schemas';
import {
  ATTENDANCE_LABELS_NL,
  isActivePlacement,
  needsArrivalCheck,
  OFFERING_KIND_LABELS_NL,
  PLACEMENT_STATUS_LABELS_NL,
} from './trajectory-rules';

// View builders for placements, one per audience. Relations used must be populated:
// offering, provider, jobSeeker and jobSeeker.responsibleLifecoach (PLACEMENT_POPULATE).

export const PLACEMENT_POPULATE = [
  'offering',
  'provider',
  'jobSeeker',
  'jobSeeker.responsibleLifecoach',
] as const;

/** Provider staff see the placement from the provider's side; lifecoaches and programme staff see it whole. */
export const isProviderSide = (actor: Actor): boolean => actor.role === Role.TrajectoryCoordinator;

export const latestProfileOf = (em: EntityManager, jobSeekerId: string) =>
  em.findOne(TalentProfileRecord, { jobSeeker: jobSeekerId }, { orderBy: { profileNumber: 'desc' } });

export function toPlacementSummary(placement: TrajectoryPlacement, today: string): PlacementSummaryView {
  const { offering, jobSeeker } = placement;
  const lifecoach = jobSeeker.responsibleLifecoach;
  return {
    id: placement.id,
    status: placement.status,
    statusLabelNl: PLACEMENT_STATUS_LABELS_NL[placement.status],
    offering: {
      id: offering.id,
      title: offering.title,
      kind: offering.kind,
      kindLabelNl: OFFERING_KIND_LABELS_NL[offering.kind],
      providerId: placement.provider.id,
      providerName: placement.provider.name,
    },
    person: { jobSeekerId: jobSeeker.id, fullName: jobSeeker.fullName },
    lifecoach: { id: lifecoach.id, displayName: lifecoach.displayName, email: lifecoach.email },
    startDate: placement.startDate ?? null,
    actualStartDate: placement.actualStartDate ?? null,
    attendance: placement.attendance ?? null,
    attendanceLabelNl: placement.attendance ? ATTENDANCE_LABELS_NL[placement.attendance] : null,
    finishedOn: placement.finishedOn ?? null,
    arrivalCheckDue: needsArrivalCheck(
      {
        status: placement.status,
        startDate: placement.startDate ?? null,
        actualStartDate: placement.actualStartDate ?? null,
      },
      today,
    ),
    proposedAt: placement.proposedAt.toISOString(),
    decidedAt: placement.decidedAt?.toISOString() ?? null,
    updatedAt: placement.updatedAt.toISOString(),
    version: placement.version,
  };
}

function contactOf(placement: TrajectoryPlacement): PlacementView['contact'] {
  const { jobSeeker } = placement;
  switch (placement.contactRoute) {
    case 'PHONE':
      return { route: 'PHONE', phone: jobSeeker.phone, email: null };
    case 'EMAIL':
      return { route: 'EMAIL', phone: null, email: jobSeeker.email ?? null };
    default:
      return { route: 'VIA_LIFECOACH', phone: null, email: null };
  }
}

/**
 * The whole placement as this caller may see it. Built field by field from the shareable profile
 * only: support needs are never read here. Provider staff get the person's contact and talent
 * profile only while the placement runs, and never the programme's own notes (segment, override
 * justification, withdraw reason).
 */
export function toPlacementView(
  actor: Actor,
  placement: TrajectoryPlacement,
  profile: TalentProfileRecord | null,
  today: string,
): PlacementView {
  const providerSide = isProviderSide(actor);
  const showPerson = !providerSide || isActivePlacement(placement.status);
  const view: PlacementView = {
    ...toPlacementSummary(placement, today),
    contact: showPerson ? contactOf(placement) : null,
    handoverNote: placement.handoverNote,
    talentProfile:
      showPerson && profile
        ? {
            profileNumber: profile.profileNumber,
            createdAt: profile.createdAt.toISOString(),
            profile: storedSharedProfile(profile.profile),
          }
        : null,
    declineReason: placement.declineReason ?? null,
    finishReason: placement.finishReason ?? null,
  };
  if (!providerSide) {
    view.withdrawReason = placement.withdrawReason ?? null;
    view.segmentAtProposal = placement.segmentAtProposal ?? null;
    view.overrideJustification = placement.overrideJustification ?? null;
  }
  return view;
}

/** Names of the personal parts a view shows, for the audit entry (names only, never values). */
export const shownFields = (view: PlacementView): string[] => [
  'handoverNote',
  ...(view.contact ? ['contact'] : []),
  ...(view.talentProfile ? ['talentProfile'] : []),
];
