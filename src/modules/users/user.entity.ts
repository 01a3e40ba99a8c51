import { defineEntity, p } from '@mikro-orm/core';
import { roles } from '../../access/roles';
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
    email: p.string().length(320).unique(),
    role: p.enum(roles),
    active: p.boolean().default(true),
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
