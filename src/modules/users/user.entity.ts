import { defineEntity, p } from '@mikro-orm/core';
import { roles } from '../../access/roles';
import { JobSeeker } from '../job-seekers/job-seeker.entity';
import { Organisation } from '../organisations/organisation.entity';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    organisation: () => p.manyToOne(Organisation).index(),
    displayName: p.string().length(200),
    /**
     * A job seeker's own account without e-mail (signing in with a printed code) gets an address in
     * the reserved .invalid domain (see person-account.service.ts): nothing is ever delivered there.
     */
    email: p.string().length(320).unique(),
    role: p.enum(roles),
    active: p.boolean().default(true),
    /** Only for the JOB_SEEKER role: the person whose own record this account opens. */
    jobSeeker: () => p.manyToOne(JobSeeker).nullable().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version(),
  },
});

export class User extends UserSchema.class {}
UserSchema.setClass(User);
