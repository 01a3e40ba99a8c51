import { defineEntity, p } from '@mikro-orm/core';

/**
 * The key that signs unsubscribe links when MAIL_LINK_SECRET is not configured: made once, in the
 * database, so every process on that database signs and checks with the same key.
 */
export const MailLinkSecretSchema = defineEntity({
  name: 'MailLinkSecret',
  tableName: 'mail_link_secret',
  properties: {
    name: p.string().length(40).primary(),
    secret: p.string().length(100),
    createdAt: p.datetime(),
  },
});

export class MailLinkSecret extends MailLinkSecretSchema.class {}
MailLinkSecretSchema.setClass(MailLinkSecret);
