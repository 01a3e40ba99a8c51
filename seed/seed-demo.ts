import type { EntityManager } from '@mikro-orm/core';
import type { Role } from '../src/access/roles';
import { recordSystemAudit } from '../src/modules/audit/audit.service';
import { createApiToken } from '../src/modules/auth/token.service';
import { Organisation } from '../src/modules/organisations/organisation.entity';
import { User } from '../src/modules/users/user.entity';
import { demoOrganisations, demoTokenHolders, demoUsers } from './demo-organisations';

export type DemoToken = { role: Role; displayName: string; email: string; token: string };

export type DemoData = {
  organisations: Map<string, Organisation>;
  users: Map<string, User>;
  tokens: DemoToken[];
};

/** Fills an empty database with the demo programme, in one transaction. Returns the demo tokens. */
export async function seedDemo(em: EntityManager, now = new Date()): Promise<DemoData> {
  return em.transactional(async (tx) => {
    const organisations = new Map(
      demoOrganisations.map((o) => [o.key, tx.create(Organisation, { name: o.name, kind: o.kind })] as const),
    );
    const users = new Map(
      demoUsers.map((u) => {
        const organisation = organisations.get(u.organisation);
        if (!organisation) throw new Error(`Demo user ${u.key} names unknown organisation ${u.organisation}`);
        const user = tx.create(User, {
          organisation,
          displayName: u.displayName,
          email: u.email,
          role: u.role,
        });
        return [u.key, user] as const;
      }),
    );
    const tokens: DemoToken[] = [];
    for (const key of demoTokenHolders) {
      const user = users.get(key);
      if (!user) throw new Error(`Demo token holder ${key} is not a demo user`);
      const issued = await createApiToken(tx, user, {
        label: 'demo',
        expiresInDays: 365,
        createdByUserId: null,
        now,
      });
      recordSystemAudit(tx, { action: 'api_token.issued', entityType: 'api_token', entityId: issued.id });
      tokens.push({ role: user.role, displayName: user.displayName, email: user.email, token: issued.token });
    }
    for (const organisation of organisations.values()) {
      recordSystemAudit(tx, {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: organisation.id,
      });
    }
    for (const user of users.values()) {
      recordSystemAudit(tx, { action: 'user.created', entityType: 'user', entityId: user.id });
    }
    return { organisations, users, tokens };
  });
}

export async function databaseIsEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Organisation, {})) === 0;
}
