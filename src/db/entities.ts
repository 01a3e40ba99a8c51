import { AuditEntry } from '../modules/audit/audit-entry.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { Organisation } from '../modules/organisations/organisation.entity';
import { User } from '../modules/users/user.entity';

/** Every entity of the service; the ORM discovers nothing by itself. */
export const entities = [Organisation, User, ApiToken, AuditEntry];
