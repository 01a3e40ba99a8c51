import type { EntityManager } from '@mikro-orm/core';
import { User } from '../users/user.entity';
import { SignInLink } from './sign-in-link.entity';
import { hashToken, looksLikeUrlSafeSecret, randomUrlSafeSecret } from './token-secret';

/** A sign-in link works this long after it was asked for, and once. */
export const SIGN_IN_LINK_MINUTES = 15;

export type IssuedSignInLink = { user: User; secret: string; expiresAt: Date };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * Creates a sign-in link for the active user with this e-mail address, or nothing when there is no
 * such user. The caller answers the same either way, so the answer never tells whether an address
 * is known. Only the hash of the secret is stored.
 */
export async function issueSignInLink(
  em: EntityManager,
  email: string,
  now: Date,
): Promise<IssuedSignInLink | null> {
  const user = await em.findOne(
    User,
    { email: { $ilike: escapeLike(email.trim()) }, active: true },
    { populate: ['organisation'] },
  );
  if (!user) return null;
  const issued = await addSignInLink(em, user, now, SIGN_IN_LINK_MINUTES);
  await em.flush();
  return issued;
}

/**
 * A single-use sign-in link for this user, valid `minutes`, in the caller's unit of work (the
 * caller flushes). Also the link in a lifecoach's invitation to "Mijn gegevens", which lives longer.
 */
export async function addSignInLink(
  em: EntityManager,
  user: User,
  now: Date,
  minutes: number,
): Promise<IssuedSignInLink> {
  const secret = randomUrlSafeSecret();
  const expiresAt = new Date(now.getTime() + minutes * 60_000);
  em.create(SignInLink, {
    user,
    secretHash: await hashToken(secret),
    createdAt: now,
    expiresAt,
    usedAt: null,
  });
  return { user, secret, expiresAt };
}

/**
 * Uses a sign-in link: answers its user when the link exists, was not used, has not expired and its
 * user is still active — and marks it used in the same statement, so two clicks cannot both sign in.
 */
export async function redeemSignInLink(em: EntityManager, secret: string, now: Date): Promise<User | null> {
  if (!looksLikeUrlSafeSecret(secret)) return null;
  const secretHash = await hashToken(secret);
  const used = await em.nativeUpdate(
    SignInLink,
    { secretHash, usedAt: null, expiresAt: { $gt: now } },
    { usedAt: now },
  );
  if (used !== 1) return null;
  const link = await em.findOne(SignInLink, { secretHash }, { populate: ['user', 'user.organisation'] });
  return link?.user.active ? link.user : null;
}
