import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';

const WINDOW_SECONDS = 15 * 60;

export type SignInThrottle = {
  /** Counts one sign-in request; false when the address or the client asked too often in 15 minutes. */
  allow(email: string, client: string): Promise<boolean>;
};

/**
 * Limits sign-in requests per e-mail address (so nobody can flood a person's inbox) and per client
 * address (so nobody can probe many addresses). Unknown addresses count the same as known ones, so
 * being limited says nothing about whether an address is known. Kept in this process's memory.
 */
export function signInThrottle(limits: { perAddress: number; perClient: number }): SignInThrottle {
  const perAddress = new RateLimiterMemory({ points: limits.perAddress, duration: WINDOW_SECONDS });
  const perClient = new RateLimiterMemory({ points: limits.perClient, duration: WINDOW_SECONDS });
  const consume = (limiter: RateLimiterMemory, key: string) =>
    limiter.consume(key).then(
      () => true,
      (rejection: unknown) => {
        if (rejection instanceof Error) throw rejection;
        return false;
      },
    );
  return {
    async allow(email, client) {
      const [addressOk, clientOk] = await Promise.all([
        consume(perAddress, email.trim().toLowerCase()),
        consume(perClient, client),
      ]);
      return addressOk && clientOk;
    },
  };
}
