import type { EntityManager } from '@mikro-orm/core';
import { Role } from '../../../access/roles';
import { rawQuery } from '../../../db/raw-query';
import { recordSystemAudit } from '../../audit/audit.service';
import { jobContext } from '../../jobs/job-context';
import type { JobDependencies } from '../../jobs/job-dependencies';
import type { JobSummary } from '../../jobs/run-job';
import { deliverDueMail, queueMail } from '../../mail/outbox.service';
import type { MatchingDependencies } from '../../matching/matching.service';
import { usersWithout } from '../../notifications/notification-settings.service';
import { mailLinkKey, unsubscribeHeaders, unsubscribeToken } from '../../notifications/unsubscribe-token';
import { Organisation } from '../../organisations/organisation.entity';
import { User } from '../../users/user.entity';
import {
  MeetAndGreet,
  MeetAndGreetEmployer,
  MeetAndGreetParticipant,
  ScheduledConversation,
  ShortlistEntry,
} from '../meet-and-greet.entity';
import { dutchDateLabel, endOfLastRound, roundTimes } from '../meet-and-greet-rules';
import { getEmployerAgenda, tablesOf } from '../schedule.service';
import {
  type AgendaMailMethod,
  type AgendaRecipientKind,
  MeetAndGreetAgendaMail,
} from './agenda-mail.entity';
import {
  type AgendaAudience,
  agendaFingerprint,
  agendaMail,
  employerAgendaLines,
  personAgendaLines,
  type RecipientAgenda,
} from './agenda-mail-content';

// Agenda mails of a Meet & Greet. A verb that changes what someone's agenda says (fixing the
// schedule, an employer or person cancelling afterwards, cancelling the event) marks the event in
// the same transaction (markAgendasChanged); the `meet-and-greet-agendas` job compares each
// recipient's agenda with what it last sent them and queues, through the outbox, the agenda
// (SEQUENCE 0), an update (same UID, SEQUENCE + 1) or a cancellation (METHOD:CANCEL, same UID).
// Each mail's outbox key carries the recipient and the SEQUENCE, so none is ever queued twice.

/** The calendar entry's UID: one per event and employer (also the download's), one per event and person. */
export const agendaUid = (eventId: string, recipient: { employerId?: string; jobSeekerId?: string }) =>
  recipient.employerId
    ? `meet-and-greet-${eventId}-employer-${recipient.employerId}@warmrotterdamwerkt`
    : `meet-and-greet-${eventId}-person-${recipient.jobSeekerId}@warmrotterdamwerkt`;

type WantedAgenda = {
  key: string;
  kind: AgendaRecipientKind;
  to: string;
  /** The user whose settings count and who can unsubscribe: a recruiter, or the person's own account. */
  userId: string | null;
  jobSeekerId: string | null;
  employerId: string | null;
  employerName: string | null;
  agenda: RecipientAgenda;
};

export type AgendaSyncSummary = {
  agendas: number;
  updates: number;
  cancellations: number;
  unchanged: number;
  optedOut: number;
};

const deliverable = (address: string | null | undefined): address is string =>
  Boolean(address) && !(address as string).toLowerCase().endsWith('.invalid');

/** Who should have which agenda now: employers' recruiters and people with a conversation and an address. */
async function wantedAgendas(
  em: EntityManager,
  event: MeetAndGreet,
  matching: MatchingDependencies,
  now: Date,
): Promise<WantedAgenda[]> {
  const ctx = jobContext(em, now, `job:meet-and-greet-agendas:${event.id}`);
  const conversations = await em.find(
    ScheduledConversation,
    { meetAndGreet: event.id },
    { populate: ['employer', 'jobSeeker'], orderBy: { round: 'asc', id: 'asc' } },
  );
  const base = { title: event.title, place: event.place, eventDate: event.eventDate };
  const dateLabel = dutchDateLabel(event.eventDate);
  const wanted: WantedAgenda[] = [];

  // Employers: the same list (and the same candidate codes) as the printed list and the download.
  const employerIds = [...new Set(conversations.map((c) => c.employer.id))];
  const hosting = await em.find(
    MeetAndGreetEmployer,
    { meetAndGreet: event.id, status: 'ACCEPTED', employer: { $in: employerIds } },
    { populate: ['employer'], orderBy: { employer: { name: 'asc' } } },
  );
  for (const participation of hosting) {
    const employerId = participation.employer.id;
    const view = await getEmployerAgenda(ctx, event.id, employerId, matching);
    const first = view.rows[0];
    const last = view.rows.at(-1);
    if (!first || !last) continue;
    const agenda: RecipientAgenda = {
      ...base,
      dateLabel,
      startTime: first.startTime,
      endTime: last.endTime,
      lines: employerAgendaLines(view.rows),
    };
    const recruiters = await em.find(
      User,
      { organisation: employerId, role: Role.EmployerRecruiter, active: true },
      { orderBy: { id: 'asc' } },
    );
    for (const recruiter of recruiters) {
      if (!deliverable(recruiter.email)) continue;
      wanted.push({
        key: `user:${recruiter.id}`,
        kind: 'EMPLOYER_USER',
        to: recruiter.email,
        userId: recruiter.id,
        jobSeekerId: null,
        employerId,
        employerName: participation.employer.name,
        agenda,
      });
    }
  }

  // People: their conversations with the employer's name, its table and vacancies.
  const tableOf = tablesOf(conversations);
  const personIds = [...new Set(conversations.map((c) => c.jobSeeker.id))];
  const [coming, entries, accounts] = await Promise.all([
    em.find(
      MeetAndGreetParticipant,
      { meetAndGreet: event.id, status: 'ACCEPTED', jobSeeker: { $in: personIds } },
      { populate: ['jobSeeker'], orderBy: { jobSeeker: { id: 'asc' } } },
    ),
    em.find(
      ShortlistEntry,
      { meetAndGreet: event.id, jobSeeker: { $in: personIds } },
      { populate: ['vacancy'], orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    em.find(User, { jobSeeker: { $in: personIds }, role: Role.JobSeeker, active: true }),
  ]);
  const accountOf = new Map(accounts.map((account) => [account.jobSeeker?.id as string, account.id]));
  const times = roundTimes(event);
  for (const participant of coming) {
    const person = participant.jobSeeker;
    if (!deliverable(person.email)) continue;
    const rows = conversations
      .filter((c) => c.jobSeeker.id === person.id)
      .map((c) => ({
        round: c.round,
        startTime: times[c.round - 1]?.startTime ?? '',
        endTime: times[c.round - 1]?.endTime ?? '',
        employerName: c.employer.name,
        table: tableOf.get(c.id) ?? 1,
        vacancyTitles: entries
          .filter((entry) => entry.jobSeeker.id === person.id && entry.employer.id === c.employer.id)
          .map((entry) => entry.vacancy.title),
      }));
    const first = rows[0];
    const last = rows.at(-1);
    if (!first || !last) continue;
    wanted.push({
      key: `person:${person.id}`,
      kind: 'JOB_SEEKER',
      to: person.email,
      userId: accountOf.get(person.id) ?? null,
      jobSeekerId: person.id,
      employerId: null,
      employerName: null,
      agenda: {
        ...base,
        dateLabel,
        startTime: first.startTime,
        endTime: last.endTime,
        lines: personAgendaLines(rows),
      },
    });
  }
  return wanted;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Brings every recipient's calendar in line with the event as it is now: the agenda to whoever has
 * none yet, an update where it changed, a cancellation to whoever no longer has conversations (or
 * everyone, when the event is cancelled). Someone who turned Meet & Greet mails off gets none.
 */
export async function syncAgendaMails(
  deps: JobDependencies,
  matching: MatchingDependencies,
  eventId: string,
  now: Date,
): Promise<AgendaSyncSummary> {
  const summary: AgendaSyncSummary = { agendas: 0, updates: 0, cancellations: 0, unchanged: 0, optedOut: 0 };
  const em = deps.orm.em.fork();
  const event = await em.findOne(MeetAndGreet, { id: eventId });
  // Before the schedule is fixed there is no agenda; after the event, nothing changes any more.
  if (!event || event.status === 'PLANNED' || event.status === 'HELD') return summary;

  const wanted = event.status === 'SCHEDULE_FIXED' ? await wantedAgendas(em, event, matching, now) : [];
  const sent = await em.find(MeetAndGreetAgendaMail, { meetAndGreetId: event.id });
  const sentByKey = new Map(sent.map((row) => [row.recipientKey, row]));
  const wantedKeys = new Set(wanted.map((want) => want.key));
  const users = [...wanted.map((w) => w.userId), ...sent.map((row) => row.recipientUserId)].filter(
    (id): id is string => Boolean(id),
  );
  const optedOut = await usersWithout(em, [...new Set(users)], 'meetAndGreet');
  const key = await mailLinkKey(em, deps.mailLinkSecret);
  const baseUrl = deps.publicBaseUrl();

  const send = async (mail: {
    key: string;
    kind: AgendaRecipientKind;
    to: string;
    userId: string | null;
    jobSeekerId: string | null;
    employerId: string | null;
    employerName: string | null;
    method: AgendaMailMethod;
    sequence: number;
    agenda: RecipientAgenda;
    previous: MeetAndGreetAgendaMail | undefined;
  }) => {
    const audience: AgendaAudience = mail.kind === 'EMPLOYER_USER' ? 'EMPLOYER' : 'PERSON';
    const uid = agendaUid(event.id, {
      ...(mail.employerId ? { employerId: mail.employerId } : {}),
      ...(mail.jobSeekerId ? { jobSeekerId: mail.jobSeekerId } : {}),
    });
    const unsubscribeUrl = mail.userId
      ? `${baseUrl}/afmelden?code=${await unsubscribeToken(key, mail.userId, 'meetAndGreet')}`
      : null;
    const content = agendaMail({
      audience,
      method: mail.method,
      uid,
      sequence: mail.sequence,
      cancelledBecause: event.status === 'CANCELLED' ? 'EVENT' : 'RECIPIENT',
      agenda: mail.agenda,
      ...(mail.employerName ? { employerName: mail.employerName } : {}),
      links: {
        webUrl:
          audience === 'EMPLOYER'
            ? mail.method === 'REQUEST'
              ? `${baseUrl}/agenda/meet-and-greets/${event.id}.ics`
              : null
            : mail.userId
              ? `${baseUrl}/mijn-gegevens`
              : null,
        settingsUrl: mail.userId ? `${baseUrl}/instellingen` : null,
        unsubscribeUrl,
      },
      now,
    });
    const contentHash = await agendaFingerprint(mail.agenda);
    await em.transactional(async (tx) => {
      const deliveryId = await queueMail(
        tx,
        {
          dedupeKey: `meet-and-greet:${event.id}:${mail.key}:${mail.sequence}`,
          kind: 'MEET_AND_GREET',
          recipientUserId: mail.kind === 'EMPLOYER_USER' ? mail.userId : null,
          to: mail.to,
          subject: content.subject,
          text: content.text,
          html: content.html,
          attachments: content.attachments,
          headers: unsubscribeUrl ? unsubscribeHeaders(unsubscribeUrl) : {},
        },
        now,
      );
      if (!deliveryId) return;
      const row = mail.previous ? tx.merge(mail.previous) : null;
      const fields = {
        recipientKind: mail.kind,
        recipientUserId: mail.userId,
        jobSeekerId: mail.jobSeekerId,
        employerId: mail.employerId,
        toAddress: mail.to,
        uid,
        sequence: mail.sequence,
        method: mail.method,
        contentHash,
        mailDeliveryId: deliveryId,
        updatedAt: now,
      };
      if (row) tx.assign(row, fields);
      else
        tx.create(MeetAndGreetAgendaMail, {
          meetAndGreetId: event.id,
          recipientKey: mail.key,
          createdAt: now,
          ...fields,
        });
      recordSystemAudit(
        tx,
        {
          action:
            mail.method === 'CANCEL' ? 'meet_and_greet_agenda.cancel_mailed' : 'meet_and_greet_agenda.mailed',
          entityType: 'meet_and_greet',
          entityId: event.id,
          ...(mail.jobSeekerId ? { subjectId: mail.jobSeekerId } : {}),
          fields: [audience === 'EMPLOYER' ? 'employerAgenda' : 'personAgenda'],
        },
        now,
        `job:meet-and-greet-agendas:${event.id}`,
      );
      await tx.flush();
    });
    if (mail.method === 'CANCEL') summary.cancellations++;
    else if (mail.sequence > 0) summary.updates++;
    else summary.agendas++;
  };

  for (const want of wanted) {
    if (want.userId && optedOut.has(want.userId)) {
      summary.optedOut++;
      continue;
    }
    const previous = sentByKey.get(want.key);
    const hash = await agendaFingerprint(want.agenda);
    if (previous?.method === 'REQUEST' && previous.contentHash === hash && previous.toAddress === want.to) {
      summary.unchanged++;
      continue;
    }
    await send({ ...want, method: 'REQUEST', sequence: previous ? previous.sequence + 1 : 0, previous });
  }

  // Whoever had an agenda and has none any more gets its cancellation, with the event's times.
  const employerNames = new Map(
    (
      await em.find(Organisation, {
        id: { $in: sent.map((row) => row.employerId).filter((id): id is string => Boolean(id)) },
      })
    ).map((organisation) => [organisation.id, organisation.name]),
  );
  const eventAgenda: RecipientAgenda = {
    title: event.title,
    place: event.place,
    eventDate: event.eventDate,
    dateLabel: dutchDateLabel(event.eventDate),
    startTime: event.startTime,
    endTime: clock(endOfLastRound(event)),
    lines: [],
  };
  for (const previous of sent) {
    if (wantedKeys.has(previous.recipientKey) || previous.method === 'CANCEL') continue;
    if (previous.recipientUserId && optedOut.has(previous.recipientUserId)) {
      summary.optedOut++;
      continue;
    }
    await send({
      key: previous.recipientKey,
      kind: previous.recipientKind,
      to: previous.toAddress,
      userId: previous.recipientUserId ?? null,
      jobSeekerId: previous.jobSeekerId ?? null,
      employerId: previous.employerId ?? null,
      employerName: previous.employerId ? (employerNames.get(previous.employerId) ?? null) : null,
      method: 'CANCEL',
      sequence: previous.sequence + 1,
      agenda: eventAgenda,
      previous,
    });
  }
  return summary;
}

/**
 * The `meet-and-greet-agendas` job: sends the agenda mails of every Meet & Greet marked as changed,
 * then delivers what waits in the outbox. A change made while it runs keeps its mark for the next run.
 */
export async function sendMeetAndGreetAgendas(deps: JobDependencies, now: Date): Promise<JobSummary> {
  if (!deps.meetAndGreets) throw new Error('The agenda job needs the matching index (meetAndGreets)');
  const em = deps.orm.em.fork();
  const changes = await rawQuery<{ meet_and_greet_id: string; changed_at: string }>(
    em,
    'select meet_and_greet_id, changed_at::text as changed_at from meet_and_greet_agenda_change order by changed_at',
  );
  const total: JobSummary = {
    events: 0,
    agendas: 0,
    updates: 0,
    cancellations: 0,
    unchanged: 0,
    optedOut: 0,
  };
  if (changes.length > 0) {
    const matching = await deps.meetAndGreets();
    for (const change of changes) {
      const summary = await syncAgendaMails(deps, matching, change.meet_and_greet_id, now);
      for (const [name, count] of Object.entries(summary)) total[name] = (total[name] ?? 0) + count;
      total.events = (total.events ?? 0) + 1;
      await rawQuery(
        em,
        'delete from meet_and_greet_agenda_change where meet_and_greet_id = ? and changed_at = ?::timestamptz',
        [change.meet_and_greet_id, change.changed_at],
      );
    }
  }
  const delivered = await deliverDueMail(em, deps.mail, now, deps.retry);
  return { ...total, ...delivered };
}
