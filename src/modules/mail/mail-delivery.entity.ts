import { defineEntity, p } from '@mikro-orm/core';

export const mailDeliveryStates = ['PENDING', 'SENDING', 'SENT', 'RETRY', 'FAILED'] as const;
export type MailDeliveryState = (typeof mailDeliveryStates)[number];

export const mailKinds = ['DAILY_DIGEST', 'MEET_AND_GREET', 'DATA_RETENTION'] as const;
export type MailKind = (typeof mailKinds)[number];

export type StoredAttachment = { filename: string; contentType: string; content: string };

/**
 * One e-mail in the outbox. A mail is claimed (PENDING or RETRY → SENDING) by one process at a time
 * with a conditional update, and never goes back to SENDING once it is SENT, so it is sent at most
 * once. `dedupeKey` makes queueing the same mail twice (two processes, a rerun) a no-op.
 */
export const MailDeliverySchema = defineEntity({
  name: 'MailDelivery',
  tableName: 'mail_delivery',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    dedupeKey: p.string().length(200).unique(),
    kind: p.enum(mailKinds),
    /** The user the mail is for, when it is a user (a job seeker's mail has none). */
    recipientUserId: p.uuid().nullable().index(),
    toAddress: p.string().length(320),
    subject: p.string().length(300),
    text: p.text(),
    html: p.text(),
    headers: p.json<Record<string, string>>(),
    attachments: p.json<StoredAttachment[]>(),
    state: p.enum(mailDeliveryStates).index(),
    attempts: p.integer().default(0),
    nextAttemptAt: p.datetime(),
    lastError: p.text().nullable(),
    createdAt: p.datetime(),
    sentAt: p.datetime().nullable(),
  },
});

export class MailDelivery extends MailDeliverySchema.class {}
MailDeliverySchema.setClass(MailDelivery);
