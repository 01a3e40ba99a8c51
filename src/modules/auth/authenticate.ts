import type { EntityManager } from '@mikro-orm/core';
import type { Actor } from '../../http/context';
import { AppError, ProblemCode } from '../../http/problem';
import { ApiToken } from './api-token.entity';
import { hashToken, looksLikeToken } from './token-secret';

const unauthenticated = (detail: string) => new AppError(ProblemCode.Unauthenticated, detail);

/**
 * Resolves a bearer token to the acting user. Looked up on every request, so a revoked or expired
 * token, or a deactivated user, is refused on the very next request.
 */
export async function authenticate(
  em: EntityManager,
  authorization: string | undefined,
  now: Date,
): Promise<Actor> {
  const token = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (!token) throw unauthenticated('Send an API token as "Authorization: Bearer <token>".');
  if (!looksLikeToken(token)) throw unauthenticated('This API token is not valid.');

  const stored = await em.findOne(
    ApiToken,
    { secretHash: await hashToken(token) },
    { populate: ['user', 'user.organisation'] },
  );
  if (!stored || stored.revokedAt || stored.expiresAt <= now || !stored.user.active) {
    throw unauthenticated('This API token is not valid, has expired or was revoked.');
  }
  return {
    userId: stored.user.id,
    organisationId: stored.user.organisation.id,
    organisationKind: stored.user.organisation.kind,
    role: stored.user.role,
    jobSeekerId: stored.user.jobSeeker?.id ?? null,
    tokenId: stored.id,
  };
}
