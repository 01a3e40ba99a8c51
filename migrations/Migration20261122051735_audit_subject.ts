import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051735_audit_subject extends Migration {

  override name = 'Migration20261122051735_audit_subject';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_entry" add "subject_id" uuid null;`);
    this.addSql(`create index "audit_entry_subject_id_index" on "audit_entry" ("subject_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "audit_entry_subject_id_index";`);
    this.addSql(`alter table "audit_entry" drop column "subject_id";`);
  }

}
