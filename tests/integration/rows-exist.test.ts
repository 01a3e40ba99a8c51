import { raw } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probe, rowsExist } from '../../src/db/rows-exist';
import { Organisation } from '../../src/modules/organisations/organisation.entity';
import { User } from '../../src/modules/users/user.entity';
import { openTestDatabase, type TestDatabase } from '../support/test-database';

let db: TestDatabase;
beforeAll(async () => {
  db = await openTestDatabase();
  const em = db.orm.em.fork();
  const employer = em.create(Organisation, { name: 'Havenlogistiek', kind: 'EMPLOYER' });
  em.create(Organisation, { name: 'Roffabriek', kind: 'TRAJECTORY_PROVIDER' });
  em.create(User, {
    organisation: employer,
    displayName: 'Jeroen',
    email: 'jeroen@havenlogistiek.example',
    role: 'EMPLOYER_RECRUITER',
  });
  await em.flush();
});
afterAll(() => db.close());

describe('rowsExist: which of several filters match a row, in one query', () => {
  it('answers per filter, with parameters, joins through relations and raw fragments in their own places', async () => {
    const em = db.orm.em.fork();
    const has = await rowsExist(em, {
      employer: probe(Organisation, { kind: 'EMPLOYER', name: 'Havenlogistiek' }),
      partner: probe(Organisation, { kind: 'PARTNER' }),
      recruiterAtEmployer: probe(User, { role: 'EMPLOYER_RECRUITER', organisation: { kind: 'EMPLOYER' } }),
      recruiterAtProvider: probe(User, {
        role: 'EMPLOYER_RECRUITER',
        organisation: { kind: 'TRAJECTORY_PROVIDER' },
      }),
      rawTrue: probe(Organisation, { [raw((alias: string) => `${alias}.name like 'Roff%'`)]: [] }),
      rawFalse: probe(Organisation, { [raw((alias: string) => `${alias}.name like 'Zorg%'`)]: [] }),
      last: probe(Organisation, { name: 'Roffabriek', kind: 'TRAJECTORY_PROVIDER' }),
    });
    expect(has).toEqual({
      employer: true,
      partner: false,
      recruiterAtEmployer: true,
      recruiterAtProvider: false,
      rawTrue: true,
      rawFalse: false,
      last: true,
    });
  });

  it('asks nothing when there is nothing to ask', async () => {
    expect(await rowsExist(db.orm.em.fork(), {})).toEqual({});
  });
});
