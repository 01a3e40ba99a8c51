import { defineEntity, p } from '@mikro-orm/core';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { MeetAndGreet } from '../meet-and-greets/meet-and-greet.entity';
import { contactRoutes } from '../meet-and-greets/meet-and-greet-rules';
import { Organisation } from '../organisations/organisation.entity';
import { Vacancy } from '../vacancies/vacancy.entity';
import { candidacyStatuses, movers, OPEN_CANDIDACY_STATUSES } from './candidacy-rules';

/**
 * A person × vacancy in the hiring pipeline (candidacy-rules.ts). `employer` is the vacancy's
 * organisation, copied so every query can be scoped to it; `meetAndGreet` is where it started.
 * `lastMovedAt` is the last step, for the list of candidacies that stand still.
 */
export const CandidacySchema = defineEntity({
  name: 'Candidacy',
  tableName: 'candidacy',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    jobSeeker: () => p.manyToOne(JobSeeker).index(),
    vacancy: () => p.manyToOne(Vacancy).index(),
    employer: () => p.manyToOne(Organisation).index(),
    meetAndGreet: () => p.manyToOne(MeetAndGreet).nullable().index(),
    status: p.enum(candidacyStatuses).index(),
    /** The reason code of the latest step, when it had one. */
    reasonCode: p.string().length(40).nullable(),
    lastMovedAt: p.datetime().index(),
    /** When the person said yes to this match themselves (a no is the step DECLINED_BY_PERSON). */
    personAgreedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
  // One open candidacy per person and vacancy, even with simultaneous requests.
  uniques: [
    {
      name: 'candidacy_one_open',
      properties: ['jobSeeker', 'vacancy'],
      where: { status: { $in: [...OPEN_CANDIDACY_STATUSES] } },
    },
  ],
});
export class Candidacy extends CandidacySchema.class {}
CandidacySchema.setClass(Candidacy);

/** One step of a candidacy: who, when, why. Never changed. The note is for the programme only. */
export const CandidacyTransitionSchema = defineEntity({
  name: 'CandidacyTransition',
  tableName: 'candidacy_transition',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    candidacy: () => p.manyToOne(Candidacy).index(),
    fromStatus: p.enum(candidacyStatuses).nullable(),
    toStatus: p.enum(candidacyStatuses).index(),
    reasonCode: p.string().length(40).nullable(),
    note: p.text().nullable(),
    mover: p.enum(movers),
    /** The user who took the step or caused it (null only for steps outside a request). */
    actorUserId: p.uuid().nullable(),
    actorOrganisationId: p.uuid().nullable(),
    occurredAt: p.datetime().index(),
  },
});
export class CandidacyTransition extends CandidacyTransitionSchema.class {}
CandidacyTransitionSchema.setClass(CandidacyTransition);

export const interviewInvitationStatuses = ['WAITING_FOR_CONSENT', 'SHARED', 'CLOSED'] as const;
export type InterviewInvitationStatus = (typeof interviewInvitationStatuses)[number];

/**
 * An employer's invitation to a job interview. The employer learns who the person is only once the
 * person agreed to share their profile with this employer: until then it waits for the lifecoach.
 */
export const InterviewInvitationSchema = defineEntity({
  name: 'InterviewInvitation',
  tableName: 'interview_invitation',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    candidacy: () => p.manyToOne(Candidacy).unique(),
    employer: () => p.manyToOne(Organisation).index(),
    status: p.enum(interviewInvitationStatuses).index(),
    /** From the employer to the person (via the lifecoach): when and where, in plain Dutch. */
    message: p.text().nullable(),
    contactRoute: p.enum(contactRoutes).nullable(),
    invitedByUserId: p.uuid(),
    invitedAt: p.datetime(),
    sharedByUserId: p.uuid().nullable(),
    sharedAt: p.datetime().nullable(),
    closedAt: p.datetime().nullable(),
    version: p.integer().version(),
  },
});
export class InterviewInvitation extends InterviewInvitationSchema.class {}
InterviewInvitationSchema.setClass(InterviewInvitation);
