import { defineEntity, p } from '@mikro-orm/core';

/** What a recipient's calendar last got from us: the agenda (REQUEST) or its cancellation (CANCEL). */
export const agendaMailMethods = ['REQUEST', 'CANCEL'] as const;
export type AgendaMailMethod = (typeof agendaMailMethods)[number];

export const agendaRecipientKinds = ['EMPLOYER_USER', 'JOB_SEEKER'] as const;
export type AgendaRecipientKind = (typeof agendaRecipientKinds)[number];

/**
 * The agenda one recipient of a Meet & Greet was sent: an employer's recruiter, or a person. Keeps
 * the calendar entry's UID and SEQUENCE, whether it was the agenda or its cancellation, a
 * fingerprint of what the agenda said (a change sends an update, the same agenda nothing) and the
 * outbox mail that carried it (its delivery state is the outbox's).
 */
export const MeetAndGreetAgendaMailSchema = defineEntity({
  name: 'MeetAndGreetAgendaMail',
  tableName: 'meet_and_greet_agenda_mail',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    meetAndGreetId: p.uuid().index(),
    /** `user:<id>` for an employer's recruiter, `person:<id>` for a job seeker. */
    recipientKey: p.string().length(60),
    recipientKind: p.enum(agendaRecipientKinds),
    recipientUserId: p.uuid().nullable(),
    jobSeekerId: p.uuid().nullable(),
    employerId: p.uuid().nullable(),
    toAddress: p.string().length(320),
    uid: p.string().length(200),
    sequence: p.integer(),
    method: p.enum(agendaMailMethods),
    /** SHA-256 of the agenda's times, place and lines: the same fingerprint needs no new mail. */
    contentHash: p.string().length(64),
    mailDeliveryId: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  uniques: [{ properties: ['meetAndGreetId', 'recipientKey'] }],
});
export class MeetAndGreetAgendaMail extends MeetAndGreetAgendaMailSchema.class {}
MeetAndGreetAgendaMailSchema.setClass(MeetAndGreetAgendaMail);

/**
 * A Meet & Greet whose agendas may have changed (schedule fixed, someone cancelled, the event
 * cancelled), written in the same transaction as the change. The agenda job sends what changed and
 * removes the mark — unless a newer change moved `changedAt` on in the meantime.
 */
export const MeetAndGreetAgendaChangeSchema = defineEntity({
  name: 'MeetAndGreetAgendaChange',
  tableName: 'meet_and_greet_agenda_change',
  properties: {
    meetAndGreetId: p.uuid().primary(),
    changedAt: p.datetime(),
  },
});
export class MeetAndGreetAgendaChange extends MeetAndGreetAgendaChangeSchema.class {}
MeetAndGreetAgendaChangeSchema.setClass(MeetAndGreetAgendaChange);
