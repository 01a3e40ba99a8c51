import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/core';
import { databaseFromEnv } from '../db/database-from-env';
import { migrate, openDatabase } from '../db/orm';
import { loadEnv } from '../env';
import { recordSystemAudit } from '../modules/audit/audit.service';
import { createApiToken } from '../modules/auth/token.service';
import { Organisation } from '../modules/organisations/organisation.entity';
import { User } from '../modules/users/user.entity';

const usage = `Issue an API token from the command line (for example to bootstrap an empty database).

  npm run token -- --email <email>                       token for an existing user
  npm run token -- --email <email> --create-admin --name "<name>" [--organisation "<name>"]
                                                         create a programme admin first (and the
                                                         programme organisation if there is none)
Options: --label <text> (default "cli"), --days <n> (default TOKEN_TTL_DAYS)`;

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    'create-admin': { type: 'boolean', default: false },
    name: { type: 'string' },
    organisation: { type: 'string', default: 'Warm Rotterdam' },
    label: { type: 'string', default: 'cli' },
    days: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(1);
}

async function findOrCreateAdmin(em: EntityManager, email: string): Promise<User> {
  const existing = await em.findOne(User, { email });
  if (existing) {
    if (existing.role !== 'PROGRAMME_ADMIN') fail(`${email} exists already with role ${existing.role}.`);
    return existing;
  }
  if (!values.name) fail('--create-admin needs --name.');
  let programme = await em.findOne(Organisation, { kind: 'PROGRAMME' }, { orderBy: { createdAt: 'asc' } });
  if (!programme) {
    programme = em.create(Organisation, { name: values.organisation, kind: 'PROGRAMME' });
    recordSystemAudit(em, {
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: programme.id,
    });
  }
  const admin = em.create(User, {
    organisation: programme,
    displayName: values.name,
    email,
    role: 'PROGRAMME_ADMIN',
  });
  recordSystemAudit(em, { action: 'user.created', entityType: 'user', entityId: admin.id });
  return admin;
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}
const email = values.email?.trim().toLowerCase();
if (!email) fail('--email is required.');
const env = loadEnv();
const days = values.days === undefined ? env.TOKEN_TTL_DAYS : Number(values.days);
if (!Number.isInteger(days) || days < 1 || days > 730) fail('--days must be a whole number from 1 to 730.');

const orm = await openDatabase(databaseFromEnv(env));
try {
  await migrate(orm);
  const issued = await orm.em.fork().transactional(async (em) => {
    const user = values['create-admin']
      ? await findOrCreateAdmin(em, email)
      : await em.findOne(User, { email });
    if (!user) fail(`No user with email ${email}. Use --create-admin to create a programme admin.`);
    if (!user.active) fail(`${email} is deactivated.`);
    const token = await createApiToken(em, user, {
      label: values.label,
      expiresInDays: days,
      createdByUserId: null,
      now: new Date(),
    });
    recordSystemAudit(em, { action: 'api_token.issued', entityType: 'api_token', entityId: token.id });
    return token;
  });
  console.log(`Token for ${email} (expires ${issued.expiresAt}). It is shown only now:\n${issued.token}`);
} finally {
  await orm.close(true);
}
