import { Migration } from '@mikro-orm/migrations';

export class Migration20261203085325_first_contact extends Migration {

  override name = 'Migration20261203085325_first_contact';

  override up(): void | Promise<void> {
    this.addSql(`alter table "lifecoach_assignment" add "first_contact_at" timestamptz null;`);
    // Assignments from before this rule: their first contact is not known and lies in the past, so
    // they count as contacted from their start rather than all turning up on Today at once.
    this.addSql(`update "lifecoach_assignment" set "first_contact_at" = "started_at";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "lifecoach_assignment" drop column "first_contact_at";`);
  }

}
