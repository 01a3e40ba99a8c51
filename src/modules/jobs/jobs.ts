import { runDataRetention } from '../erasure/retention.service';
import { deliverDueMail, hasDueMail } from '../mail/outbox.service';
import { hasAgendaChanges } from '../meet-and-greets/agenda-mail/agenda-change';
import { sendMeetAndGreetAgendas } from '../meet-and-greets/agenda-mail/agenda-mails.job';
import { sendDailyDigests } from '../notifications/daily-digest.job';
import { programmeToday } from '../readiness/review-dates';
import type { JobDependencies } from './job-dependencies';
import type { JobDefinition } from './run-job';

/** Minutes in UTC, e.g. 2026-12-02T07:31: the every-minute job's period. */
const minuteOf = (now: Date) => now.toISOString().slice(0, 16);

/** Every scheduled job, by the name `npm run job -- <name>` takes. */
export const jobs = {
  'daily-digest': {
    name: 'daily-digest',
    descriptionNl: 'Dagelijks overzicht van gesprekken die klaarstaan of te laat zijn',
    periodOf: programmeToday,
    run: sendDailyDigests,
  },
  'deliver-mail': {
    name: 'deliver-mail',
    descriptionNl: 'E-mails versturen die nog wachten, en mislukte opnieuw proberen',
    periodOf: minuteOf,
    idle: (deps, now) => hasDueMail(deps.orm.em.fork(), now).then((due) => !due),
    run: async (deps, now) => deliverDueMail(deps.orm.em.fork(), deps.mail, now, deps.retry),
  },
  'meet-and-greet-agendas': {
    name: 'meet-and-greet-agendas',
    descriptionNl:
      'Agenda-e-mails van Meet & Greets versturen: het schema, wijzigingen en afzeggingen, met agendabestand',
    periodOf: minuteOf,
    idle: (deps) => hasAgendaChanges(deps.orm.em.fork()).then((changed) => !changed),
    run: sendMeetAndGreetAgendas,
  },
  'data-retention': {
    name: 'data-retention',
    descriptionNl:
      'Gegevens bewaren: 30 dagen vooraf melden en daarna wissen van mensen bij wie lang niets is gebeurd',
    periodOf: programmeToday,
    run: (deps, now) =>
      runDataRetention(deps.orm.em.fork(), now, {
        months: deps.retentionMonths,
        publicBaseUrl: deps.publicBaseUrl(),
      }),
  },
} satisfies Record<string, JobDefinition<JobDependencies>>;

export type JobName = keyof typeof jobs;
export const jobNames = Object.keys(jobs) as JobName[];
export const isJobName = (name: string): name is JobName => name in jobs;
