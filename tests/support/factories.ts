import type { MikroORM } from '@mikro-orm/core';
import { type OrganisationKind, organisationKindOfRole, type Role } from '../../src/access/roles';
import { createApiToken } from '../../src/modules/auth/token.service';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { User } from '../../src/modules/users/user.entity';

let sequence = 0;
const next = () => ++sequence;

export type TestUser = { user: User; organisation: Organisation; token: string; tokenId: string };

/** Builds the data a test needs, directly in the database, independent of the demo seed. */
export class Factory {
  constructor(private readonly orm: MikroORM) {}

  async organisation(kind: OrganisationKind, name = `Testorganisatie ${next()}`): Promise<Organisation> {
    const em = this.orm.em.fork();
    const organisation = em.create(Organisation, { name, kind });
    await em.flush();
    return organisation;
  }

  /** A user with a valid token, in the given organisation or a new one of the right kind. */
  async user(
    role: Role,
    organisation?: Organisation,
    options: { expiresInDays?: number } = {},
  ): Promise<TestUser> {
    const em = this.orm.em.fork();
    const home = organisation ?? (await this.organisation(organisationKindOfRole[role]));
    const n = next();
    const user = em.create(User, {
      organisation: em.getReference(Organisation, home.id),
      displayName: `Testgebruiker ${n}`,
      email: `user${n}-${crypto.randomUUID().slice(0, 8)}@test.example`,
      role,
    });
    const issued = await createApiToken(em, user, {
      label: 'test',
      expiresInDays: options.expiresInDays ?? 30,
      createdByUserId: null,
      now: new Date(),
    });
    await em.flush();
    return { user, organisation: home, token: issued.token, tokenId: issued.id };
  }
}
