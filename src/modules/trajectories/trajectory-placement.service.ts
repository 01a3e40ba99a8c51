import { type FilterQuery, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import { probe } from '../../db/rows-exist';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { findPage, type Page } from '../../http/pagination';
import { AppError, conflict, ProblemCode, validationError } from '../../http/problem';
import { recordAudit, saveReadAudit } from '../audit/audit.service';
import { assertTakesPart } from '../erasure/held';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { markMatchingInputChanged } from '../matching/mark-changed';
import { daysBetween, programmeToday } from '../readiness/review-dates';
import { promptReassessment } from './reassessment-prompt.service';
import { trajectoryOfferingScope, trajectoryPlacementScope } from './trajectory.access';
import { TrajectoryOffering } from './trajectory-offering.entity';
import { placesTakenAt } from './trajectory-offering.service';
import { TrajectoryPlacement } from './trajectory-placement.entity';
import type {
  AcceptPlacementInput,
  ArrivalCheckView,
  FinishPlacementInput,
  ListPlacementsQuery,
  PlacementSummaryView,
  PlacementView,
  ProposePlacementInput,
} from './trajectory-placement.schemas';
import {
  latestProfileOf,
  PLACEMENT_POPULATE,
  shownFields,
  toPlacementSummary,
  toPlacementView,
} from './trajectory-placement.views';
import {
  ACTIVE_PLACEMENT_STATUSES,
  arrivalCheckCutoff,
  canMovePlacement,
  checkKindForSegment,
  nextStartDate,
  PLACEMENT_STATUS_LABELS_NL,
  type PlacementStatus,
  startDateProblem,
} from './trajectory-rules';

// ---- finding ------------------------------------------------------------------------------------

/** A placement the caller may see (provider: own organisation; lifecoach: caseload), or 404. */
export const findPlacementInScope = (
  ctx: RequestContext,
  id: string,
  populate: readonly string[] = PLACEMENT_POPULATE,
) =>
  findInScope(
    ctx.em,
    TrajectoryPlacement,
    id,
    trajectoryPlacementScope(ctx.actor),
    { nl: 'Deze plaatsing in een traject', en: 'Trajectory placement' },
    populate,
  );

function assertTransition(placement: TrajectoryPlacement, to: PlacementStatus): void {
  if (!canMovePlacement(placement.status, to)) {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say(
        {
          nl: 'Dit kan niet: de plaatsing is nu ‘{status}’.',
          en: 'A placement cannot go from {from} to {to}.',
        },
        { status: PLACEMENT_STATUS_LABELS_NL[placement.status], from: placement.status, to },
      ),
      undefined,
      { from: placement.status, to },
    );
  }
}

/** The Dutch calendar date on which the placement was proposed. */
const proposedOn = (placement: TrajectoryPlacement) => programmeToday(placement.proposedAt);

async function placementView(ctx: RequestContext, placement: TrajectoryPlacement): Promise<PlacementView> {
  await ctx.em.populate(placement, PLACEMENT_POPULATE);
  const profile = await latestProfileOf(ctx.em, placement.jobSeeker.id);
  return toPlacementView(ctx.actor, placement, profile, programmeToday(ctx.now));
}

function audit(ctx: RequestContext, placement: TrajectoryPlacement, action: string, fields?: string[]) {
  recordAudit(ctx, {
    action: `trajectory_placement.${action}`,
    entityType: 'trajectory_placement',
    entityId: placement.id,
    subjectId: placement.jobSeeker.id,
    ...(fields ? { fields } : {}),
  });
}

// ---- verbs ------------------------------------------------------------------------------------

/**
 * A lifecoach proposes a person of their caseload for an offering, with a handover note. The kind
 * of offering must fit the person's segment, unless the lifecoach explains why it fits anyway.
 */
export async function proposePlacement(
  ctx: RequestContext,
  input: ProposePlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.ProposeTrajectoryPlacements);
  const jobSeeker = await findJobSeekerInScope(ctx, input.jobSeekerId);
  await assertTakesPart(ctx.em, jobSeeker.id);
  const offering = await findInScope(
    ctx.em,
    TrajectoryOffering,
    input.offeringId,
    trajectoryOfferingScope(ctx.actor),
    { nl: 'Dit aanbod', en: 'Trajectory offering' },
    ['provider'],
  );
  // Lifecoaches see open offerings only (trajectoryOfferingScope): a closed one is not found.
  const today = programmeToday(ctx.now);
  if (nextStartDate(offering, today) === null) {
    throw conflict(
      say({
        nl: 'Dit aanbod heeft geen startdatum meer in de toekomst.',
        en: 'This offering has no start date left.',
      }),
    );
  }
  const segment = jobSeeker.currentSegment ?? null;
  const check = checkKindForSegment(offering.kind, segment);
  if (!check.fits && !input.overrideJustification) {
    throw new AppError(
      ProblemCode.ValidationFailed,
      // A bounded set of texts (offering kinds × segments), each remembered once with its English.
      say({ nl: check.messageNl, en: check.messageEn }),
      [{ path: ['offeringId'], message: check.messageNl }],
      { segment, offeringKind: offering.kind, allowedSegments: [...check.allowedSegments] },
    );
  }
  if (check.fits && input.overrideJustification) {
    throw validationError([
      {
        path: ['overrideJustification'],
        message: say({
          nl: 'Niet nodig: dit aanbod past bij het segment van deze persoon. Laat dit veld weg.',
          en: 'Not needed: the offering fits the segment.',
        }),
      },
    ]);
  }
  if (input.contactRoute === 'EMAIL' && !jobSeeker.email) {
    throw validationError([
      {
        path: ['contactRoute'],
        message: say({
          nl: 'Er staat geen e-mailadres bij deze persoon. Kies bellen of via de lifecoach.',
          en: 'This person has no email address on record: choose PHONE or VIA_LIFECOACH.',
        }),
      },
    ]);
  }
  const running = await ctx.em.findOne(TrajectoryPlacement, {
    offering,
    jobSeeker,
    status: { $in: [...ACTIVE_PLACEMENT_STATUSES] },
  });
  if (running) {
    throw new AppError(
      ProblemCode.Duplicate,
      say({
        nl: 'Deze persoon is al voorgesteld voor of geplaatst bij dit aanbod.',
        en: 'This person already has a running placement in this offering.',
      }),
      undefined,
      { existingPlacementId: running.id },
    );
  }
  const placement = ctx.em.create(TrajectoryPlacement, {
    offering,
    provider: offering.provider,
    jobSeeker,
    status: 'PROPOSED',
    handoverNote: input.handoverNote,
    contactRoute: input.contactRoute,
    segmentAtProposal: segment,
    overrideJustification: check.fits ? null : (input.overrideJustification ?? null),
    proposedByUserId: ctx.actor.userId,
    proposedAt: ctx.now,
    decidedByUserId: null,
    decidedAt: null,
    declineReason: null,
    withdrawReason: null,
    startDate: null,
    actualStartDate: null,
    attendance: null,
    finishedOn: null,
    finishReason: null,
  });
  audit(ctx, placement, 'proposed', [
    'handoverNote',
    'contactRoute',
    ...(check.fits ? [] : ['overrideJustification']),
  ]);
  await ctx.em.flush();
  return placementView(ctx, placement);
}

/**
 * The provider accepts with a start date. The offering's row is locked (SELECT … FOR UPDATE) for
 * the rest of the transaction, so the places are counted while no other acceptance into the same
 * offering can run: the capacity of a start is never exceeded, however many accept at once.
 */
export async function acceptPlacement(
  ctx: RequestContext,
  id: string,
  input: AcceptPlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.DecideTrajectoryPlacements);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const placement = await findPlacementInScope(tx, id, []);
    await em.lock(placement.offering, LockMode.PESSIMISTIC_WRITE);
    const offering = await em.findOneOrFail(TrajectoryOffering, { id: placement.offering.id });
    assertTransition(placement, 'ACCEPTED');
    const problem = startDateProblem(offering, input.startDate, programmeToday(ctx.now));
    if (problem) throw validationError([{ path: ['startDate'], message: problem }]);
    const taken = await placesTakenAt(em, offering, input.startDate);
    if (taken >= offering.capacityPerStart) {
      throw conflict(
        offering.continuousIntake
          ? say(
              {
                nl: 'Alle {capacityPerStart} plaatsen zijn bezet. Kies later, als er iemand klaar is.',
                en: 'All {capacityPerStart} places are taken.',
              },
              { capacityPerStart: offering.capacityPerStart },
            )
          : say(
              {
                nl: 'De start van {startDate} is vol ({capacityPerStart} plaatsen). Kies een andere startdatum.',
                en: 'The start on {startDate} is full.',
              },
              { startDate: input.startDate, capacityPerStart: offering.capacityPerStart },
            ),
        { capacity: offering.capacityPerStart, placesTaken: taken, startDate: input.startDate },
      );
    }
    placement.status = 'ACCEPTED';
    placement.startDate = input.startDate;
    placement.decidedAt = ctx.now;
    placement.decidedByUserId = ctx.actor.userId;
    audit(tx, placement, 'accepted', ['status', 'startDate']);
    // Matching reads "in a learn-work trajectory" (unpaid learn-work places fit then).
    markMatchingInputChanged(em, placement.jobSeeker.id);
    await em.flush();
    return placementView(tx, placement);
  });
}

export async function declinePlacement(
  ctx: RequestContext,
  id: string,
  input: { reason: string },
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.DecideTrajectoryPlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertTransition(placement, 'DECLINED');
  placement.status = 'DECLINED';
  placement.declineReason = input.reason;
  placement.decidedAt = ctx.now;
  placement.decidedByUserId = ctx.actor.userId;
  audit(ctx, placement, 'declined', ['status', 'declineReason']);
  await ctx.em.flush();
  return placementView(ctx, placement);
}

/** The lifecoach withdraws a proposal or an accepted placement — the person may always say no. */
export async function withdrawPlacement(
  ctx: RequestContext,
  id: string,
  input: { reason: string },
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.WithdrawTrajectoryPlacements);
  const placement = await findPlacementInScope(ctx, id);
  assertTransition(placement, 'WITHDRAWN');
  placement.status = 'WITHDRAWN';
  placement.withdrawReason = input.reason;
  audit(ctx, placement, 'withdrawn', ['status', 'withdrawReason']);
  markMatchingInputChanged(ctx.em, placement.jobSeeker.id);
  await ctx.em.flush();
  return placementView(ctx, placement);
}

/** The provider records that the person arrived: this answers "did they arrive?". */
export async function startPlacement(
  ctx: RequestContext,
  id: string,
  input: { actualStartDate: string },
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.RecordTrajectoryProgress);
  const placement = await findPlacementInScope(ctx, id);
  assertTransition(placement, 'STARTED');
  const today = programmeToday(ctx.now);
  if (input.actualStartDate > today) {
    throw validationError([
      {
        path: ['actualStartDate'],
        message: say({
          nl: 'Deze datum ligt in de toekomst; leg de start vast als die er is.',
          en: 'This date is in the future.',
        }),
      },
    ]);
  }
  if (input.actualStartDate < proposedOn(placement)) {
    throw validationError([
      {
        path: ['actualStartDate'],
        message: say(
          { nl: 'Deze datum ligt voor het voorstel ({value1}).', en: 'This date is before the proposal.' },
          { value1: proposedOn(placement) },
        ),
      },
    ]);
  }
  placement.status = 'STARTED';
  placement.actualStartDate = input.actualStartDate;
  audit(ctx, placement, 'started', ['status', 'actualStartDate']);
  await ctx.em.flush();
  return placementView(ctx, placement);
}

/**
 * The provider closes a placement: completed, or ended with a reason (also when the person never
 * started). A completion prompts the lifecoach to reassess.
 */
export async function finishPlacement(
  ctx: RequestContext,
  id: string,
  input: FinishPlacementInput,
): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.RecordTrajectoryProgress);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const placement = await findPlacementInScope(tx, id);
    await em.lock(placement, LockMode.PESSIMISTIC_WRITE);
    assertTransition(placement, input.outcome);
    const today = programmeToday(ctx.now);
    const earliest = placement.actualStartDate ?? proposedOn(placement);
    if (input.finishedOn > today) {
      throw validationError([
        {
          path: ['finishedOn'],
          message: say({ nl: 'Deze datum ligt in de toekomst.', en: 'This date is in the future.' }),
        },
      ]);
    }
    if (input.finishedOn < earliest) {
      throw validationError([
        {
          path: ['finishedOn'],
          message: say(
            { nl: 'Deze datum ligt voor de start ({earliest}).', en: 'This date is before the start.' },
            { earliest },
          ),
        },
      ]);
    }
    placement.status = input.outcome;
    placement.finishedOn = input.finishedOn;
    placement.finishReason = input.reason ?? null;
    audit(tx, placement, input.outcome === 'COMPLETED' ? 'completed' : 'ended', [
      'status',
      'finishedOn',
      ...(input.reason ? ['finishReason'] : []),
    ]);
    markMatchingInputChanged(em, placement.jobSeeker.id);
    if (input.outcome === 'COMPLETED') await promptReassessment(tx, placement, 'COMPLETED', []);
    await em.flush();
    return placementView(tx, placement);
  });
}

// ---- reading ------------------------------------------------------------------------------------

export async function getPlacement(ctx: RequestContext, id: string): Promise<PlacementView> {
  assertCan(ctx.actor, Permission.ReadTrajectoryPlacements);
  const placement = await findPlacementInScope(ctx, id);
  const view = await placementView(ctx, placement);
  audit(ctx, placement, 'viewed', shownFields(view));
  await ctx.em.flush();
  return view;
}

function auditListed(ctx: RequestContext, placements: readonly TrajectoryPlacement[]) {
  for (const placement of placements) audit(ctx, placement, 'listed');
}

export async function listPlacements(
  ctx: RequestContext,
  query: ListPlacementsQuery,
): Promise<Page<PlacementSummaryView>> {
  assertCan(ctx.actor, Permission.ReadTrajectoryPlacements);
  const filters = [
    query.status ? { status: query.status } : {},
    query.offeringId ? { offering: query.offeringId } : {},
    query.jobSeekerId ? { jobSeeker: query.jobSeekerId } : {},
  ];
  const page = await findPage(
    ctx.em,
    TrajectoryPlacement,
    { $and: [...filters, trajectoryPlacementScope(ctx.actor)] },
    query,
    { proposedAt: 'desc' },
  );
  await ctx.em.populate(page.items, PLACEMENT_POPULATE);
  auditListed(ctx, page.items);
  await saveReadAudit(ctx);
  const today = programmeToday(ctx.now);
  return {
    items: page.items.map((placement) => toPlacementSummary(placement, today)),
    nextCursor: page.nextCursor,
  };
}

/**
 * "Did they arrive?": accepted placements whose start date is more than 14 days ago without a
 * recorded start, oldest first. The same list for the provider (own organisation) and the
 * lifecoach (caseload), so both can check.
 */
/** Accepted placements whose start passed without a recorded arrival, in the actor's scope. */
export function arrivalChecksWhere(ctx: RequestContext): FilterQuery<TrajectoryPlacement> {
  const today = programmeToday(ctx.now);
  return {
    $and: [
      { status: 'ACCEPTED', actualStartDate: null, startDate: { $lte: arrivalCheckCutoff(today) } },
      trajectoryPlacementScope(ctx.actor),
    ],
  };
}

export const arrivalChecksProbe = (ctx: RequestContext) =>
  probe(TrajectoryPlacement, arrivalChecksWhere(ctx));

export async function listArrivalChecks(
  ctx: RequestContext,
  query: { limit: number; cursor?: string | undefined },
): Promise<Page<ArrivalCheckView>> {
  assertCan(ctx.actor, Permission.ReadTrajectoryPlacements);
  const today = programmeToday(ctx.now);
  const page = await findPage(
    ctx.em,
    TrajectoryPlacement,
    arrivalChecksWhere(ctx),
    query,
    { startDate: 'asc' },
    PLACEMENT_POPULATE,
  );
  auditListed(ctx, page.items);
  await saveReadAudit(ctx);
  return {
    items: page.items.map((placement) => {
      const startDate = placement.startDate as string;
      const lifecoach = placement.jobSeeker.responsibleLifecoach;
      return {
        placementId: placement.id,
        jobSeekerId: placement.jobSeeker.id,
        fullName: placement.jobSeeker.fullName,
        offeringId: placement.offering.id,
        offeringTitle: placement.offering.title,
        providerId: placement.provider.id,
        providerName: placement.provider.name,
        lifecoach: { id: lifecoach.id, displayName: lifecoach.displayName },
        startDate,
        daysSinceStart: daysBetween(startDate, today),
      };
    }),
    nextCursor: page.nextCursor,
  };
}
