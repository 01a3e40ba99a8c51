import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/** An API token. Only the SHA-256 hash of the secret is stored; the prefix is shown to tell tokens apart. */
export const ApiTokenSchema = defineEntity({
  name: 'ApiToken',
  tableName: 'api_token',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    user: () => p.manyToOne(User).index(),
    label: p.string().length(100),
    prefix: p.string().length(16),
    secretHash: p.string().length(64).unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdByUserId: p.uuid().nullable(),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});

export class ApiToken extends ApiTokenSchema.class {}
ApiTokenSchema.setClass(ApiToken);
