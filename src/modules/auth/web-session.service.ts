import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../http/context';
import { recordSystemAudit } from '../audit/audit.service';
import type { User } from '../users/user.entity';
import { hashToken, looksLikeUrlSafeSecret, randomUrlSafeSecret } from './token-secret';
import { type SessionEndReason, WebSession } from './web-session.entity';

export type SessionRules = {
  /** A session ends after this many minutes without a request. */
  idleMinutes: number;
  /** A session ends this many hours after sign-in, however active. */
  maxHours: number;
};

/** Writing `lastSeenAt` on every request would make every page view a write; once a minute is enough. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export type StartedSession = { session: WebSession; secret: string };
export type ResolvedSession = { session: WebSession; actor: Actor; secret: string };

export async function startSession(
  em: EntityManager,
  user: User,
  now: Date,
  rules: SessionRules,
): Promise<StartedSession> {
  const secret = randomUrlSafeSecret();
  const session = em.create(WebSession, {
    user,
    secretHash: await hashToken(secret),
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + rules.maxHours * 3_600_000),
    endedAt: null,
    endReason: null,
  });
  recordSystemAudit(em, { action: 'web_session.started', entityType: 'user', entityId: user.id }, now);
  await em.flush();
  return { session, secret };
}

function end(em: EntityManager, session: WebSession, reason: SessionEndReason, now: Date) {
  session.endedAt = now;
  session.endReason = reason;
  recordSystemAudit(
    em,
    { action: 'web_session.ended', entityType: 'user', entityId: session.user.id, fields: [reason] },
    now,
  );
}

/**
 * The signed-in person behind a session cookie, checked on every request like a bearer token: an
 * ended, idle or expired session, or one whose user was deactivated, is refused (and ended).
 */
export async function resolveSession(
  em: EntityManager,
  secret: string | undefined,
  now: Date,
  rules: SessionRules,
): Promise<ResolvedSession | null> {
  if (!secret || !looksLikeUrlSafeSecret(secret)) return null;
  const session = await em.findOne(
    WebSession,
    { secretHash: await hashToken(secret) },
    { populate: ['user', 'user.organisation'] },
  );
  if (!session || session.endedAt) return null;
  const reason: SessionEndReason | null = !session.user.active
    ? 'USER_DEACTIVATED'
    : session.expiresAt <= now
      ? 'EXPIRED'
      : now.getTime() - session.lastSeenAt.getTime() > rules.idleMinutes * 60_000
        ? 'IDLE'
        : null;
  if (reason) {
    end(em, session, reason, now);
    await em.flush();
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS) {
    session.lastSeenAt = now;
    await em.flush();
  }
  const { user } = session;
  return {
    session,
    secret,
    actor: {
      userId: user.id,
      organisationId: user.organisation.id,
      organisationKind: user.organisation.kind,
      role: user.role,
      jobSeekerId: user.jobSeeker?.id ?? null,
      sessionId: session.id,
    },
  };
}

/** Signing out: the session is ended in the database, so the cookie is worthless from now on. */
export async function endSession(em: EntityManager, session: WebSession, now: Date): Promise<void> {
  if (session.endedAt) return;
  end(em, session, 'SIGNED_OUT', now);
  await em.flush();
}
