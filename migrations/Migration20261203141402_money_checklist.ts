import { Migration } from '@mikro-orm/migrations';

export class Migration20261203141402_money_checklist extends Migration {

  override name = 'Migration20261203141402_money_checklist';

  override up(): void | Promise<void> {
    this.addSql(`create table "money_checklist_version_usage" ("version" int not null, "checklist_id" varchar(60) not null, "fingerprint" varchar(64) not null, "first_used_at" timestamptz not null, primary key ("version"));`);

    this.addSql(`create table "money_checklist_item" ("id" uuid not null, "placement_id" uuid not null, "checklist_version" int not null, "item_key" varchar(60) not null, "position" int not null, "status" text not null, "date" varchar(10) null, "actor" text null, "actor_name" varchar(200) null, "contact_name" varchar(200) null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "updated_by_user_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "money_checklist_item_placement_id_index" on "money_checklist_item" ("placement_id");`);
    this.addSql(`create index "money_checklist_item_status_index" on "money_checklist_item" ("status");`);
    this.addSql(`alter table "money_checklist_item" add constraint "money_checklist_item_one_per_key" unique ("placement_id", "item_key");`);

    this.addSql(`alter table "placement" drop constraint "placement_end_reason_check";`);
    this.addSql(`alter table "placement" add constraint "placement_end_reason_check" check ("end_reason" in ('PERSONAL_CIRCUMSTANCES', 'HOURS_TOO_HEAVY', 'TASK_MISMATCH', 'CONFLICT_AT_WORK', 'EMPLOYER_REASONS', 'CONTRACT_NOT_EXTENDED', 'BETTER_JOB_ELSEWHERE', 'TRAVEL_TOO_HARD', 'MONEY_MATTERS', 'OTHER'));`);

    this.addSql(`alter table "placement_check_in" add "money_worries" boolean not null default false;`);

    this.addSql(`alter table "money_checklist_item" add constraint "money_checklist_item_placement_id_foreign" foreign key ("placement_id") references "placement" ("id");`);
    this.addSql(`alter table "money_checklist_item" add constraint "money_checklist_item_status_check" check ("status" in ('OPEN', 'DONE', 'NOT_NEEDED', 'HELP_NEEDED'));`);
    this.addSql(`alter table "money_checklist_item" add constraint "money_checklist_item_actor_check" check ("actor" in ('PERSON', 'LIFECOACH', 'OTHER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "money_checklist_version_usage" cascade;`);
    this.addSql(`drop table if exists "money_checklist_item" cascade;`);

    this.addSql(`alter table "placement" drop constraint "placement_end_reason_check";`);
    this.addSql(`alter table "placement" add constraint "placement_end_reason_check" check ("end_reason" in ('PERSONAL_CIRCUMSTANCES', 'HOURS_TOO_HEAVY', 'TASK_MISMATCH', 'CONFLICT_AT_WORK', 'EMPLOYER_REASONS', 'CONTRACT_NOT_EXTENDED', 'BETTER_JOB_ELSEWHERE', 'TRAVEL_TOO_HARD', 'OTHER'));`);

    this.addSql(`alter table "placement_check_in" drop column "money_worries";`);
  }

}
