import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';
import { MailDelivery, type MailKind } from './mail-delivery.entity';
import type { MailMessage, MailTransport } from './mail-message';

export type QueuedMail = MailMessage & {
  /** The same key twice is the same mail: the second queueing does nothing. */
  dedupeKey: string;
  kind: MailKind;
  recipientUserId?: string | null;
};

/** Waiting times after the 1st, 2nd, … failed attempt; after the last, the mail is FAILED. */
export type RetryRules = { backoffMinutes: readonly number[] };
export const DEFAULT_RETRY_RULES: RetryRules = { backoffMinutes: [1, 5, 30, 120] };

/** Puts a mail in the outbox, once per dedupe key. Answers the new mail's id, or null when it was there already. */
export async function queueMail(em: EntityManager, mail: QueuedMail, now: Date): Promise<string | null> {
  const rows = await rawQuery<{ id: string }>(
    em,
    `insert into mail_delivery (id, dedupe_key, kind, recipient_user_id, to_address, subject, text, html,
       headers, attachments, state, attempts, next_attempt_at, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, 'PENDING', 0, ?::timestamptz, ?::timestamptz)
     on conflict (dedupe_key) do nothing returning id`,
    [
      crypto.randomUUID(),
      mail.dedupeKey,
      mail.kind,
      mail.recipientUserId ?? null,
      mail.to,
      mail.subject.slice(0, 300),
      mail.text,
      mail.html ?? '',
      JSON.stringify(mail.headers ?? {}),
      JSON.stringify(mail.attachments ?? []),
      now.toISOString(),
      now.toISOString(),
    ],
  );
  return rows[0]?.id ?? null;
}

/**
 * Takes one mail for this process: only one of several processes gets it, because the update only
 * matches while the mail is still PENDING or RETRY. A mail left SENDING (the process stopped during
 * the SMTP exchange) is never taken again: it may have been sent, and a mail is sent at most once.
 */
async function claim(em: EntityManager, id: string): Promise<boolean> {
  const rows = await rawQuery<{ id: string }>(
    em,
    `update mail_delivery set state = 'SENDING', attempts = attempts + 1
     where id = ? and state in ('PENDING', 'RETRY') returning id`,
    [id],
  );
  return rows.length > 0;
}

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/** Sends every mail whose time has come, each at most once; a refused mail waits and is tried again. */
export async function deliverDueMail(
  em: EntityManager,
  transport: MailTransport,
  now: Date,
  rules: RetryRules = DEFAULT_RETRY_RULES,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const due = await rawQuery<{ id: string }>(
    em,
    `select id from mail_delivery where state in ('PENDING', 'RETRY') and next_attempt_at <= ?::timestamptz
     order by created_at, id limit 500`,
    [now.toISOString()],
  );
  for (const { id } of due) {
    if (!(await claim(em, id))) continue;
    const delivery = await em.fork().findOneOrFail(MailDelivery, id);
    try {
      await transport.send({
        to: delivery.toAddress,
        subject: delivery.subject,
        text: delivery.text,
        ...(delivery.html ? { html: delivery.html } : {}),
        headers: delivery.headers,
        attachments: delivery.attachments,
      });
      await rawQuery(
        em,
        `update mail_delivery set state = 'SENT', sent_at = ?::timestamptz, last_error = null where id = ?`,
        [now.toISOString(), id],
      );
      report.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const wait = rules.backoffMinutes[delivery.attempts - 1];
      if (wait === undefined) {
        await rawQuery(em, `update mail_delivery set state = 'FAILED', last_error = ? where id = ?`, [
          message,
          id,
        ]);
        report.failed++;
      } else {
        const next = new Date(now.getTime() + wait * 60_000);
        await rawQuery(
          em,
          `update mail_delivery set state = 'RETRY', last_error = ?, next_attempt_at = ?::timestamptz where id = ?`,
          [message, next.toISOString(), id],
        );
        report.retrying++;
      }
    }
  }
  return report;
}

/** Whether there is anything to send now (so the every-minute job records no empty runs). */
export async function hasDueMail(em: EntityManager, now: Date): Promise<boolean> {
  const rows = await rawQuery<{ n: number }>(
    em,
    `select 1 as n from mail_delivery where state in ('PENDING', 'RETRY') and next_attempt_at <= ?::timestamptz limit 1`,
    [now.toISOString()],
  );
  return rows.length > 0;
}
