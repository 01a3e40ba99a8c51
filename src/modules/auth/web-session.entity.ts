import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../users/user.entity';

export const sessionEndReasons = ['SIGNED_OUT', 'IDLE', 'EXPIRED', 'USER_DEACTIVATED'] as const;
export type SessionEndReason = (typeof sessionEndReasons)[number];

/**
 * A signed-in person in the web app. The cookie carries a random secret; only its SHA-256 hash is
 * stored, so the table cannot be used to sign in. Ended sessions are kept (ended, with the reason)
 * so a revoked cookie is refused rather than unknown.
 */
export const WebSessionSchema = defineEntity({
  name: 'WebSession',
  tableName: 'web_session',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    user: () => p.manyToOne(User).index(),
    secretHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    lastSeenAt: p.datetime(),
    /** The absolute end, however active the person is (SESSION_MAX_HOURS after sign-in). */
    expiresAt: p.datetime(),
    endedAt: p.datetime().nullable(),
    endReason: p.enum(sessionEndReasons).nullable(),
  },
});

export class WebSession extends WebSessionSchema.class {}
WebSessionSchema.setClass(WebSession);
