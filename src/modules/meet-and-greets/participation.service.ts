import { type FilterQuery, LockMode } from '@mikro-orm/core';
import { assertCan, Permission } from '../../access/policy';
import { OrganisationKind, Role } from '../../access/roles';
import type { RequestContext } from '../../http/context';
import { say } from '../../http/messages';
import { assertVersion } from '../../http/optimistic-lock';
import { findPage, type Page } from '../../http/pagination';
import {
  AppError,
  conflict,
  type FieldError,
  notFound,
  ProblemCode,
  validationError,
} from '../../http/problem';
import { recordAudit } from '../audit/audit.service';
import { Candidacy } from '../candidacies/candidacy.entity';
import { applyTransition } from '../candidacies/candidacy-transitions';
import { hasConsent } from '../consents/consent.service';
import { assertTakesPart } from '../erasure/held';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { SEGMENTS_BY_CONTRACT } from '../matching/engine';
import { Organisation } from '../organisations/organisation.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { markAgendasChanged } from './agenda-mail/agenda-change';
import { assertPlanned, findMeetAndGreet, toEventEmployerView } from './event.service';
import { meetAndGreetParticipantScope } from './meet-and-greet.access';
import {
  MeetAndGreet,
  MeetAndGreetEmployer,
  MeetAndGreetParticipant,
  MeetAndGreetVacancy,
  ScheduledConversation,
} from './meet-and-greet.entity';
import type {
  EmployerAnswerInput,
  EventEmployerView,
  InviteEmployerInput,
  JobSeekerAnswerInput,
  ListParticipantsQuery,
  ParticipantView,
} from './meet-and-greet.schemas';
import { INVITATION_STATUS_LABELS_NL } from './meet-and-greet-rules';

// Who comes to a Meet & Greet: employers with their open vacancies, and job seekers. Programme
// staff invite; employers answer for themselves, people through their lifecoach.

/** Locks the event row for the rest of the transaction, so places are counted one at a time. */
async function lockEvent(ctx: RequestContext, id: string): Promise<MeetAndGreet> {
  const event = await findMeetAndGreet(ctx, id);
  await ctx.em.lock(event, LockMode.PESSIMISTIC_WRITE);
  return event;
}

const placesHeld = (ctx: RequestContext, eventId: string) =>
  ctx.em.count(MeetAndGreetParticipant, { meetAndGreet: eventId, status: { $in: ['INVITED', 'ACCEPTED'] } });

function roundsProblem(rounds: readonly number[] | null | undefined, eventRounds: number): string | null {
  if (!rounds) return null;
  if (rounds.some((round) => round > eventRounds))
    return say(
      { nl: 'Deze Meet & Greet heeft {eventRounds} rondes.', en: 'This event has {eventRounds} rounds.' },
      { eventRounds },
    );
  if (new Set(rounds).size !== rounds.length)
    return say({ nl: 'Een ronde staat er twee keer in.', en: 'A round is listed twice.' });
  return null;
}

const sortedRounds = (rounds: readonly number[] | null | undefined) =>
  rounds ? [...rounds].sort((a, b) => a - b) : null;

// ---- employers --------------------------------------------------------------------------------

async function openVacanciesOf(
  ctx: RequestContext,
  employerId: string,
  vacancyIds: readonly string[],
  path: string,
) {
  const vacancies = await ctx.em.find(Vacancy, { id: { $in: [...vacancyIds] } });
  const byId = new Map(vacancies.map((vacancy) => [vacancy.id, vacancy]));
  const errors: FieldError[] = [];
  vacancyIds.forEach((id, index) => {
    const vacancy = byId.get(id);
    const at = vacancyIds.length > 1 || path === 'vacancyIds' ? [path, index] : [path];
    if (!vacancy || vacancy.employer.id !== employerId)
      errors.push({
        path: at,
        message: say({ nl: 'Geen vacature van deze werkgever.', en: 'Not a vacancy of this employer.' }),
      });
    else if (vacancy.status !== 'OPEN')
      errors.push({
        path: at,
        message: say({ nl: 'Alleen open vacatures kunnen mee.', en: 'Only open vacancies can take part.' }),
      });
  });
  if (new Set(vacancyIds).size !== vacancyIds.length)
    errors.push({
      path: [path],
      message: say({ nl: 'Een vacature staat er twee keer in.', en: 'A vacancy is listed twice.' }),
    });
  if (errors.length) throw validationError(errors);
  return vacancyIds.map((id) => byId.get(id) as Vacancy);
}

async function employerView(
  ctx: RequestContext,
  participation: MeetAndGreetEmployer,
): Promise<EventEmployerView> {
  await ctx.em.populate(participation, ['employer']);
  const vacancies = await ctx.em.find(
    MeetAndGreetVacancy,
    { meetAndGreet: participation.meetAndGreet.id, employer: participation.employer.id },
    { populate: ['vacancy'], orderBy: { addedAt: 'asc', id: 'asc' } },
  );
  return toEventEmployerView(participation, vacancies);
}

export async function inviteEmployer(
  ctx: RequestContext,
  eventId: string,
  input: InviteEmployerInput,
): Promise<EventEmployerView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  const event = await findMeetAndGreet(ctx, eventId);
  assertPlanned(event, 'Een werkgever uitnodigen');
  const employer = await ctx.em.findOne(Organisation, {
    id: input.employerId,
    kind: OrganisationKind.Employer,
  });
  if (!employer) {
    throw validationError([
      {
        path: ['employerId'],
        message: say({ nl: 'Dit is geen werkgever in het programma.', en: 'This is not an employer.' }),
      },
    ]);
  }
  const existing = await ctx.em.findOne(MeetAndGreetEmployer, { meetAndGreet: event, employer });
  if (existing) {
    throw new AppError(
      ProblemCode.Duplicate,
      say({
        nl: 'Deze werkgever is al uitgenodigd; voeg vacatures apart toe.',
        en: 'This employer is invited already.',
      }),
    );
  }
  const vacancies = await openVacanciesOf(ctx, employer.id, input.vacancyIds, 'vacancyIds');
  const participation = ctx.em.create(MeetAndGreetEmployer, {
    meetAndGreet: event,
    employer,
    status: 'INVITED',
    tables: input.tables,
    availableRounds: null,
    attended: null,
    invitedByUserId: ctx.actor.userId,
    invitedAt: ctx.now,
    respondedByUserId: null,
    respondedAt: null,
  });
  for (const vacancy of vacancies) {
    ctx.em.create(MeetAndGreetVacancy, {
      meetAndGreet: event,
      vacancy,
      employer,
      addedByUserId: ctx.actor.userId,
      addedAt: ctx.now,
    });
  }
  recordAudit(ctx, {
    action: 'meet_and_greet.employer_invited',
    entityType: 'meet_and_greet',
    entityId: event.id,
    fields: ['employers', 'vacancies'],
  });
  await ctx.em.flush();
  return employerView(ctx, participation);
}

export async function addEventVacancy(
  ctx: RequestContext,
  eventId: string,
  vacancyId: string,
): Promise<EventEmployerView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  const event = await findMeetAndGreet(ctx, eventId);
  assertPlanned(event, 'Een vacature toevoegen');
  const vacancy = await ctx.em.findOne(Vacancy, { id: vacancyId });
  const participation =
    vacancy &&
    (await ctx.em.findOne(MeetAndGreetEmployer, { meetAndGreet: event, employer: vacancy.employer }));
  if (!vacancy || !participation) {
    throw validationError([
      {
        path: ['vacancyId'],
        message: say({
          nl: 'Nodig eerst de werkgever van deze vacature uit.',
          en: 'Invite the vacancy’s employer first.',
        }),
      },
    ]);
  }
  await openVacanciesOf(ctx, vacancy.employer.id, [vacancy.id], 'vacancyId');
  if (await ctx.em.count(MeetAndGreetVacancy, { meetAndGreet: event, vacancy })) {
    throw new AppError(
      ProblemCode.Duplicate,
      say({ nl: 'Deze vacature doet al mee.', en: 'This vacancy takes part already.' }),
    );
  }
  ctx.em.create(MeetAndGreetVacancy, {
    meetAndGreet: event,
    vacancy,
    employer: vacancy.employer,
    addedByUserId: ctx.actor.userId,
    addedAt: ctx.now,
  });
  recordAudit(ctx, {
    action: 'meet_and_greet.vacancy_added',
    entityType: 'meet_and_greet',
    entityId: event.id,
    fields: ['vacancies'],
  });
  await ctx.em.flush();
  return employerView(ctx, participation);
}

/** Programme staff and lifecoaches see every invited employer; an employer only itself. */
export async function listEventEmployers(
  ctx: RequestContext,
  eventId: string,
): Promise<{ items: EventEmployerView[] }> {
  const event = await findMeetAndGreet(ctx, eventId);
  const filter =
    ctx.actor.role === Role.EmployerRecruiter
      ? { meetAndGreet: event.id, employer: ctx.actor.organisationId }
      : { meetAndGreet: event.id };
  const participations = await ctx.em.find(MeetAndGreetEmployer, filter, {
    populate: ['employer'],
    orderBy: { invitedAt: 'asc', id: 'asc' },
  });
  const vacancies = await ctx.em.find(
    MeetAndGreetVacancy,
    { meetAndGreet: event.id },
    { populate: ['vacancy'], orderBy: { addedAt: 'asc', id: 'asc' } },
  );
  return { items: participations.map((participation) => toEventEmployerView(participation, vacancies)) };
}

/**
 * The employer answers for itself (programme staff may record it for them). After the schedule is
 * fixed an employer can still cancel; its conversations are taken off the schedule.
 */
export async function answerForEmployer(
  ctx: RequestContext,
  eventId: string,
  employerId: string,
  input: EmployerAnswerInput,
): Promise<EventEmployerView> {
  assertCan(ctx.actor, Permission.AnswerForEmployer);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await findMeetAndGreet(tx, eventId);
    if (ctx.actor.role === Role.EmployerRecruiter && employerId !== ctx.actor.organisationId)
      throw notFound({ nl: 'Deze uitnodiging', en: 'Invitation' });
    const participation = await em.findOne(MeetAndGreetEmployer, {
      meetAndGreet: event,
      employer: employerId,
    });
    if (!participation) throw notFound({ nl: 'Deze uitnodiging', en: 'Invitation' });
    assertVersion(participation, input.version);
    if (event.status === 'HELD') assertPlanned(event, 'Antwoorden');
    const problem = roundsProblem(input.availableRounds, event.rounds);
    if (problem) throw validationError([{ path: ['availableRounds'], message: problem }]);
    if (input.answer === 'ACCEPT') {
      const changesSchedule =
        participation.status !== 'ACCEPTED' ||
        (input.tables !== undefined && input.tables !== participation.tables) ||
        (input.availableRounds !== undefined &&
          JSON.stringify(sortedRounds(input.availableRounds)) !==
            JSON.stringify(participation.availableRounds ?? null));
      if (changesSchedule) assertPlanned(event, 'Aanmelden of tafels en rondes wijzigen');
      participation.status = 'ACCEPTED';
      if (input.tables !== undefined) participation.tables = input.tables;
      if (input.availableRounds !== undefined)
        participation.availableRounds = sortedRounds(input.availableRounds);
    } else {
      participation.status = 'DECLINED';
      await em.nativeDelete(ScheduledConversation, { meetAndGreet: event.id, employer: employerId });
      // After fixing, the employer's and its conversation partners' agendas change: mail them.
      if (event.status === 'SCHEDULE_FIXED') await markAgendasChanged(em, event.id, ctx.now);
    }
    participation.respondedAt = ctx.now;
    participation.respondedByUserId = ctx.actor.userId;
    recordAudit(tx, {
      action: 'meet_and_greet.employer_answered',
      entityType: 'meet_and_greet',
      entityId: event.id,
      fields: ['status', 'tables', 'availableRounds'],
    });
    await em.flush();
    return employerView(tx, participation);
  });
}

// ---- job seekers ------------------------------------------------------------------------------

export function toParticipantView(participant: MeetAndGreetParticipant): ParticipantView {
  const { jobSeeker } = participant;
  return {
    meetAndGreetId: participant.meetAndGreet.id,
    jobSeekerId: jobSeeker.id,
    fullName: jobSeeker.fullName,
    lifecoach: {
      id: jobSeeker.responsibleLifecoach.id,
      displayName: jobSeeker.responsibleLifecoach.displayName,
    },
    segment: jobSeeker.currentSegment ?? null,
    status: participant.status,
    statusLabel: INVITATION_STATUS_LABELS_NL[participant.status],
    contactRoute: participant.contactRoute,
    availableRounds: participant.availableRounds ?? null,
    maxConversations: participant.maxConversations ?? null,
    invitedAt: participant.invitedAt.toISOString(),
    respondedAt: participant.respondedAt?.toISOString() ?? null,
    attended: participant.attended ?? null,
    version: participant.version,
  };
}

const PARTICIPANT_POPULATE = ['jobSeeker', 'jobSeeker.responsibleLifecoach'] as const;

/** Whether the event has places open to someone in segment LATER (learn-work places, internships). */
async function hasPlacesForLater(ctx: RequestContext, event: MeetAndGreet): Promise<boolean> {
  const links = await ctx.em.find(MeetAndGreetVacancy, { meetAndGreet: event }, { populate: ['vacancy'] });
  return links.some((link) => SEGMENTS_BY_CONTRACT[link.vacancy.contractType].includes('LATER'));
}

/**
 * Programme staff invite a person: READY, or LATER when the event has learn-work places, and only
 * with their consent to attend. Someone who said no to this event is not asked again.
 */
export async function inviteJobSeeker(
  ctx: RequestContext,
  eventId: string,
  jobSeekerId: string,
): Promise<ParticipantView> {
  assertCan(ctx.actor, Permission.ManageMeetAndGreets);
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await lockEvent(tx, eventId);
    assertPlanned(event, 'Iemand uitnodigen');
    const jobSeeker = await em.findOne(JobSeeker, { id: jobSeekerId });
    if (!jobSeeker) {
      throw validationError([
        { path: ['jobSeekerId'], message: say({ nl: 'Deze persoon bestaat niet.', en: 'No such person.' }) },
      ]);
    }
    await assertTakesPart(em, jobSeeker.id);
    const existing = await em.findOne(MeetAndGreetParticipant, { meetAndGreet: event, jobSeeker });
    if (existing?.status === 'DECLINED') {
      throw conflict(
        say({
          nl: 'Deze persoon heeft al laten weten niet te komen. Vraag het niet opnieuw; de persoon of de lifecoach kan het antwoord zelf veranderen.',
          en: 'This person declined this event.',
        }),
        { reason: 'DECLINED_THIS_EVENT' },
      );
    }
    if (existing) {
      throw new AppError(
        ProblemCode.Duplicate,
        say({ nl: 'Deze persoon is al uitgenodigd.', en: 'This person is invited already.' }),
      );
    }
    if (!(await hasConsent(em, jobSeeker.id, 'MEET_AND_GREET'))) {
      throw validationError([
        {
          path: ['jobSeekerId'],
          message: say({
            nl: 'Deze persoon heeft (nog) geen toestemming gegeven om naar een Meet & Greet te gaan. De lifecoach kan het vragen.',
            en: 'No consent to attend a Meet & Greet.',
          }),
        },
      ]);
    }
    const segment = jobSeeker.currentSegment ?? null;
    if (segment !== 'READY' && !(segment === 'LATER' && (await hasPlacesForLater(tx, event)))) {
      throw validationError([
        {
          path: ['jobSeekerId'],
          message:
            segment === 'LATER'
              ? say({
                  nl: 'Voor iemand die op termijn kan werken, heeft deze Meet & Greet geen leer-werkplekken.',
                  en: 'No learn-work places at this event for segment LATER.',
                })
              : say({
                  nl: 'Een Meet & Greet is voor wie klaar is voor werk (of op termijn, voor leer-werkplekken).',
                  en: 'Meet & Greets are for segment READY (LATER for learn-work places).',
                }),
        },
      ]);
    }
    const held = await placesHeld(tx, event.id);
    if (held >= event.seekerCapacity) {
      throw conflict(
        say(
          { nl: 'Deze Meet & Greet is vol ({seekerCapacity} plaatsen).', en: 'This event is full.' },
          { seekerCapacity: event.seekerCapacity },
        ),
        {
          capacity: event.seekerCapacity,
          placesHeld: held,
        },
      );
    }
    const participant = em.create(MeetAndGreetParticipant, {
      meetAndGreet: event,
      jobSeeker,
      status: 'INVITED',
      contactRoute: 'VIA_LIFECOACH',
      availableRounds: null,
      maxConversations: null,
      attended: null,
      invitedByUserId: ctx.actor.userId,
      invitedAt: ctx.now,
      respondedByUserId: null,
      respondedAt: null,
    });
    recordAudit(tx, {
      action: 'meet_and_greet.job_seeker_invited',
      entityType: 'meet_and_greet',
      entityId: event.id,
      subjectId: jobSeeker.id,
    });
    await em.flush();
    await em.populate(participant, PARTICIPANT_POPULATE);
    return toParticipantView(participant);
  });
}

/** Programme staff see everyone invited; a lifecoach the people of their caseload. Audited per person. */
export async function listParticipants(
  ctx: RequestContext,
  eventId: string,
  query: ListParticipantsQuery,
): Promise<Page<ParticipantView>> {
  assertCan(ctx.actor, Permission.AnswerForJobSeeker);
  const event = await findMeetAndGreet(ctx, eventId);
  const page = await findPage(
    ctx.em,
    MeetAndGreetParticipant,
    {
      $and: [
        { meetAndGreet: event.id, ...(query.status ? { status: query.status } : {}) },
        meetAndGreetParticipantScope(ctx.actor),
      ],
    },
    query,
    { invitedAt: 'asc' },
  );
  await ctx.em.populate(page.items, PARTICIPANT_POPULATE);
  for (const participant of page.items) {
    recordAudit(ctx, {
      action: 'meet_and_greet_participant.listed',
      entityType: 'meet_and_greet',
      entityId: event.id,
      subjectId: participant.jobSeeker.id,
    });
  }
  await ctx.em.flush();
  return { items: page.items.map(toParticipantView), nextCursor: page.nextCursor };
}

/**
 * The person's answer, recorded by their lifecoach (or programme staff). "No" has no effect on the
 * person's record or matching: the candidacies this event started are withdrawn with the neutral
 * reason NOT_ATTENDING, and their place is free again. A person may change their mind while the
 * event is planned, as long as there is a place.
 */
export async function answerForJobSeeker(
  ctx: RequestContext,
  eventId: string,
  jobSeekerId: string,
  input: JobSeekerAnswerInput,
): Promise<ParticipantView> {
  assertCan(ctx.actor, Permission.AnswerForJobSeeker);
  return answerInvitation(
    ctx,
    (tx) => lockEvent(tx, eventId),
    { $and: [{ jobSeeker: jobSeekerId }, meetAndGreetParticipantScope(ctx.actor)] },
    input,
  );
}

/**
 * The person answers their own invitation (from "Mijn gegevens" or /api/me): yes, or no without a
 * reason. The same rules as an answer through the lifecoach; a no takes the person off this event
 * only. The contact route stays what it was (via the lifecoach unless the lifecoach recorded another).
 */
export async function answerOwnInvitation(
  ctx: RequestContext,
  eventId: string,
  input: { answer: 'ACCEPT' | 'DECLINE'; version: number },
): Promise<ParticipantView> {
  assertCan(ctx.actor, Permission.AnswerOwnInvitations);
  const own = { jobSeeker: ctx.actor.jobSeekerId ?? '' };
  // The person reads no event but their own: the invitation is looked up first, then the event locked.
  const lockOwnEvent = async (tx: RequestContext) => {
    const invited = await tx.em.findOne(MeetAndGreetParticipant, { ...own, meetAndGreet: eventId });
    if (!invited) throw notFound({ nl: 'Deze uitnodiging', en: 'Invitation' });
    const event = await tx.em.findOneOrFail(MeetAndGreet, { id: eventId });
    await tx.em.lock(event, LockMode.PESSIMISTIC_WRITE);
    return event;
  };
  return answerInvitation(ctx, lockOwnEvent, own, input);
}

async function answerInvitation(
  ctx: RequestContext,
  lockTheEvent: (tx: RequestContext) => Promise<MeetAndGreet>,
  participantScope: FilterQuery<MeetAndGreetParticipant>,
  input: JobSeekerAnswerInput,
): Promise<ParticipantView> {
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    const event = await lockTheEvent(tx);
    const participant = await em.findOne(
      MeetAndGreetParticipant,
      { $and: [{ meetAndGreet: event.id }, participantScope] },
      { populate: PARTICIPANT_POPULATE },
    );
    if (!participant) throw notFound({ nl: 'Deze uitnodiging', en: 'Invitation' });
    assertVersion(participant, input.version);
    if (event.status === 'HELD') assertPlanned(event, 'Antwoorden');
    if (input.answer === 'ACCEPT') await accept(tx, event, participant, input);
    else await decline(tx, event, participant);
    participant.respondedAt = ctx.now;
    participant.respondedByUserId = ctx.actor.userId;
    recordAudit(tx, {
      action: 'meet_and_greet.job_seeker_answered',
      entityType: 'meet_and_greet',
      entityId: event.id,
      subjectId: participant.jobSeeker.id,
      fields: ['status', 'contactRoute', 'availableRounds', 'maxConversations'],
    });
    await em.flush();
    return toParticipantView(participant);
  });
}

async function accept(
  ctx: RequestContext,
  event: MeetAndGreet,
  participant: MeetAndGreetParticipant,
  input: JobSeekerAnswerInput,
) {
  const errors: FieldError[] = [];
  const problem = roundsProblem(input.availableRounds, event.rounds);
  if (problem) errors.push({ path: ['availableRounds'], message: problem });
  if (input.maxConversations && input.maxConversations > event.maxConversationsPerSeeker)
    errors.push({
      path: ['maxConversations'],
      message: say(
        {
          nl: 'Bij deze Meet & Greet zijn het er hoogstens {maxConversationsPerSeeker}.',
          en: 'At most {maxConversationsPerSeeker}.',
        },
        { maxConversationsPerSeeker: event.maxConversationsPerSeeker },
      ),
    });
  if (input.contactRoute === 'EMAIL' && !participant.jobSeeker.email)
    errors.push({
      path: ['contactRoute'],
      message: say({
        nl: 'Er staat geen e-mailadres van deze persoon genoteerd.',
        en: 'No email address on record.',
      }),
    });
  if (errors.length) throw validationError(errors);
  if (!(await hasConsent(ctx.em, participant.jobSeeker.id, 'MEET_AND_GREET'))) {
    throw validationError([
      {
        path: ['answer'],
        message: say({
          nl: 'De toestemming om naar een Meet & Greet te gaan is ingetrokken. Leg eerst opnieuw toestemming vast.',
          en: 'Consent to attend was withdrawn.',
        }),
      },
    ]);
  }
  const rounds =
    input.availableRounds === undefined
      ? (participant.availableRounds ?? null)
      : sortedRounds(input.availableRounds);
  const limit =
    input.maxConversations === undefined ? (participant.maxConversations ?? null) : input.maxConversations;
  const changesSchedule =
    participant.status !== 'ACCEPTED' ||
    JSON.stringify(rounds) !== JSON.stringify(participant.availableRounds ?? null) ||
    limit !== (participant.maxConversations ?? null);
  if (changesSchedule) assertPlanned(event, 'Aanmelden of rondes wijzigen');
  if (participant.status === 'DECLINED') {
    const held = await placesHeld(ctx, event.id);
    if (held >= event.seekerCapacity)
      throw conflict(
        say(
          {
            nl: 'Deze Meet & Greet is inmiddels vol ({seekerCapacity} plaatsen).',
            en: 'This event is full.',
          },
          { seekerCapacity: event.seekerCapacity },
        ),
        {
          capacity: event.seekerCapacity,
        },
      );
  }
  participant.status = 'ACCEPTED';
  participant.availableRounds = rounds;
  participant.maxConversations = limit;
  if (input.contactRoute) participant.contactRoute = input.contactRoute;
}

async function decline(ctx: RequestContext, event: MeetAndGreet, participant: MeetAndGreetParticipant) {
  participant.status = 'DECLINED';
  await ctx.em.nativeDelete(ScheduledConversation, {
    meetAndGreet: event.id,
    jobSeeker: participant.jobSeeker.id,
  });
  // After fixing, the person's and their employers' agendas change: mail them.
  if (event.status === 'SCHEDULE_FIXED') await markAgendasChanged(ctx.em, event.id, ctx.now);
  const started = await ctx.em.find(Candidacy, {
    meetAndGreet: event.id,
    jobSeeker: participant.jobSeeker.id,
    status: 'PROPOSED',
  });
  for (const candidacy of started) {
    await applyTransition(ctx, candidacy, 'WITHDRAWN', { mover: 'SYSTEM', reasonCode: 'NOT_ATTENDING' });
  }
}
