import type { MikroORM } from '@mikro-orm/core';
import { z } from 'zod';
import { type Env, loadEnv } from '../env';
import { createLogger, type Logger } from '../http/logger';
import type { JobDependencies } from '../modules/jobs/job-dependencies';
import type { JobName } from '../modules/jobs/jobs';
import type { MailTransport } from '../modules/mail/mail-message';
import { DEFAULT_CADENCE_RULES } from '../modules/placements/cadence';
import { bundledReferenceData } from '../reference/bundled-reference-data';
import type { ReferenceData } from '../reference/reference-data';
import { httpMail } from './http-mail';
import type { MatchingIndexObject } from './matching-index-object';
import { unsentMail } from './unsent-mail';

/** The bindings and variables wrangler.toml gives the worker and the Durable Object. */
export type WorkerBindings = {
  HYPERDRIVE: HyperdriveBinding;
  MATCHING_INDEX: DurableObjectNamespace<
    Pick<MatchingIndexObject, 'rankCandidates' | 'explainCandidate' | 'runScheduledJobs'>
  >;
  ASSETS: AssetsBinding;
} & Record<string, unknown>;

const workerOnlySchema = z.object({
  /** The HTTP mail API's send endpoint; with MAIL_API_TOKEN (a secret) mail goes out through it. */
  MAIL_API_URL: z.url({ protocol: /^https?$/ }).default('https://api.resend.com/emails'),
  MAIL_API_TOKEN: z.string().min(8).optional(),
});

export type WorkerServices = {
  env: Env;
  logger: Logger;
  reference: ReferenceData;
  mail: MailTransport;
  /** Whether mails go out (MAIL_API_TOKEN is set). */
  mailSent: boolean;
  publicBaseUrl: string;
  /** When each job runs: the same settings and Dutch-time cron expressions as the Node scheduler. */
  schedule: Record<JobName, string>;
};

let cached: { bindings: WorkerBindings; services: WorkerServices } | null = null;

/**
 * Configuration (wrangler.toml's [vars] and secrets, parsed by the same schema as on Node), the
 * bundled reference data and the mail transport. Pure data and functions, so one set per isolate;
 * the ORM is never kept here (one per request).
 */
export function workerServices(bindings: WorkerBindings): WorkerServices {
  if (cached?.bindings === bindings) return cached.services;
  const strings = Object.fromEntries(
    Object.entries(bindings).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const env = loadEnv(strings);
  const workerOnly = workerOnlySchema.safeParse(
    Object.fromEntries(Object.entries(strings).filter(([, value]) => value !== '')),
  );
  if (!workerOnly.success) {
    throw new Error(
      `Invalid configuration:\n${workerOnly.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`,
    );
  }
  // Links in mails (sign-in, digests) must point at the public address, not at a Host header.
  if (!env.PUBLIC_BASE_URL) throw new Error('Invalid configuration:\n  PUBLIC_BASE_URL: required on Workers');
  const publicBaseUrl = env.PUBLIC_BASE_URL;
  const logger = createLogger(env.LOG_LEVEL);
  const sender = { from: env.MAIL_FROM, replyTo: env.MAIL_REPLY_TO };
  const token = workerOnly.data.MAIL_API_TOKEN;
  const services: WorkerServices = {
    env,
    logger,
    reference: bundledReferenceData(),
    mail: token
      ? httpMail({ url: workerOnly.data.MAIL_API_URL, token, sender })
      : unsentMail((message) => logger.warn(message.replace('SMTP_URL', 'MAIL_API_TOKEN'))),
    mailSent: Boolean(token),
    publicBaseUrl,
    schedule: {
      'daily-digest': env.DAILY_DIGEST_CRON,
      'deliver-mail': '* * * * *',
      'meet-and-greet-agendas': '* * * * *',
      'data-retention': env.DATA_RETENTION_CRON,
    },
  };
  cached = { bindings, services };
  return services;
}

/** The jobs' dependencies on Workers, as jobDependenciesFromEnv gives them on Node. */
export const workerJobDependencies = (
  services: WorkerServices,
  orm: MikroORM,
): Omit<JobDependencies, 'meetAndGreets'> => ({
  orm,
  logger: services.logger,
  mail: services.mail,
  publicBaseUrl: () => services.publicBaseUrl,
  cadence: services.env.PLACEMENT_CADENCE ?? DEFAULT_CADENCE_RULES,
  mailLinkSecret: services.env.MAIL_LINK_SECRET,
  retentionMonths: services.env.RETENTION_MONTHS,
});
