import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { AppError, type FieldError, notFound, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { isOpenCandidacy } from '../candidacies/candidacy-rules';
import { applyTransition } from '../candidacies/candidacy-transitions';
import { peopleWithConsent } from '../candidacies/consent-lookup';
import { findJobSeekerInScope } from '../job-seekers/job-seeker.access';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import type { MatchingIndex } from '../matching/engine';
import type { MatchingDependencies } from '../matching/matching.service';
import { candidateCodes } from '../matching/pseudonyms';
import { Organisation } from '../organisations/organisation.entity';
import { markAgendasChanged } from './agenda-mail/agenda-change';
import {
  type AllocationEmployer,
  type AllocationInput,
  type AllocationSeeker,
  allocateConversations,
  type CandidatePair,
  type EmployerWish,
  InvalidAllocationInputError,
  type RoundedPair,
  type ScheduleViolation,
  type UnplacedReason,
  validateSchedule,
} from './allocation';
import { assertPlanned, findMeetAndGreet, scheduleStateOf } from './event.service';
import {
  type MeetAndGreet,
  MeetAndGreetEmployer,
  MeetAndGreetParticipant,
  ScheduledConversation,
  ShortlistEntry,
} from './meet-and-greet.entity';
import {
  compareWish,
  dutchDateLabel,
  notSelectedReasonOfMark,
  roundTimes,
  strongestWish,
  type WishReason,
} from './meet-and-greet-rules';
import type {
  EmployerAgendaView,
  PersonAgendaView,
  ProposeScheduleInput,
  PutScheduleInput,
  RecordHeldInput,
  ScheduleProposalView,
  ScheduleView,
} from './schedule.schemas';
import { currentShortlist, type ShortlistCandidate } from './shortlist-candidates';

// The conversation schedule of a Meet & Greet. The allocation module (./allocation) proposes it as
// an assignment problem solved with network flows; programme staff adjust it by hand (checked with
// validateSchedule), then fix it; afterwards the event is recorded as held.

const SOLVER_METHOD = say({
  nl: 'Toewijzing als min-cost flow (b-matching), rondes per flow met ondergrenzen, branch-and-bound bij afwezigheden of vaste gesprekken.',
  en: 'Assignment as min-cost flow (b-matching), rounds by flows with lower bounds, branch-and-bound with absences or fixed conversations.',
});

const UNPLACED_LABELS_NL: Record<UnplacedReason, string> = {
  NO_ACCEPTABLE_PAIR: 'Geen werkgever heeft deze persoon op de lijst, of alle werkgevers kozen nee',
  NO_SHARED_ROUND: 'Er is geen ronde waarin de persoon en een passende werkgever er allebei zijn',
  NO_CAPACITY: 'De tafels van de passende werkgevers zijn vol',
};

const ENTRY_POPULATE = ['jobSeeker', 'jobSeeker.responsibleLifecoach', 'vacancy'] as const;

type EventAllocation = {
  /** The rules of the event for the solver and for validateSchedule (no pins). */
  input: AllocationInput;
  /** Shortlist entries that count, of employers that come, with an open candidacy. */
  candidates: ShortlistCandidate[];
  seekerNames: Map<string, string>;
  employerNames: Map<string, string>;
};

const pairKey = (seekerId: string, employerId: string) => `${seekerId}/${employerId}`;

/**
 * Who comes, with which limits, and which pairs may meet: one pair per person and employer, with the
 * best match score over the employer's vacancies at the event and the strongest of its marks
 * (unmarked counts as MAYBE).
 */
async function eventAllocation(
  ctx: RequestContext,
  event: MeetAndGreet,
  index: MatchingIndex,
): Promise<EventAllocation> {
  const [participants, employers, entries] = await Promise.all([
    ctx.em.find(MeetAndGreetParticipant, { meetAndGreet: event.id, status: 'ACCEPTED' }),
    ctx.em.find(
      MeetAndGreetEmployer,
      { meetAndGreet: event.id, status: 'ACCEPTED' },
      { populate: ['employer'] },
    ),
    ctx.em.find(ShortlistEntry, { meetAndGreet: event.id }, { populate: ENTRY_POPULATE }),
  ]);
  const candidates = (await currentShortlist(ctx.em, event, entries, index)).filter(
    (candidate) =>
      candidate.candidacy !== null &&
      isOpenCandidacy(candidate.candidacy.status) &&
      candidate.entry.vacancy.status === 'OPEN',
  );
  // Everyone who comes and still consents is a person of the schedule, also without any pair:
  // they are reported as "no conversation" rather than left out silently.
  const coming = await peopleWithConsent(
    ctx.em,
    participants.map((participant) => participant.jobSeeker.id),
    'MEET_AND_GREET',
  );
  const seekers: AllocationSeeker[] = participants
    .filter((participant) => coming.has(participant.jobSeeker.id))
    .map((participant) => ({
      id: participant.jobSeeker.id,
      ...(participant.maxConversations
        ? { maxConversations: Math.min(participant.maxConversations, event.maxConversationsPerSeeker) }
        : {}),
      ...(participant.availableRounds ? { availableRounds: participant.availableRounds } : {}),
    }));
  const employerIds = new Set(employers.map((participation) => participation.employer.id));
  const allocationEmployers: AllocationEmployer[] = employers.map((participation) => ({
    id: participation.employer.id,
    capacityPerRound: participation.tables,
    ...(participation.availableRounds ? { availableRounds: participation.availableRounds } : {}),
  }));
  const grouped = new Map<
    string,
    { seekerId: string; employerId: string; quality: number; marks: (EmployerWish | null)[] }
  >();
  for (const candidate of candidates) {
    const employerId = candidate.entry.employer.id;
    if (!employerIds.has(employerId)) continue;
    const key = pairKey(candidate.person.id, employerId);
    const pair = grouped.get(key) ?? { seekerId: candidate.person.id, employerId, quality: 0, marks: [] };
    pair.quality = Math.max(pair.quality, Math.min(1, Math.max(0, candidate.explanation.score)));
    pair.marks.push(candidate.entry.wish ?? null);
    grouped.set(key, pair);
  }
  const pairs: CandidatePair[] = [...grouped.values()].map((pair) => ({
    seekerId: pair.seekerId,
    employerId: pair.employerId,
    quality: pair.quality,
    wish: strongestWish(pair.marks),
  }));
  const people = await ctx.em.find(
    JobSeeker,
    { id: { $in: seekers.map((seeker) => seeker.id) } },
    { fields: ['fullName'] },
  );
  return {
    input: {
      rounds: event.rounds,
      defaultMaxConversations: Math.min(event.maxConversationsPerSeeker, event.rounds),
      seekers,
      employers: allocationEmployers,
      pairs,
    },
    candidates,
    seekerNames: new Map(people.map((person) => [person.id, person.fullName])),
    employerNames: new Map(
      employers.map((participation) => [participation.employer.id, participation.employer.name]),
    ),
  };
}

/**
 * The table of each conversation: the number given when the schedule was fixed, or — while it is
 * only proposed — its place among the employer's conversations in that round (by id).
 */
export function tablesOf(
  conversations: readonly Pick<ScheduledConversation, 'id' | 'round' | 'tableNumber' | 'employer'>[],
): Map<string, number> {
  const seated = new Map<string, number>();
  const tables = new Map<string, number>();
  const ordered = [...conversations].sort((a, b) => a.round - b.round || a.id.localeCompare(b.id));
  for (const conversation of ordered) {
    const key = `${conversation.employer.id}/${conversation.round}`;
    const place = (seated.get(key) ?? 0) + 1;
    seated.set(key, place);
    tables.set(conversation.id, conversation.tableNumber ?? place);
  }
  return tables;
}

async function storedConversations(ctx: RequestContext, event: MeetAndGreet) {
  return ctx.em.find(
    ScheduledConversation,
    { meetAndGreet: event.id },
    { populate: ['employer', 'jobSeeker'], orderBy: { round: 'asc', employer: { name: 'asc' }, id: 'asc' } },
  );
}

async function scheduleView(
  ctx: RequestContext,
  event: MeetAndGreet,
  allocation: EventAllocation,
): Promise<ScheduleView> {
  const conversations = await storedConversations(ctx, event);
  const times = roundTimes(event);
  const withConversation = new Set(conversations.map((conversation) => conversation.jobSeeker.id));
  const coming = allocation.input.seekers.map((seeker) => seeker.id);
  // The schedule names everyone who comes: one read of each person, like every other list.
  for (const jobSeekerId of new Set([...withConversation, ...coming])) {
    recordAudit(ctx, {
      action: 'meet_and_greet_schedule.viewed',
      entityType: 'meet_and_greet',
      entityId: event.id,
      subjectId: jobSeekerId,
      fields: ['fullName'],
    });
  }
  await ctx.em.flush();
  return {
    meetAndGreetId: event.id,
    state: scheduleStateOf(event),
    roundTimes: times,
    conversations: conversations.map((conversation) => ({
      round: conversation.round,
      startTime: times[conversation.round - 1]?.startTime ?? '',
      endTime: times[conversation.round - 1]?.endTime ?? '',
      employerId: conversation.employer.id,
      employerName: conversation.employer.name,
      jobSeekerId: conversation.jobSeeker.id,
      fullName: conversation.jobSeeker.fullName,
      placedByHand: conversation.placedByHand,
    })),
    withoutConversation: coming
      .filter((id) => !withConversation.has(id))
      .map((id) => ({ jobSeekerId: id, fullName: allocation.seekerNames.get(id) ?? '' }))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'nl')),
    summary: {
      conversations: conversations.length,
      peopleComing: coming.length,
      peopleWithConversation: coming.filter((id) => withConversation.has(id)).length,
    },
    meetAndGreetVersion: event.version,
    version: event.version,
  };
}

async function replaceConversations(
  ctx: RequestContext,
  event: MeetAndGreet,
  assignments: readonly (RoundedPair & { placedByHand: boolean })[],
) {
  await ctx.em.nativeDelete(ScheduledConversation, { meetAndGreet: event.id });
  for (const assignment of assignments) {
    ctx.em.create(ScheduledConversation, {
      meetAndGreet: event,
      employer: ctx.em.getReference(Organisation, assignment.employerId),
      jobSeeker: ctx.em.getReference(JobSeeker, assignment.seekerId),
      round: assignment.round,
      placedByHand: assignment.placedByHand,
    });
  }
}

/** The schedule as programme staff see it: every conversation with names, and who has none. */
export async function getSchedule(
  ctx: RequestContext,
  eventId: string,
  deps: MatchingDependencies,
): Promise<ScheduleView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  const event = await findMeetAndGreet(ctx, eventId);
  return scheduleView(ctx, event, await eventAllocation(ctx, event, await deps.keeper.current(ctx.em)));
}

/**
 * Proposes the schedule with the allocation solver from the employers' marks and the match scores.
 * Conversations placed by hand stay where they are (unless `keepHandPlaced` is false).
 */
export async function proposeSchedule(
  ctx: RequestContext,
  eventId: string,
  input: ProposeScheduleInput,
  deps: MatchingDependencies,
): Promise<ScheduleProposalView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  // The index reads on the connection itself: take it before the transaction starts.
  const index = await deps.keeper.current(ctx.em);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, eventId);
    assertVersion(event, input.version);
    assertPlanned(event, 'Een schema voorstellen');
    const allocation = await eventAllocation(tx, event, index);
    const seekerIds = new Set(allocation.input.seekers.map((seeker) => seeker.id));
    const employerIds = new Set(allocation.input.employers.map((employer) => employer.id));
    const pinned = input.keepHandPlaced
      ? (await em.find(ScheduledConversation, { meetAndGreet: event.id, placedByHand: true }))
          .filter((c) => seekerIds.has(c.jobSeeker.id) && employerIds.has(c.employer.id))
          .map((c) => ({ seekerId: c.jobSeeker.id, employerId: c.employer.id, round: c.round }))
      : [];
    let schedule: ReturnType<typeof allocateConversations>;
    try {
      schedule = allocateConversations({ ...allocation.input, pinned });
    } catch (error) {
      if (error instanceof InvalidAllocationInputError) {
        throw validationError(
          error.problems.map((message) => ({ path: ['keepHandPlaced'], message })),
          say({
            nl: 'De gesprekken die met de hand zijn geplaatst, passen niet meer. Stel voor zonder ze, of pas ze aan.',
            en: 'The hand-placed conversations no longer fit.',
          }),
        );
      }
      throw error;
    }
    await replaceConversations(
      tx,
      event,
      schedule.assignments.map((assignment) => ({ ...assignment, placedByHand: assignment.pinned })),
    );
    event.scheduleProposedAt = ctx.now;
    recordAudit(tx, {
      action: 'meet_and_greet.schedule_proposed',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['schedule'],
    });
    await em.flush();
    const view = await scheduleView(tx, event, allocation);
    return {
      ...view,
      solver: {
        method: SOLVER_METHOD,
        provenOptimal: schedule.provenOptimal,
        objective: {
          seekersWithConversation: schedule.objective.seekersWithConversation,
          conversations: schedule.objective.conversations,
          wantConversations: schedule.objective.wantConversations,
          maybeConversations: schedule.objective.maybeConversations,
          totalQuality: schedule.objective.totalQuality,
        },
        unplaced: schedule.unplacedSeekers.map((unplaced) => ({
          jobSeekerId: unplaced.seekerId,
          fullName: allocation.seekerNames.get(unplaced.seekerId) ?? '',
          reason: unplaced.reason,
          reasonLabel: UNPLACED_LABELS_NL[unplaced.reason],
        })),
      },
    };
  });
}

/** Every rule a schedule breaks, in plain Dutch with names, as one 422. */
function violationsError(
  violations: readonly ScheduleViolation[],
  assignments: readonly RoundedPair[],
  allocation: EventAllocation,
  names: { seekers: Map<string, string>; employers: Map<string, string> },
): AppError {
  const who = (id?: string) => (id ? (names.seekers.get(id) ?? id) : '');
  const where = (id?: string) => (id ? (names.employers.get(id) ?? id) : '');
  const messageOf = (v: ScheduleViolation): string => {
    switch (v.code) {
      case 'UNKNOWN_SEEKER':
        return `${who(v.seekerId)} komt niet (meer) naar deze Meet & Greet`;
      case 'UNKNOWN_EMPLOYER':
        return `${where(v.employerId)} komt niet (meer) naar deze Meet & Greet`;
      case 'ROUND_OUT_OF_RANGE':
        return `Ronde ${v.round} bestaat niet: er zijn ${allocation.input.rounds} rondes`;
      case 'NOT_A_CANDIDATE':
        return `${who(v.seekerId)} staat niet op een shortlist van ${where(v.employerId)}`;
      case 'EMPLOYER_SAID_NO':
        return `${where(v.employerId)} heeft bij ${who(v.seekerId)} nee gekozen`;
      case 'PAIR_FORBIDDEN':
        return `${who(v.seekerId)} en ${where(v.employerId)} mogen elkaar niet spreken`;
      case 'PAIR_REPEATED':
        return `${who(v.seekerId)} spreekt ${where(v.employerId)} meer dan één keer`;
      case 'SEEKER_UNAVAILABLE':
        return `${who(v.seekerId)} is er niet in ronde ${v.round}`;
      case 'EMPLOYER_UNAVAILABLE':
        return `${where(v.employerId)} is er niet in ronde ${v.round}`;
      case 'SEEKER_DOUBLE_BOOKED':
        return `${who(v.seekerId)} heeft in ronde ${v.round} meer dan één gesprek`;
      case 'SEEKER_OVER_LIMIT':
        return `${who(v.seekerId)} heeft meer gesprekken dan afgesproken`;
      case 'EMPLOYER_OVER_CAPACITY':
        return `${where(v.employerId)} heeft in ronde ${v.round} meer gesprekken dan tafels`;
      default:
        return v.message;
    }
  };
  const errors: FieldError[] = violations.map((violation) => {
    const index = assignments.findIndex(
      (a) =>
        (violation.seekerId === undefined || a.seekerId === violation.seekerId) &&
        (violation.employerId === undefined || a.employerId === violation.employerId) &&
        (violation.round === undefined || a.round === violation.round),
    );
    return { path: index >= 0 ? ['conversations', index] : ['conversations'], message: messageOf(violation) };
  });
  return new AppError(
    ProblemCode.ValidationFailed,
    say(
      {
        nl: 'Het schema breekt {rules} van deze Meet & Greet.',
        en: "The schedule breaks the event's rules.",
      },
      { rules: violations.length === 1 ? 'een regel' : `${violations.length} regels` },
    ),
    errors,
    {
      violations: violations.map((violation) => ({
        code: violation.code,
        jobSeekerId: violation.seekerId ?? null,
        employerId: violation.employerId ?? null,
        round: violation.round ?? null,
      })),
    },
  );
}

async function namesFor(
  ctx: RequestContext,
  assignments: readonly RoundedPair[],
  allocation: EventAllocation,
) {
  const seekers = new Map(allocation.seekerNames);
  const employers = new Map(allocation.employerNames);
  const unknownSeekers = assignments.map((a) => a.seekerId).filter((id) => !seekers.has(id));
  const unknownEmployers = assignments.map((a) => a.employerId).filter((id) => !employers.has(id));
  for (const person of unknownSeekers.length
    ? await ctx.em.find(JobSeeker, { id: { $in: unknownSeekers } }, { fields: ['fullName'] })
    : [])
    seekers.set(person.id, person.fullName);
  for (const organisation of unknownEmployers.length
    ? await ctx.em.find(Organisation, { id: { $in: unknownEmployers } }, { fields: ['name'] })
    : [])
    employers.set(organisation.id, organisation.name);
  return { seekers, employers };
}

/**
 * Programme staff set the schedule by hand: the whole list of conversations. It is checked against
 * every rule of the event (validateSchedule); all violations come back at once as a 422.
 * Conversations that differ from the stored ones are marked as placed by hand.
 */
export async function adjustSchedule(
  ctx: RequestContext,
  eventId: string,
  input: PutScheduleInput,
  deps: MatchingDependencies,
): Promise<ScheduleView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  // The index reads on the connection itself: take it before the transaction starts.
  const index = await deps.keeper.current(ctx.em);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, eventId);
    assertVersion(event, input.version);
    assertPlanned(event, 'Het schema aanpassen');
    const allocation = await eventAllocation(tx, event, index);
    const assignments: RoundedPair[] = input.conversations.map((c) => ({
      seekerId: c.jobSeekerId,
      employerId: c.employerId,
      round: c.round,
    }));
    const violations = validateSchedule(allocation.input, { assignments });
    if (violations.length > 0) {
      throw violationsError(violations, assignments, allocation, await namesFor(tx, assignments, allocation));
    }
    const before = await em.find(ScheduledConversation, { meetAndGreet: event.id });
    const previous = new Map<string, boolean>(
      before.map((c) => [`${c.jobSeeker.id}/${c.employer.id}/${c.round}`, c.placedByHand]),
    );
    await replaceConversations(
      tx,
      event,
      assignments.map((a) => ({
        ...a,
        placedByHand: previous.get(`${a.seekerId}/${a.employerId}/${a.round}`) ?? true,
      })),
    );
    event.scheduleProposedAt = ctx.now;
    recordAudit(tx, {
      action: 'meet_and_greet.schedule_adjusted',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['schedule'],
    });
    await em.flush();
    return scheduleView(tx, event, allocation);
  });
}

/**
 * Fixes the schedule: checked once more (people may have cancelled since), then the employers'
 * marks become steps in the pipeline — WANT/MAYBE (or unmarked with a conversation) → SHORTLISTED,
 * NO → NOT_SELECTED with the mark's reason; the free-text note goes to the programme's report.
 */
export async function fixSchedule(
  ctx: RequestContext,
  eventId: string,
  input: { version: number },
  deps: MatchingDependencies,
): Promise<ScheduleView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  // The index reads on the connection itself: take it before the transaction starts.
  const index = await deps.keeper.current(ctx.em);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, eventId);
    assertVersion(event, input.version);
    assertPlanned(event, 'Het schema vastleggen');
    if (!event.scheduleProposedAt) {
      throw new AppError(
        ProblemCode.InvalidTransition,
        say({
          nl: 'Er is nog geen schema. Stel eerst een schema voor.',
          en: 'There is no schedule to fix yet.',
        }),
      );
    }
    const allocation = await eventAllocation(tx, event, index);
    const stored = await em.find(ScheduledConversation, { meetAndGreet: event.id });
    const assignments = stored.map((c) => ({
      seekerId: c.jobSeeker.id,
      employerId: c.employer.id,
      round: c.round,
    }));
    const violations = validateSchedule(allocation.input, { assignments });
    if (violations.length > 0) {
      throw violationsError(violations, assignments, allocation, await namesFor(tx, assignments, allocation));
    }
    const meets = new Set(assignments.map((a) => pairKey(a.seekerId, a.employerId)));
    for (const { entry, candidacy } of allocation.candidates) {
      if (candidacy?.status !== 'PROPOSED') continue;
      const wish = entry.wish ?? null;
      if (wish === 'NO') {
        await applyTransition(tx, candidacy, 'NOT_SELECTED', {
          mover: 'SYSTEM',
          reasonCode: notSelectedReasonOfMark((entry.wishReason as WishReason | null) ?? null),
          note: entry.wishNote ?? null,
        });
      } else if (wish !== null || meets.has(pairKey(entry.jobSeeker.id, entry.employer.id))) {
        await applyTransition(tx, candidacy, 'SHORTLISTED', { mover: 'SYSTEM' });
      }
    }
    // Each conversation keeps its table from now on, whoever cancels later.
    for (const [id, table] of tablesOf(stored)) {
      const conversation = stored.find((c) => c.id === id);
      if (conversation) conversation.tableNumber = table;
    }
    event.status = 'SCHEDULE_FIXED';
    event.scheduleFixedAt = ctx.now;
    event.scheduleFixedByUserId = ctx.actor.userId;
    // Everyone with a conversation gets their agenda by mail (the agenda job sends it).
    await markAgendasChanged(em, event.id, ctx.now);
    recordAudit(tx, {
      action: 'meet_and_greet.schedule_fixed',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['status', 'schedule'],
    });
    await em.flush();
    return scheduleView(tx, event, allocation);
  });
}

/**
 * After the event: who did not come; everyone else who had a conversation has met that employer,
 * and their candidacies for its vacancies at the event move to MET.
 */
export async function recordHeld(
  ctx: RequestContext,
  eventId: string,
  input: RecordHeldInput,
  deps: MatchingDependencies,
): Promise<ScheduleView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  // The index reads on the connection itself: take it before the transaction starts.
  const index = await deps.keeper.current(ctx.em);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, eventId);
    assertVersion(event, input.version);
    if (event.status !== 'SCHEDULE_FIXED') {
      throw new AppError(
        ProblemCode.InvalidTransition,
        event.status === 'HELD'
          ? say({ nl: 'Deze Meet & Greet is al als geweest vastgelegd.', en: 'Already recorded as held.' })
          : say({ nl: 'Leg eerst het gesprekkenschema vast.', en: 'Fix the schedule first.' }),
      );
    }
    const participants = await em.find(MeetAndGreetParticipant, {
      meetAndGreet: event.id,
      status: 'ACCEPTED',
    });
    const employers = await em.find(MeetAndGreetEmployer, { meetAndGreet: event.id, status: 'ACCEPTED' });
    const errors: FieldError[] = [];
    const coming = new Set(participants.map((p) => p.jobSeeker.id));
    const hosting = new Set(employers.map((e) => e.employer.id));
    input.absentJobSeekerIds.forEach((id, index) => {
      if (!coming.has(id))
        errors.push({
          path: ['absentJobSeekerIds', index],
          message: say({ nl: 'Deze persoon had zich niet aangemeld.', en: 'Not a participant.' }),
        });
    });
    input.absentEmployerIds.forEach((id, index) => {
      if (!hosting.has(id))
        errors.push({
          path: ['absentEmployerIds', index],
          message: say({ nl: 'Deze werkgever had zich niet aangemeld.', en: 'Not a participant.' }),
        });
    });
    if (errors.length) throw validationError(errors);
    const absentPeople = new Set(input.absentJobSeekerIds);
    const absentEmployers = new Set(input.absentEmployerIds);
    for (const participant of participants)
      participant.attended = !absentPeople.has(participant.jobSeeker.id);
    for (const participation of employers)
      participation.attended = !absentEmployers.has(participation.employer.id);

    const conversations = await em.find(ScheduledConversation, { meetAndGreet: event.id });
    const met = new Set(
      conversations
        .filter((c) => !absentPeople.has(c.jobSeeker.id) && !absentEmployers.has(c.employer.id))
        .map((c) => pairKey(c.jobSeeker.id, c.employer.id)),
    );
    const allocation = await eventAllocation(tx, event, index);
    for (const { entry, candidacy } of allocation.candidates) {
      if (candidacy?.status === 'SHORTLISTED' && met.has(pairKey(entry.jobSeeker.id, entry.employer.id))) {
        await applyTransition(tx, candidacy, 'MET', { mover: 'SYSTEM' });
      }
    }
    event.status = 'HELD';
    event.heldAt = ctx.now;
    recordAudit(tx, {
      action: 'meet_and_greet.held',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['status', 'attended'],
    });
    await em.flush();
    return scheduleView(tx, event, allocation);
  });
}

// ---- printable lists --------------------------------------------------------------------------

function assertScheduleVisible(ctx: RequestContext, event: MeetAndGreet) {
  const state = scheduleStateOf(event);
  const staff = ctx.actor.role === Role.ProgrammeAdmin;
  if (state === 'NONE' || (state === 'PROPOSED' && !staff)) {
    throw new AppError(
      ProblemCode.Conflict,
      say({
        nl: 'Het gesprekkenschema ligt nog niet vast.',
        en: 'The conversation schedule is not fixed yet.',
      }),
    );
  }
  return state;
}

/**
 * An employer's printable list: per round, the candidate code and the vacancy. When the person is on
 * the shortlists of several of the employer's vacancies, the code of the strongest mark (then the
 * best match) is shown, so one list never links codes of different vacancies.
 */
export async function getEmployerAgenda(
  ctx: RequestContext,
  eventId: string,
  employerId: string,
  deps: MatchingDependencies,
): Promise<EmployerAgendaView> {
  assertCan(ctx.actor, Permission.ReadMeetAndGreetSchedules);
  if (ctx.actor.role === Role.Lifecoach)
    throw notFound({ nl: 'Deze gesprekkenlijst', en: 'Conversation list' });
  if (ctx.actor.role === Role.EmployerRecruiter && employerId !== ctx.actor.organisationId)
    throw notFound({ nl: 'Deze gesprekkenlijst', en: 'Conversation list' });
  const event = await findMeetAndGreet(ctx, eventId);
  const participation = await ctx.em.findOne(
    MeetAndGreetEmployer,
    { meetAndGreet: event.id, employer: employerId },
    { populate: ['employer'] },
  );
  if (!participation) throw notFound({ nl: 'Deze gesprekkenlijst', en: 'Conversation list' });
  const state = assertScheduleVisible(ctx, event);
  const conversations = await ctx.em.find(
    ScheduledConversation,
    { meetAndGreet: event.id, employer: employerId },
    { orderBy: { round: 'asc', id: 'asc' } },
  );
  const entries = await ctx.em.find(
    ShortlistEntry,
    {
      meetAndGreet: event.id,
      employer: employerId,
      jobSeeker: { $in: conversations.map((c) => c.jobSeeker.id) },
    },
    { populate: ENTRY_POPULATE },
  );
  const candidates = await currentShortlist(ctx.em, event, entries, await deps.keeper.current(ctx.em));
  const best = new Map<string, ShortlistCandidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.person.id);
    if (
      !current ||
      compareWish(candidate.entry.wish ?? null, current.entry.wish ?? null) < 0 ||
      (compareWish(candidate.entry.wish ?? null, current.entry.wish ?? null) === 0 &&
        candidate.explanation.score > current.explanation.score)
    )
      best.set(candidate.person.id, candidate);
  }
  const byVacancy = new Map<string, string[]>();
  for (const candidate of best.values()) {
    const ids = byVacancy.get(candidate.entry.vacancy.id) ?? [];
    ids.push(candidate.person.id);
    byVacancy.set(candidate.entry.vacancy.id, ids);
  }
  const codes = new Map<string, string>();
  for (const [vacancyId, ids] of byVacancy) {
    for (const [personId, code] of await candidateCodes(ctx.em, vacancyId, ids)) codes.set(personId, code);
  }
  const times = roundTimes(event);
  const tables = tablesOf(conversations);
  const rows = conversations.map((conversation) => {
    const candidate = best.get(conversation.jobSeeker.id);
    const time = times[conversation.round - 1];
    return {
      round: conversation.round,
      startTime: time?.startTime ?? '',
      endTime: time?.endTime ?? '',
      table: tables.get(conversation.id) ?? 1,
      candidateCode: candidate ? (codes.get(candidate.person.id) ?? null) : null,
      vacancyTitle: candidate?.entry.vacancy.title ?? null,
    };
  });
  const dateLabel = dutchDateLabel(event.eventDate);
  for (const conversation of conversations) {
    recordAudit(ctx, {
      action: 'meet_and_greet_agenda.viewed',
      entityType: 'meet_and_greet',
      entityId: event.id,
      subjectId: conversation.jobSeeker.id,
    });
  }
  await ctx.em.flush();
  return {
    meetAndGreetId: event.id,
    heading: `Gesprekkenlijst ${participation.employer.name} — ${event.title}, ${dateLabel}, ${event.place}`,
    dateLabel,
    place: event.place,
    state,
    lines:
      rows.length === 0
        ? ['Er staan geen gesprekken op uw lijst.']
        : rows.map(
            (row) =>
              `Ronde ${row.round} (${row.startTime}–${row.endTime}): kandidaat ${row.candidateCode ?? 'niet meer beschikbaar'}${row.vacancyTitle ? `, vacature ${row.vacancyTitle}` : ''}`,
          ),
    employerId: participation.employer.id,
    employerName: participation.employer.name,
    rows,
  };
}

/** A person's printable list, for their lifecoach (or programme staff) to hand over. */
export async function getPersonAgenda(
  ctx: RequestContext,
  eventId: string,
  jobSeekerId: string,
): Promise<PersonAgendaView> {
  assertCan(ctx.actor, Permission.ReadMeetAndGreetSchedules);
  if (ctx.actor.role === Role.EmployerRecruiter)
    throw notFound({ nl: 'Deze gesprekkenlijst', en: 'Conversation list' });
  const event = await findMeetAndGreet(ctx, eventId);
  const person = await findJobSeekerInScope(ctx, jobSeekerId, []);
  const participant = await ctx.em.findOne(MeetAndGreetParticipant, {
    meetAndGreet: event.id,
    jobSeeker: person.id,
  });
  if (!participant) throw notFound({ nl: 'Deze gesprekkenlijst', en: 'Conversation list' });
  return personAgenda(ctx, event, person, participant);
}

/**
 * The person's own list of conversations at a Meet & Greet they were invited to, once the schedule
 * is fixed: for "Mijn gegevens" (page, print and calendar file). Another event is not found.
 */
export async function getOwnAgenda(ctx: RequestContext, eventId: string): Promise<OwnAgendaView> {
  assertCan(ctx.actor, Permission.ReadOwnRecord);
  const participant = await ctx.em.findOne(
    MeetAndGreetParticipant,
    { meetAndGreet: eventId, jobSeeker: ctx.actor.jobSeekerId ?? '' },
    { populate: ['meetAndGreet', 'jobSeeker'] },
  );
  if (!participant) throw notFound({ nl: 'Deze gesprekkenlijst', en: 'Conversation list' });
  const event = participant.meetAndGreet;
  return {
    ...(await personAgenda(ctx, event, participant.jobSeeker, participant)),
    title: event.title,
    eventDate: event.eventDate,
    startTime: event.startTime,
    declined: participant.status !== 'ACCEPTED',
  };
}

export type OwnAgendaView = PersonAgendaView & {
  title: string;
  eventDate: string;
  startTime: string;
  /** The person is not coming (said no, or has not said yes). */
  declined: boolean;
};

async function personAgenda(
  ctx: RequestContext,
  event: MeetAndGreet,
  person: JobSeeker,
  participant: MeetAndGreetParticipant,
): Promise<PersonAgendaView> {
  const state = assertScheduleVisible(ctx, event);
  const conversations = await ctx.em.find(
    ScheduledConversation,
    { meetAndGreet: event.id, jobSeeker: person.id },
    { populate: ['employer'], orderBy: { round: 'asc' } },
  );
  const entries = await ctx.em.find(
    ShortlistEntry,
    { meetAndGreet: event.id, jobSeeker: person.id },
    { populate: ['vacancy'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const times = roundTimes(event);
  // The tables are counted over each employer's round, so all of the employers' conversations count.
  const tables = tablesOf(
    await ctx.em.find(ScheduledConversation, {
      meetAndGreet: event.id,
      employer: { $in: conversations.map((c) => c.employer.id) },
      round: { $in: conversations.map((c) => c.round) },
    }),
  );
  const rows = conversations.map((conversation) => {
    const time = times[conversation.round - 1];
    return {
      round: conversation.round,
      startTime: time?.startTime ?? '',
      endTime: time?.endTime ?? '',
      employerName: conversation.employer.name,
      table: tables.get(conversation.id) ?? 1,
      vacancyTitles: entries
        .filter((entry) => entry.employer.id === conversation.employer.id)
        .map((entry) => entry.vacancy.title),
    };
  });
  const dateLabel = dutchDateLabel(event.eventDate);
  recordAudit(ctx, {
    action: 'meet_and_greet_agenda.viewed',
    entityType: 'job_seeker',
    entityId: person.id,
  });
  await ctx.em.flush();
  return {
    meetAndGreetId: event.id,
    heading: `Jouw gesprekken op de Meet & Greet — ${event.title}, ${dateLabel}, ${event.place}`,
    dateLabel,
    place: event.place,
    state,
    lines:
      participant.status !== 'ACCEPTED'
        ? ['Je hebt je afgemeld voor deze Meet & Greet.']
        : rows.length === 0
          ? ['Er staan (nog) geen gesprekken voor je klaar. Je lifecoach neemt contact met je op.']
          : rows.map(
              (row) =>
                `Ronde ${row.round} (${row.startTime}–${row.endTime}): ${row.employerName}${row.vacancyTitles.length ? ` (${row.vacancyTitles.join(', ')})` : ''}`,
            ),
    jobSeekerId: person.id,
    fullName: person.fullName,
    rows,
  };
}
