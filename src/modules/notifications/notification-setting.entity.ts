import { defineEntity, p } from '@mikro-orm/core';
import { User } from '../users/user.entity';

/**
 * Which non-essential mails a user gets. No row means the defaults: everything on. Sign-in mails
 * are not a setting: they are always sent, because they are asked for.
 */
export const NotificationSettingSchema = defineEntity({
  name: 'NotificationSetting',
  tableName: 'notification_setting',
  properties: {
    user: () => p.oneToOne(User).primary().owner(),
    dailyDigest: p.boolean().default(true),
    meetAndGreet: p.boolean().default(true),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

export class NotificationSetting extends NotificationSettingSchema.class {}
NotificationSettingSchema.setClass(NotificationSetting);
