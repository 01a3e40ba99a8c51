import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import {
  contactRoutes,
  invitationStatuses,
  meetAndGreetStatuses,
  shortlistSources,
  wishes,
} from './meet-and-greet-rules';

/**
 * A Meet & Greet: employers and job seekers get acquainted in short conversation rounds. Planned by
 * programme staff; the schedule is proposed, adjusted by hand, then fixed; afterwards it is held.
 */
export const MeetAndGreetSchema = defineEntity({
  name: 'MeetAndGreet',
  tableName: 'meet_and_greet',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    title: p.string().length(200),
    eventDate: p.string().length(10).index(),
    /** HH:MM, local time in Rotterdam. */
    startTime: p.string().length(5),
    place: p.string().length(300),
    /** How many job seekers can come: invited (not yet answered) and accepted people hold a place. */
    seekerCapacity: p.integer(),
    rounds: p.integer(),
    roundMinutes: p.integer(),
    breakMinutes: p.integer(),
    /** K: conversations per person unless their own limit is lower. */
    maxConversationsPerSeeker: p.integer(),
    /** How many candidates the engine puts on each vacancy's shortlist. */
    shortlistSize: p.integer(),
    status: p.enum(meetAndGreetStatuses).index(),
    scheduleProposedAt: p.datetime().nullable(),
    scheduleFixedAt: p.datetime().nullable(),
    scheduleFixedByUserId: p.uuid().nullable(),
    heldAt: p.datetime().nullable(),
    cancelledAt: p.datetime().nullable(),
    createdByUserId: p.uuid(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});
export class MeetAndGreet extends MeetAndGreetSchema.class {}
MeetAndGreetSchema.setClass(MeetAndGreet);

/** An employer invited to a Meet & Greet, and its answer. `tables`: conversations at once per round (M). */
export const MeetAndGreetEmployerSchema = defineEntity({
  name: 'MeetAndGreetEmployer',
  tableName: 'meet_and_greet_employer',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    meetAndGreet: () => p.manyToOne(MeetAndGreet).index(),
    employer: () => p.manyToOne(Organisation).index(),
    status: p.enum(invitationStatuses),
    tables: p.integer(),
    /** Rounds the employer is present; null: all. */
    availableRounds: p.json<number[]>().nullable(),
    attended: p.boolean().nullable(),
    invitedByUserId: p.uuid(),
    invitedAt: p.datetime(),
    respondedByUserId: p.uuid().nullable(),
    respondedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['meetAndGreet', 'employer'] }],
});
export class MeetAndGreetEmployer extends MeetAndGreetEmployerSchema.class {}
MeetAndGreetEmployerSchema.setClass(MeetAndGreetEmployer);

/** An open vacancy an invited employer brings to the Meet & Greet; each gets a shortlist. */
export const MeetAndGreetVacancySchema = defineEntity({
  name: 'MeetAndGreetVacancy',
  tableName: 'meet_and_greet_vacancy',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    meetAndGreet: () => p.manyToOne(MeetAndGreet).index(),
    vacancy: () => p.manyToOne(Vacancy).index(),
    employer: () => p.manyToOne(Organisation),
    addedByUserId: p.uuid(),
    addedAt: p.datetime(),
  },
  uniques: [{ properties: ['meetAndGreet', 'vacancy'] }],
});
export class MeetAndGreetVacancy extends MeetAndGreetVacancySchema.class {}
MeetAndGreetVacancySchema.setClass(MeetAndGreetVacancy);

/**
 * A job seeker invited to a Meet & Greet and their answer, given through their lifecoach. A "no"
 * is kept only as the answer to this invitation: it is read nowhere else.
 */
export const MeetAndGreetParticipantSchema = defineEntity({
  name: 'MeetAndGreetParticipant',
  tableName: 'meet_and_greet_participant',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    meetAndGreet: () => p.manyToOne(MeetAndGreet).index(),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    status: p.enum(invitationStatuses),
    /** How employers may reach the person after the event, once the person agreed to share their profile. */
    contactRoute: p.enum(contactRoutes),
    /** Rounds the person attends; null: all. */
    availableRounds: p.json<number[]>().nullable(),
    /** The person's own limit on conversations, below the event's; null: the event's. */
    maxConversations: p.integer().nullable(),
    attended: p.boolean().nullable(),
    invitedByUserId: p.uuid(),
    invitedAt: p.datetime(),
    respondedByUserId: p.uuid().nullable(),
    respondedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['meetAndGreet', 'jobSeeker'] }],
});
export class MeetAndGreetParticipant extends MeetAndGreetParticipantSchema.class {}
MeetAndGreetParticipantSchema.setClass(MeetAndGreetParticipant);

/**
 * One candidate on a vacancy's shortlist: ranked by the engine, or added by the person's lifecoach
 * with a reason. The employer marks it blind (WANT / MAYBE / NO, a reason from a fixed list); the
 * free-text note and the lifecoach's reason are for the programme only.
 */
export const ShortlistEntrySchema = defineEntity({
  name: 'ShortlistEntry',
  tableName: 'shortlist_entry',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    meetAndGreet: () => p.manyToOne(MeetAndGreet).index(),
    vacancy: () => p.manyToOne(Vacancy).index(),
    employer: () => p.manyToOne(Organisation),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    source: p.enum(shortlistSources),
    /** Place in the engine's ranking among the participants when the shortlist was made. */
    rankAtBuild: p.integer().nullable(),
    addedByUserId: p.uuid(),
    /** Why the lifecoach added this person; programme only. */
    addReason: p.text().nullable(),
    wish: p.enum(wishes).nullable(),
    wishReason: p.string().length(40).nullable(),
    /** The employer's free text with the mark; programme only, never shown to any employer. */
    wishNote: p.text().nullable(),
    markedByUserId: p.uuid().nullable(),
    markedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    version: p.integer().version(),
  },
  uniques: [{ properties: ['meetAndGreet', 'vacancy', 'jobSeeker'] }],
});
export class ShortlistEntry extends ShortlistEntrySchema.class {}
ShortlistEntrySchema.setClass(ShortlistEntry);

/** One conversation of the schedule: this person at this employer's table in this round. */
export const ScheduledConversationSchema = defineEntity({
  name: 'ScheduledConversation',
  tableName: 'meet_and_greet_conversation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    meetAndGreet: () => p.manyToOne(MeetAndGreet).index(),
    employer: () => p.manyToOne(Organisation),
    jobSeeker: () => p.manyToOne(JobSeeker),
    round: p.integer(),
    /**
     * The employer's table (1, 2, …) in this round, given when the schedule is fixed, so a later
     * cancellation moves nobody else to another table. Null while the schedule is only proposed.
     */
    tableNumber: p.integer().nullable(),
    /** Placed or moved by programme staff rather than proposed by the solver. */
    placedByHand: p.boolean(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [
    { properties: ['meetAndGreet', 'jobSeeker', 'round'] },
    { properties: ['meetAndGreet', 'employer', 'jobSeeker'] },
  ],
});
export class ScheduledConversation extends ScheduledConversationSchema.class {}
ScheduledConversationSchema.setClass(ScheduledConversation);
