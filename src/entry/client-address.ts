import { getConnInfo } from '@hono/node-server/conninfo';
import type { ClientAddress } from '../http/auth-throttle';

/**
 * The client's address on Node: the connecting socket's, or — behind `trustedProxies` reverse
 * proxies that each append the address they saw to X-Forwarded-For — the entry that the outermost
 * trusted proxy appended. Entries further left were written by the client and are never used.
 */
export const nodeClientAddress =
  (trustedProxies: number): ClientAddress =>
  (c) => {
    const socketAddress = getConnInfo(c).remote.address;
    if (trustedProxies === 0) return socketAddress;
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    return forwarded[forwarded.length - trustedProxies] ?? socketAddress;
  };
