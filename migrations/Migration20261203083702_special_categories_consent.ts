import { Migration } from '@mikro-orm/migrations';

export class Migration20261203083702_special_categories_consent extends Migration {

  override name = 'Migration20261203083702_special_categories_consent';

  override up(): void | Promise<void> {
    this.addSql(`alter table "consent_record" drop constraint "consent_record_purpose_check";`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_purpose_check" check ("purpose" in ('PROGRAMME_PROCESSING', 'MATCHING', 'PROFILE_SHARING', 'MEET_AND_GREET', 'SPECIAL_CATEGORIES'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "consent_record" drop constraint "consent_record_purpose_check";`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_purpose_check" check ("purpose" in ('PROGRAMME_PROCESSING', 'MATCHING', 'PROFILE_SHARING', 'MEET_AND_GREET'));`);
  }

}
