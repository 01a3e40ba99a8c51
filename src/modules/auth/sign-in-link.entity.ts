import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * A single-use sign-in link sent by e-mail. Only the SHA-256 hash of its secret is stored; it works
 * once (`usedAt`) and only until `expiresAt` (15 minutes after it was asked for).
 */
export const SignInLinkSchema = defineEntity({
  name: 'SignInLink',
  tableName: 'sign_in_link',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    user: () => p.manyToOne(User).index(),
    secretHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});

export class SignInLink extends SignInLinkSchema.class {}
SignInLinkSchema.setClass(SignInLink);
