import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { Env } from '../env';
import type { Logger } from '../http/logger';
import type { JobDependencies } from '../modules/jobs/job-dependencies';
import type { MailTransport } from '../modules/mail/mail-message';
import { DEFAULT_CADENCE_RULES } from '../modules/placements/cadence';
import { outboxMail, smtpMail } from './mail-transports';

/** SMTP when SMTP_URL is set; otherwise the marked outbox folder in DATA_DIR. */
export const mailFromEnv = (env: Env): MailTransport => {
  const sender = { from: env.MAIL_FROM, replyTo: env.MAIL_REPLY_TO };
  return env.SMTP_URL ? smtpMail(env.SMTP_URL, sender) : outboxMail(join(env.DATA_DIR, 'outbox'), sender);
};

export const jobDependenciesFromEnv = (
  env: Env,
  orm: MikroORM,
  logger: Logger,
  mail: MailTransport,
  publicBaseUrl: () => string,
): JobDependencies => ({
  orm,
  logger,
  mail,
  publicBaseUrl,
  cadence: env.PLACEMENT_CADENCE ?? DEFAULT_CADENCE_RULES,
  mailLinkSecret: env.MAIL_LINK_SECRET,
  retentionMonths: env.RETENTION_MONTHS,
});
