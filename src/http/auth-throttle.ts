import type { Context } from 'hono';
import type { AppBindings } from './context';
import { asLanguage, say } from './messages';
import { AppError, ProblemCode, problemResponse } from './problem';

/**
 * Counts failed authentications per client. The runtime entry supplies it: on Node one process
 * keeps the counts in memory (src/entry/failed-auth-limiter.ts), so with several processes the
 * limit holds per process.
 */
export type FailedAuthLimiter = {
  /** Counts one failed authentication; returns the seconds the client must wait, 0 while it may go on. */
  recordFailure(client: string): Promise<number>;
};

/** Who is asking: the connecting address as the runtime sees it (see src/entry/client-address.ts). */
export type ClientAddress = (c: Context<AppBindings>) => string | undefined;

export type AuthThrottle = { limiter: FailedAuthLimiter; clientAddress: ClientAddress };

/**
 * A request that presented a credential and failed authentication counts against its client; once
 * the client is over the limit, such requests answer 429 with Retry-After instead of 401. A request
 * whose token is valid is never counted, slowed or refused, whoever else shares its address.
 */
export async function refuseOverLimit(
  c: Context<AppBindings>,
  throttle: AuthThrottle,
): Promise<Response | null> {
  const waitSeconds = await throttle.limiter.recordFailure(throttle.clientAddress(c) ?? 'unknown');
  if (waitSeconds <= 0) return null;
  const response = problemResponse(
    new AppError(
      ProblemCode.TooManyRequests,
      say(
        {
          nl: 'Te veel mislukte pogingen om in te loggen vanaf dit adres. Probeer het over {seconds} seconden opnieuw.',
          en: 'Too many failed authentication attempts from your address. Try again in {seconds} seconds.',
        },
        { seconds: waitSeconds },
      ),
    ),
    c.get('requestId'),
    asLanguage(c.get('language')),
  );
  response.headers.set('Retry-After', String(waitSeconds));
  return response;
}
