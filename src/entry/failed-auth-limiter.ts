import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { FailedAuthLimiter } from '../http/auth-throttle';

export type FailedAuthLimits = { attempts: number; windowSeconds: number; blockSeconds: number };

/**
 * Failed authentications counted in this process's memory (rate-limiter-flexible's
 * RateLimiterMemory): right for one Node process. With several processes each keeps its own
 * counts, so a client may fail `attempts` times per process; a shared store (one of the library's
 * Redis or PostgreSQL limiters) would make the limit global.
 */
export function memoryFailedAuthLimiter(limits: FailedAuthLimits): FailedAuthLimiter {
  const limiter = new RateLimiterMemory({
    keyPrefix: 'failed-auth',
    points: limits.attempts,
    duration: limits.windowSeconds,
    blockDuration: limits.blockSeconds,
  });
  return {
    async recordFailure(client) {
      try {
        await limiter.consume(client);
        return 0;
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        throw refused;
      }
    },
  };
}
