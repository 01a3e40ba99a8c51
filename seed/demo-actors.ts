import type { Actor } from '../src/http/context';
import type { User } from '../src/modules/users/user.entity';

/** The request id on every audit entry the demo seed writes through the service verbs. */
export const DEMO_REQUEST_ID = 'demo-seed';

/**
 * A demo user as the acting caller of a service verb, as if they had sent the request themselves.
 * There is no API token behind it: the seed acts on their behalf, and `tokenId` says so.
 */
export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    organisationId: user.organisation.id,
    organisationKind: user.organisation.kind,
    role: user.role,
    tokenId: DEMO_REQUEST_ID,
  };
}
