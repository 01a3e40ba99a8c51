import { Migration } from '@mikro-orm/migrations';

export class Migration20261203144619_outside_help_referrals extends Migration {

  override name = 'Migration20261203144619_outside_help_referrals';

  override up(): void | Promise<void> {
    this.addSql(`create table "outside_help_referral" ("id" uuid not null, "job_seeker_id" uuid not null, "kind" text not null, "organisation_name" varchar(200) not null, "contact_name" varchar(200) not null, "contact_details" varchar(200) null, "referred_on" varchar(10) not null, "check_on" varchar(10) not null, "note" text null, "status" text not null, "arrived_on" varchar(10) null, "referred_by_user_id" uuid not null, "checked_by_user_id" uuid null, "checked_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "outside_help_referral_job_seeker_id_index" on "outside_help_referral" ("job_seeker_id");`);
    this.addSql(`create index "outside_help_referral_check_on_index" on "outside_help_referral" ("check_on");`);
    this.addSql(`create index "outside_help_referral_status_index" on "outside_help_referral" ("status");`);

    this.addSql(`alter table "outside_help_referral" add constraint "outside_help_referral_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "outside_help_referral" add constraint "outside_help_referral_kind_check" check ("kind" in ('DEBT_COUNSELLING', 'WORK_AND_INCOME', 'CARE', 'HOUSING'));`);
    this.addSql(`alter table "outside_help_referral" add constraint "outside_help_referral_status_check" check ("status" in ('WAITING', 'ARRIVED', 'NOT_GOING'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outside_help_referral" cascade;`);
  }

}
