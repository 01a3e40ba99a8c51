import type { EntityManager } from '@mikro-orm/core';
import { rawQuery } from '../../db/raw-query';
import { recordSystemAudit } from '../audit/audit.service';
import { User } from '../users/user.entity';
import { NotificationSetting } from './notification-setting.entity';
import type { OptionalMail } from './unsubscribe-token';

export type NotificationSettings = Record<OptionalMail, boolean>;
export const DEFAULT_SETTINGS: NotificationSettings = { dailyDigest: true, meetAndGreet: true };

export async function settingsOf(em: EntityManager, userId: string): Promise<NotificationSettings> {
  const row = await em.findOne(NotificationSetting, { user: userId });
  return row ? { dailyDigest: row.dailyDigest, meetAndGreet: row.meetAndGreet } : { ...DEFAULT_SETTINGS };
}

/** The users among `userIds` who turned `mail` off. */
export async function usersWithout(
  em: EntityManager,
  userIds: readonly string[],
  mail: OptionalMail,
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const column = mail === 'dailyDigest' ? 'daily_digest' : 'meet_and_greet';
  const rows = await rawQuery<{ user_id: string }>(
    em,
    `select user_id from notification_setting where ${column} = false and user_id = any(?::uuid[])`,
    [`{${userIds.join(',')}}`],
  );
  return new Set(rows.map((row) => row.user_id));
}

/** Stores a user's choice (from the settings page or an unsubscribe link) and notes it in the audit log. */
export async function changeSettings(
  em: EntityManager,
  userId: string,
  change: Partial<NotificationSettings>,
  how: 'settings_page' | 'unsubscribe_link',
): Promise<NotificationSettings> {
  const current = await settingsOf(em, userId);
  const next = { ...current, ...change };
  const existing = await em.findOne(NotificationSetting, { user: userId });
  if (existing) {
    existing.dailyDigest = next.dailyDigest;
    existing.meetAndGreet = next.meetAndGreet;
  } else {
    em.create(NotificationSetting, {
      user: em.getReference(User, userId),
      dailyDigest: next.dailyDigest,
      meetAndGreet: next.meetAndGreet,
    });
  }
  recordSystemAudit(em, {
    action: `notification_setting.updated_by_${how}`,
    entityType: 'notification_setting',
    entityId: userId,
    fields: Object.keys(change),
  });
  await em.flush();
  return next;
}
