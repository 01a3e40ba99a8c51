import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '../../http/logger';
import type { MailTransport } from '../mail/mail-message';
import type { RetryRules } from '../mail/outbox.service';
import type { MatchingDependencies } from '../matching/matching.service';
import type { CadenceRules } from '../placements/cadence';

/** What every scheduled job gets from the entry that runs it (the Node scheduler or `npm run job`). */
export type JobDependencies = {
  orm: MikroORM;
  mail: MailTransport;
  logger: Logger;
  /** Where links in mails point (PUBLIC_BASE_URL). */
  publicBaseUrl: () => string;
  cadence: CadenceRules;
  /** MAIL_LINK_SECRET; unset: the key kept in the database. */
  mailLinkSecret?: string | undefined;
  retry?: RetryRules;
  /** RETENTION_MONTHS: data is anonymised after this many months without activity (default 24). */
  retentionMonths?: number | undefined;
  /**
   * The matching index and reference data, for the candidate codes of employers' agendas; asked for
   * only when an agenda mail is to be made (building the index takes a while in `npm run job`).
   */
  meetAndGreets?: () => Promise<MatchingDependencies>;
};
