import { type EntityManager, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { findInScope } from '../../access/scopes';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { conflict, type FieldError, notFound, validationError } from '../../http/problem';
import type { ReferenceData } from '../../reference/reference-data';
import { recordAudit } from '../audit/audit.service';
import { Organisation } from '../organisations/organisation.entity';
import { programmeToday } from '../readiness/review-dates';
import { trajectoryOfferingScope } from './trajectory.access';
import { TrajectoryOffering } from './trajectory-offering.entity';
import type {
  CreateTrajectoryOfferingInput,
  ListTrajectoryOfferingsQuery,
  TrajectoryOfferingView,
  UpdateTrajectoryOfferingInput,
} from './trajectory-offering.schemas';
import { TrajectoryPlacement } from './trajectory-placement.entity';
import { platformAndMemberIds, platformRef, providerProfilesOf } from './trajectory-provider.service';
import {
  nextStartDate,
  OFFERING_KIND_LABELS_NL,
  type PlacementStatus,
  placeTakingStatuses,
} from './trajectory-rules';

/** Continuous intake has one pool of places, kept under this key. */
const CONTINUOUS = 'continuous';

type PlacementCount = { offering_id: string; start_date: string | null; status: PlacementStatus; n: number };

/** Placements per offering, start date and status, counting only statuses that can hold a place. */
async function placementCounts(em: EntityManager, offeringIds: readonly string[]): Promise<PlacementCount[]> {
  if (offeringIds.length === 0) return [];
  return (await em.getConnection().execute(
    `select offering_id, start_date, status, count(*)::int as n from trajectory_placement
      where offering_id = any(?::uuid[]) and status in ('ACCEPTED', 'STARTED', 'COMPLETED', 'ENDED')
      group by offering_id, start_date, status`,
    [`{${offeringIds.join(',')}}`],
    'all',
    em.getTransactionContext(),
  )) as unknown as PlacementCount[];
}

/** Places taken per start date (or under CONTINUOUS), per offering. */
export async function placesTaken(
  em: EntityManager,
  offerings: readonly TrajectoryOffering[],
): Promise<Map<string, Map<string, number>>> {
  const rows = await placementCounts(
    em,
    offerings.map((offering) => offering.id),
  );
  const byId = new Map(offerings.map((offering) => [offering.id, offering]));
  const taken = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const offering = byId.get(row.offering_id);
    if (!offering || !placeTakingStatuses(offering.continuousIntake).includes(row.status)) continue;
    const key = offering.continuousIntake ? CONTINUOUS : (row.start_date ?? '');
    const perStart = taken.get(offering.id) ?? new Map<string, number>();
    perStart.set(key, (perStart.get(key) ?? 0) + row.n);
    taken.set(offering.id, perStart);
  }
  return taken;
}

/** How many places of this start are taken now; call with the offering row locked. */
export async function placesTakenAt(em: EntityManager, offering: TrajectoryOffering, startDate: string) {
  return em.count(TrajectoryPlacement, {
    offering: offering.id,
    status: { $in: [...placeTakingStatuses(offering.continuousIntake)] },
    ...(offering.continuousIntake ? {} : { startDate }),
  });
}

/** Views of offerings; their providers are populated here. */
export async function toOfferingViews(
  em: EntityManager,
  offerings: readonly TrajectoryOffering[],
  reference: ReferenceData,
  now: Date,
): Promise<TrajectoryOfferingView[]> {
  await em.populate(offerings as TrajectoryOffering[], ['provider']);
  const profiles = await providerProfilesOf(
    em,
    offerings.map((offering) => offering.provider.id),
  );
  const taken = await placesTaken(em, offerings);
  const today = programmeToday(now);
  return offerings.map((offering) => {
    const perStart = taken.get(offering.id) ?? new Map<string, number>();
    const slot = (startDate: string | null, key: string) => {
      const used = perStart.get(key) ?? 0;
      return {
        startDate,
        capacity: offering.capacityPerStart,
        taken: used,
        free: Math.max(0, offering.capacityPerStart - used),
      };
    };
    return {
      id: offering.id,
      provider: {
        id: offering.provider.id,
        name: offering.provider.name,
        platform: platformRef(profiles.get(offering.provider.id)),
      },
      kind: offering.kind,
      kindLabelNl: OFFERING_KIND_LABELS_NL[offering.kind],
      title: offering.title,
      description: offering.description,
      competences: offering.competenceCodes.map((code) => ({
        code,
        label: reference.catalogue.competence(code)?.labelNl ?? code,
      })),
      hoursPerWeek: offering.hoursPerWeek,
      durationWeeks: offering.durationWeeks,
      postcode: offering.postcode,
      postcodeFull: offering.postcodeFull ?? null,
      place: reference.postcodes.get(offering.postcode)?.place ?? null,
      continuousIntake: offering.continuousIntake,
      startDates: offering.startDates,
      capacityPerStart: offering.capacityPerStart,
      availability: offering.continuousIntake
        ? [slot(null, CONTINUOUS)]
        : offering.startDates.map((date) => slot(date, date)),
      nextStartDate: offering.status === 'OPEN' ? nextStartDate(offering, today) : null,
      status: offering.status,
      createdAt: offering.createdAt.toISOString(),
      updatedAt: offering.updatedAt.toISOString(),
      version: offering.version,
    };
  });
}

async function toOfferingView(ctx: RequestContext, offering: TrajectoryOffering, reference: ReferenceData) {
  const [view] = await toOfferingViews(ctx.em, [offering], reference, ctx.now);
  return view as TrajectoryOfferingView;
}

/** Every code known, the postcode known, and no new start date in the past. */
function assertValidOffering(
  input: CreateTrajectoryOfferingInput,
  reference: ReferenceData,
  today: string,
  earlierStartDates: readonly string[] = [],
): void {
  const errors: FieldError[] = [];
  input.competenceCodes.forEach((code, index) => {
    if (!reference.catalogue.hasCompetence(code)) {
      errors.push({
        path: ['competenceCodes', index],
        message: say({
          nl: 'Onbekende competentie: deze code staat niet in de catalogus.',
          en: 'Unknown competence code.',
        }),
      });
    } else if (input.competenceCodes.indexOf(code) !== index) {
      errors.push({
        path: ['competenceCodes', index],
        message: say({ nl: 'Deze competentie staat er al.', en: 'Listed twice.' }),
      });
    }
  });
  if (!reference.postcodes.has(input.postcode.pc4)) {
    errors.push({
      path: ['postcode'],
      message: say(
        { nl: 'Postcode {pc4} is niet bekend.', en: 'Postcode {pc4} is not a known postcode area.' },
        { pc4: input.postcode.pc4 },
      ),
    });
  }
  input.startDates.forEach((date, index) => {
    if (date < today && !earlierStartDates.includes(date)) {
      errors.push({
        path: ['startDates', index],
        message: say({ nl: 'Deze startdatum ligt in het verleden.', en: 'This start date is in the past.' }),
      });
    }
  });
  if (errors.length > 0) throw validationError(errors);
}

function contentOf(input: CreateTrajectoryOfferingInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description,
    competenceCodes: input.competenceCodes,
    hoursPerWeek: input.hoursPerWeek,
    durationWeeks: input.durationWeeks,
    postcode: input.postcode.pc4,
    postcodeFull: input.postcode.full,
    continuousIntake: input.continuousIntake,
    startDates: [...input.startDates].sort(),
    capacityPerStart: input.capacityPerStart,
  };
}

/** A coordinator publishes an offering of their own organisation; it is open for proposals at once. */
export async function createTrajectoryOffering(
  ctx: RequestContext,
  reference: ReferenceData,
  input: CreateTrajectoryOfferingInput,
): Promise<TrajectoryOfferingView> {
  assertCan(ctx.actor, Permission.ManageTrajectoryOfferings);
  assertValidOffering(input, reference, programmeToday(ctx.now));
  const provider = await ctx.em.findOneOrFail(Organisation, { id: ctx.actor.organisationId });
  const offering = ctx.em.create(TrajectoryOffering, {
    provider,
    ...contentOf(input),
    status: 'OPEN',
    createdByUserId: ctx.actor.userId,
  });
  recordAudit(ctx, {
    action: 'trajectory_offering.created',
    entityType: 'trajectory_offering',
    entityId: offering.id,
  });
  await ctx.em.flush();
  return toOfferingView(ctx, offering, reference);
}

/**
 * Changes an offering. Runs with the offering row locked, like accepting a placement, so a change of
 * capacity or start dates and an acceptance never pass each other: capacity cannot drop below the
 * places taken, a start date with people accepted for it stays, and the kind and intake stay while
 * people are placed.
 */
export async function updateTrajectoryOffering(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
  input: UpdateTrajectoryOfferingInput,
): Promise<TrajectoryOfferingView> {
  assertCan(ctx.actor, Permission.ManageTrajectoryOfferings);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const offering = await em.findOne(
      TrajectoryOffering,
      { $and: [{ id }, trajectoryOfferingScope(ctx.actor)] },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!offering) throw notFound({ nl: 'Dit aanbod', en: 'Trajectory offering' });
    assertVersion(offering, input.version);
    assertValidOffering(input, reference, programmeToday(ctx.now), offering.startDates);

    const running = await em.find(TrajectoryPlacement, {
      offering: offering.id,
      status: { $in: ['ACCEPTED', 'STARTED'] },
    });
    if (
      input.kind !== offering.kind &&
      (await em.count(TrajectoryPlacement, { offering: offering.id })) > 0
    ) {
      throw conflict(
        say({
          nl: 'De soort aanbod kan niet meer veranderen: er zijn al mensen voorgesteld. Maak een nieuw aanbod.',
          en: 'The kind cannot change once people have been proposed; create a new offering.',
        }),
      );
    }
    if (input.continuousIntake !== offering.continuousIntake && running.length > 0) {
      throw conflict(
        say({
          nl: 'De instroom kan niet veranderen zolang er mensen geplaatst zijn.',
          en: 'The intake cannot change while people are placed.',
        }),
      );
    }
    if (!input.continuousIntake) {
      const kept = new Set(input.startDates);
      const removed = [
        ...new Set(
          running.map((p) => p.startDate).filter((date): date is string => !!date && !kept.has(date)),
        ),
      ].sort();
      if (removed.length > 0) {
        throw conflict(
          say(
            {
              nl: 'Er zijn mensen geplaatst voor {value1}; die startdatum blijft staan.',
              en: 'People are placed for {value2}; keep that start date.',
            },
            { value1: removed.join(', '), value2: removed.join(', ') },
          ),
          { startDates: removed },
        );
      }
    }
    const taken = (await placesTaken(em, [offering])).get(offering.id) ?? new Map<string, number>();
    const mostTaken = Math.max(0, ...taken.values());
    if (input.capacityPerStart < mostTaken) {
      throw conflict(
        say(
          {
            nl: 'Er zijn al {mostTaken} plaatsen bezet bij één start; kies minstens {mostTaken}.',
            en: '{mostTaken} places are taken at one start; the capacity cannot be lower.',
          },
          { mostTaken },
        ),
        { placesTaken: mostTaken },
      );
    }
    em.assign(offering, { ...contentOf(input), status: input.status });
    recordAudit(tx, {
      action: 'trajectory_offering.updated',
      entityType: 'trajectory_offering',
      entityId: offering.id,
      fields: [...Object.keys(contentOf(input)), 'status'],
    });
    await em.flush();
    return toOfferingView(tx, offering, reference);
  });
}

export async function getTrajectoryOffering(
  ctx: RequestContext,
  reference: ReferenceData,
  id: string,
): Promise<TrajectoryOfferingView> {
  assertCan(ctx.actor, Permission.ReadTrajectoryOfferings);
  const offering = await findInScope(ctx.em, TrajectoryOffering, id, trajectoryOfferingScope(ctx.actor), {
    nl: 'Dit aanbod',
    en: 'Trajectory offering',
  });
  return toOfferingView(ctx, offering, reference);
}

export async function listTrajectoryOfferings(
  ctx: RequestContext,
  reference: ReferenceData,
  query: ListTrajectoryOfferingsQuery,
): Promise<Page<TrajectoryOfferingView>> {
  assertCan(ctx.actor, Permission.ReadTrajectoryOfferings);
  const providers = query.platformId ? await platformAndMemberIds(ctx.em, query.platformId) : null;
  const filters = [
    query.kind ? { kind: query.kind } : {},
    query.status ? { status: query.status } : {},
    query.providerId ? { provider: query.providerId } : {},
    providers ? { provider: { $in: providers } } : {},
  ];
  const page = await findPage(
    ctx.em,
    TrajectoryOffering,
    { $and: [...filters, trajectoryOfferingScope(ctx.actor)] },
    query,
    { title: 'asc' },
  );
  return {
    items: await toOfferingViews(ctx.em, page.items, reference, ctx.now),
    nextCursor: page.nextCursor,
  };
}
