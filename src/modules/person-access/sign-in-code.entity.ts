import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * A printed sign-in code that a lifecoach hands over on a letter, for a person without e-mail or
 * not at ease online. Only the SHA-256 hash of the code is stored; it works once (`usedAt`), for a
 * week (`expiresAt`), and printing a new letter ends the codes before it (`endedAt`).
 */
export const SignInCodeSchema = defineEntity({
  name: 'SignInCode',
  tableName: 'sign_in_code',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => crypto.randomUUID()),
    user: () => p.manyToOne(User).index(),
    codeHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    createdByUserId: p.uuid(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    endedAt: p.datetime().nullable(),
  },
});

export class SignInCode extends SignInCodeSchema.class {}
SignInCodeSchema.setClass(SignInCode);
