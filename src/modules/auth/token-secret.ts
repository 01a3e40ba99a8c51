/**
 * API token format: `wrw_<prefix>_<secret>`. The prefix (8 characters) is stored in clear so people
 * can tell their tokens apart; the whole token is stored only as a SHA-256 hash. The secret carries
 * 256 random bits, so a fast hash is enough (no password-style stretching needed).
 */
const TOKEN_PATTERN = /^wrw_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomPrefix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => ALPHANUMERIC[byte % ALPHANUMERIC.length]).join('');
}

export type NewTokenSecret = { token: string; prefix: string; secretHash: string };

export async function newTokenSecret(): Promise<NewTokenSecret> {
  const prefix = randomPrefix();
  const token = `wrw_${prefix}_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
  return { token, prefix, secretHash: await hashToken(token) };
}

export async function hashToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A random, URL-safe secret of 256 bits (sign-in links, session cookies). */
export const randomUrlSafeSecret = (): string => base64url(crypto.getRandomValues(new Uint8Array(32)));

export const looksLikeUrlSafeSecret = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

export const looksLikeToken = (value: string) => TOKEN_PATTERN.test(value);
