import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';
import { randomUrlSafeSecret } from '../auth/token-secret';

/** The mails one can stop from a link in the mail itself. Sign-in mails are not among them. */
export const optionalMails = ['dailyDigest', 'meetAndGreet'] as const;
export type OptionalMail = (typeof optionalMails)[number];
const CODE: Record<OptionalMail, string> = { dailyDigest: 'd', meetAndGreet: 'm' };

export type SigningKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

/** The signing key: MAIL_LINK_SECRET, or a key made once and shared by every process through the database. */
export async function mailLinkKey(em: EntityManager, configured?: string): Promise<SigningKey> {
  let secret = configured;
  if (!secret) {
    await rawQuery(
      em,
      `insert into mail_link_secret (name, secret, created_at) values ('unsubscribe', ?, now())
       on conflict (name) do nothing`,
      [randomUrlSafeSecret()],
    );
    const [row] = await rawQuery<{ secret: string }>(
      em,
      `select secret from mail_link_secret where name = 'unsubscribe'`,
    );
    secret = row?.secret as string;
  }
  return crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign', 'verify'],
  );
}

const sign = async (key: SigningKey, payload: string) =>
  base64url(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(payload)));

/** `<user id>.<mail>.<signature>`: only the service can make one, so it cannot be guessed. */
export async function unsubscribeToken(key: SigningKey, userId: string, mail: OptionalMail): Promise<string> {
  const payload = `${userId}.${CODE[mail]}`;
  return `${payload}.${await sign(key, payload)}`;
}

export async function readUnsubscribeToken(
  key: SigningKey,
  token: string,
): Promise<{ userId: string; mail: OptionalMail } | null> {
  const match = /^([0-9a-f-]{36})\.([dm])\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, userId, code, signature] = match as unknown as [string, string, string, string];
  const expected = await sign(key, `${userId}.${code}`);
  let difference = expected.length ^ signature.length;
  for (let i = 0; i < expected.length; i++)
    difference |= expected.charCodeAt(i) ^ (signature.charCodeAt(i) || 0);
  if (difference !== 0) return null;
  const mail = optionalMails.find((m) => CODE[m] === code) as OptionalMail;
  return { userId, mail };
}

/** The List-Unsubscribe headers of RFC 2369 and RFC 8058 (one-click POST from the mail program). */
export const unsubscribeHeaders = (url: string): Record<string, string> => ({
  'List-Unsubscribe': `<${url}>`,
  'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
});
