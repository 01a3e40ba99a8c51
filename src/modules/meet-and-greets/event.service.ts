import type { EntityManager } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import { AppError, type FieldError, notFound, ProblemCode, validationError } from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { dutchCalendarDate } from '../job-seekers/calendar';
import { markAgendasChanged } from './agenda-mail/agenda-change';
import {
  MeetAndGreet,
  MeetAndGreetEmployer,
  MeetAndGreetParticipant,
  MeetAndGreetVacancy,
  ScheduledConversation,
} from './meet-and-greet.entity';
import type {
  CancelMeetAndGreetInput,
  EventEmployerView,
  ListMeetAndGreetsQuery,
  MeetAndGreetInput,
  MeetAndGreetView,
  UpdateMeetAndGreetInput,
} from './meet-and-greet.schemas';
import {
  dutchDateLabel,
  endOfLastRound,
  INVITATION_STATUS_LABELS_NL,
  MEET_AND_GREET_STATUS_LABELS_NL,
  roundTimes,
} from './meet-and-greet-rules';

const isEmployerSide = (ctx: RequestContext) => ctx.actor.role === Role.EmployerRecruiter;

/**
 * The event, if the caller may see it: programme staff and lifecoaches see every event, an employer
 * only the events it was invited to. Otherwise 404.
 */
export async function findMeetAndGreet(ctx: RequestContext, id: string): Promise<MeetAndGreet> {
  assertCan(ctx.actor, Permission.ReadMeetAndGreets);
  const event = await ctx.em.findOne(MeetAndGreet, { id });
  if (!event) throw notFound({ nl: 'Deze Meet & Greet', en: 'Meet & Greet' });
  if (isEmployerSide(ctx)) {
    const invited = await ctx.em.count(MeetAndGreetEmployer, {
      meetAndGreet: event.id,
      employer: ctx.actor.organisationId,
    });
    if (invited === 0) throw notFound({ nl: 'Deze Meet & Greet', en: 'Meet & Greet' });
  }
  return event;
}

export const scheduleStateOf = (event: MeetAndGreet): 'NONE' | 'PROPOSED' | 'FIXED' =>
  event.status === 'PLANNED' || (event.status === 'CANCELLED' && !event.scheduleFixedAt)
    ? event.scheduleProposedAt
      ? 'PROPOSED'
      : 'NONE'
    : 'FIXED';

/** Only a planned event takes invitations, answers that change the schedule, and shortlist marks. */
export function assertPlanned(event: MeetAndGreet, what: string): void {
  if (event.status !== 'PLANNED') {
    throw new AppError(
      ProblemCode.InvalidTransition,
      say(
        {
          nl: '{what} kan niet meer: het gesprekkenschema ligt al vast of de Meet & Greet is geweest.',
          en: 'Not possible once the schedule is fixed.',
        },
        { what },
      ),
      undefined,
      { status: event.status },
    );
  }
}

export function toEventEmployerView(
  participation: MeetAndGreetEmployer,
  vacancies: readonly MeetAndGreetVacancy[],
): EventEmployerView {
  return {
    meetAndGreetId: participation.meetAndGreet.id,
    employerId: participation.employer.id,
    employerName: participation.employer.name,
    status: participation.status,
    statusLabel: INVITATION_STATUS_LABELS_NL[participation.status],
    tables: participation.tables,
    availableRounds: participation.availableRounds ?? null,
    vacancies: vacancies
      .filter((link) => link.employer.id === participation.employer.id)
      .map((link) => ({
        vacancyId: link.vacancy.id,
        title: link.vacancy.title,
        status: link.vacancy.status,
      })),
    invitedAt: participation.invitedAt.toISOString(),
    respondedAt: participation.respondedAt?.toISOString() ?? null,
    attended: participation.attended ?? null,
    version: participation.version,
  };
}

async function countsOf(
  em: EntityManager,
  event: MeetAndGreet,
): Promise<NonNullable<MeetAndGreetView['counts']>> {
  const [employers, vacancies, participants] = await Promise.all([
    em.find(MeetAndGreetEmployer, { meetAndGreet: event.id }, { fields: ['status'] }),
    em.count(MeetAndGreetVacancy, { meetAndGreet: event.id }),
    em.find(MeetAndGreetParticipant, { meetAndGreet: event.id }, { fields: ['status'] }),
  ]);
  const count = <T extends { status: string }>(items: T[], status: string) =>
    items.filter((item) => item.status === status).length;
  const holding = count(participants, 'INVITED') + count(participants, 'ACCEPTED');
  return {
    employersInvited: employers.length,
    employersAccepted: count(employers, 'ACCEPTED'),
    vacancies,
    jobSeekersInvited: participants.length,
    jobSeekersAccepted: count(participants, 'ACCEPTED'),
    jobSeekersDeclined: count(participants, 'DECLINED'),
    placesLeft: Math.max(0, event.seekerCapacity - holding),
  };
}

export async function toMeetAndGreetView(
  ctx: RequestContext,
  event: MeetAndGreet,
): Promise<MeetAndGreetView> {
  let ownInvitation: EventEmployerView | null = null;
  if (isEmployerSide(ctx)) {
    const participation = await ctx.em.findOne(
      MeetAndGreetEmployer,
      { meetAndGreet: event.id, employer: ctx.actor.organisationId },
      { populate: ['employer'] },
    );
    if (participation) {
      const vacancies = await ctx.em.find(
        MeetAndGreetVacancy,
        { meetAndGreet: event.id, employer: ctx.actor.organisationId },
        { populate: ['vacancy'], orderBy: { addedAt: 'asc', id: 'asc' } },
      );
      ownInvitation = toEventEmployerView(participation, vacancies);
    }
  }
  return {
    id: event.id,
    title: event.title,
    date: event.eventDate,
    dateLabel: dutchDateLabel(event.eventDate),
    startTime: event.startTime,
    place: event.place,
    seekerCapacity: event.seekerCapacity,
    rounds: event.rounds,
    roundMinutes: event.roundMinutes,
    breakMinutes: event.breakMinutes,
    maxConversationsPerSeeker: event.maxConversationsPerSeeker,
    shortlistSize: event.shortlistSize,
    status: event.status,
    statusLabel: MEET_AND_GREET_STATUS_LABELS_NL[event.status],
    scheduleState: scheduleStateOf(event),
    roundTimes: roundTimes(event),
    counts: isEmployerSide(ctx) ? null : await countsOf(ctx.em, event),
    ownInvitation,
    version: event.version,
  };
}

function checkEventInput(input: MeetAndGreetInput, today: string) {
  const errors: FieldError[] = [];
  const maxConversations = input.maxConversationsPerSeeker ?? Math.min(3, input.rounds);
  if (input.date < today)
    errors.push({
      path: ['date'],
      message: say({ nl: 'Deze datum is al voorbij.', en: 'This date has passed.' }),
    });
  if (maxConversations > input.rounds)
    errors.push({
      path: ['maxConversationsPerSeeker'],
      message: say(
        { nl: 'Niet meer gesprekken dan rondes ({rounds}).', en: 'At most one conversation per round.' },
        { rounds: input.rounds },
      ),
    });
  const event = { ...input, breakMinutes: input.breakMinutes };
  if (endOfLastRound(event) > 24 * 60)
    errors.push({
      path: ['rounds'],
      message: say({
        nl: 'De laatste ronde eindigt na middernacht.',
        en: 'The last round would end after midnight.',
      }),
    });
  if (errors.length) throw validationError(errors);
  return maxConversations;
}

export async function createMeetAndGreet(
  ctx: RequestContext,
  input: MeetAndGreetInput,
): Promise<MeetAndGreetView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  const maxConversationsPerSeeker = checkEventInput(input, dutchCalendarDate(ctx.now));
  const event = ctx.em.create(MeetAndGreet, {
    title: input.title,
    eventDate: input.date,
    startTime: input.startTime,
    place: input.place,
    seekerCapacity: input.seekerCapacity,
    rounds: input.rounds,
    roundMinutes: input.roundMinutes,
    breakMinutes: input.breakMinutes,
    maxConversationsPerSeeker,
    shortlistSize: input.shortlistSize,
    status: 'PLANNED',
    scheduleProposedAt: null,
    scheduleFixedAt: null,
    scheduleFixedByUserId: null,
    heldAt: null,
    cancelledAt: null,
    createdByUserId: ctx.actor.userId,
  });
  recordAudit(ctx, { action: 'meet_and_greet.created', entityType: 'meet_and_greet', entityId: event.id });
  await ctx.em.flush();
  return toMeetAndGreetView(ctx, event);
}

/**
 * Changes a planned event. Fewer places than the people invited or coming is refused; a change of
 * rounds or conversations per person drops a proposed schedule (it no longer fits).
 */
export async function updateMeetAndGreet(
  ctx: RequestContext,
  id: string,
  input: UpdateMeetAndGreetInput,
): Promise<MeetAndGreetView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, id);
    assertVersion(event, input.version);
    assertPlanned(event, 'Wijzigen');
    const maxConversationsPerSeeker = checkEventInput(input, dutchCalendarDate(ctx.now));
    const holding = await em.count(MeetAndGreetParticipant, {
      meetAndGreet: event.id,
      status: { $in: ['INVITED', 'ACCEPTED'] },
    });
    if (input.seekerCapacity < holding) {
      throw validationError([
        {
          path: ['seekerCapacity'],
          message: say(
            {
              nl: 'Er zijn al {holding} mensen uitgenodigd of aangemeld.',
              en: '{holding} people are invited or coming already.',
            },
            { holding },
          ),
        },
      ]);
    }
    const proposalNoLongerFits =
      input.rounds !== event.rounds || maxConversationsPerSeeker !== event.maxConversationsPerSeeker;
    if (proposalNoLongerFits && event.scheduleProposedAt) {
      await em.nativeDelete(ScheduledConversation, { meetAndGreet: event.id });
      event.scheduleProposedAt = null;
    }
    if (input.rounds < event.rounds) {
      const participants = await em.find(MeetAndGreetParticipant, { meetAndGreet: event.id });
      const employers = await em.find(MeetAndGreetEmployer, { meetAndGreet: event.id });
      for (const holder of [...participants, ...employers]) {
        if (holder.availableRounds) {
          const kept = holder.availableRounds.filter((round) => round <= input.rounds);
          holder.availableRounds = kept.length > 0 ? kept : null;
        }
      }
    }
    em.assign(event, {
      title: input.title,
      eventDate: input.date,
      startTime: input.startTime,
      place: input.place,
      seekerCapacity: input.seekerCapacity,
      rounds: input.rounds,
      roundMinutes: input.roundMinutes,
      breakMinutes: input.breakMinutes,
      maxConversationsPerSeeker,
      shortlistSize: input.shortlistSize,
    });
    recordAudit(tx, { action: 'meet_and_greet.updated', entityType: 'meet_and_greet', entityId: event.id });
    await em.flush();
    return toMeetAndGreetView(tx, event);
  });
}

/**
 * Cancels a planned event or one whose schedule is fixed (not one that was held). It takes no more
 * invitations, answers or schedule steps; everyone who got an agenda by mail gets its cancellation.
 * Conversations, shortlists and candidacies stay as they are: the pipeline outlives an event.
 */
export async function cancelMeetAndGreet(
  ctx: RequestContext,
  id: string,
  input: CancelMeetAndGreetInput,
): Promise<MeetAndGreetView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, id);
    assertVersion(event, input.version);
    if (event.status === 'HELD' || event.status === 'CANCELLED') {
      throw new AppError(
        ProblemCode.InvalidTransition,
        event.status === 'HELD'
          ? say({ nl: 'Deze Meet & Greet is al geweest.', en: 'This event was held already.' })
          : say({ nl: 'Deze Meet & Greet gaat al niet door.', en: 'This event is cancelled already.' }),
        undefined,
        { status: event.status },
      );
    }
    const hadAgendas = event.status === 'SCHEDULE_FIXED';
    event.status = 'CANCELLED';
    event.cancelledAt = ctx.now;
    if (hadAgendas) await markAgendasChanged(em, event.id, ctx.now);
    recordAudit(tx, {
      action: 'meet_and_greet.cancelled',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['status'],
    });
    await em.flush();
    return toMeetAndGreetView(tx, event);
  });
}

export async function getMeetAndGreet(ctx: RequestContext, id: string): Promise<MeetAndGreetView> {
  return toMeetAndGreetView(ctx, await findMeetAndGreet(ctx, id));
}

export async function listMeetAndGreets(
  ctx: RequestContext,
  query: ListMeetAndGreetsQuery,
): Promise<Page<MeetAndGreetView>> {
  assertCan(ctx.actor, Permission.ReadMeetAndGreets);
  const filter: Record<string, unknown> = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.from ? { eventDate: { $gte: query.from } } : {}),
  };
  if (isEmployerSide(ctx)) {
    const invitations = await ctx.em.find(
      MeetAndGreetEmployer,
      { employer: ctx.actor.organisationId },
      { fields: ['meetAndGreet'] },
    );
    filter.id = { $in: invitations.map((invitation) => invitation.meetAndGreet.id) };
  }
  const page = await findPage(ctx.em, MeetAndGreet, filter, query, { eventDate: 'desc' });
  const items: MeetAndGreetView[] = [];
  for (const event of page.items) items.push(await toMeetAndGreetView(ctx, event));
  return { items, nextCursor: page.nextCursor };
}
