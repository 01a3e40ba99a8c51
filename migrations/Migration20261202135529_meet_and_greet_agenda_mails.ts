import { Migration } from '@mikro-orm/migrations';

export class Migration20261202135529_meet_and_greet_agenda_mails extends Migration {

  override name = 'Migration20261202135529_meet_and_greet_agenda_mails';

  override up(): void | Promise<void> {
    this.addSql(`create table "meet_and_greet_agenda_change" ("meet_and_greet_id" uuid not null, "changed_at" timestamptz not null, primary key ("meet_and_greet_id"));`);

    this.addSql(`create table "meet_and_greet_agenda_mail" ("id" uuid not null, "meet_and_greet_id" uuid not null, "recipient_key" varchar(60) not null, "recipient_kind" text not null, "recipient_user_id" uuid null, "job_seeker_id" uuid null, "employer_id" uuid null, "to_address" varchar(320) not null, "uid" varchar(200) not null, "sequence" int not null, "method" text not null, "content_hash" varchar(64) not null, "mail_delivery_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "meet_and_greet_agenda_mail_meet_and_greet_id_index" on "meet_and_greet_agenda_mail" ("meet_and_greet_id");`);
    this.addSql(`alter table "meet_and_greet_agenda_mail" add constraint "meet_and_greet_agenda_mail_meet_and_greet_id_reci_4e6dc_unique" unique ("meet_and_greet_id", "recipient_key");`);

    this.addSql(`alter table "meet_and_greet" drop constraint "meet_and_greet_status_check";`);
    this.addSql(`alter table "meet_and_greet" add "cancelled_at" timestamptz null;`);
    this.addSql(`alter table "meet_and_greet" add constraint "meet_and_greet_status_check" check ("status" in ('PLANNED', 'SCHEDULE_FIXED', 'HELD', 'CANCELLED'));`);

    this.addSql(`alter table "meet_and_greet_agenda_mail" add constraint "meet_and_greet_agenda_mail_recipient_kind_check" check ("recipient_kind" in ('EMPLOYER_USER', 'JOB_SEEKER'));`);
    this.addSql(`alter table "meet_and_greet_agenda_mail" add constraint "meet_and_greet_agenda_mail_method_check" check ("method" in ('REQUEST', 'CANCEL'));`);

    this.addSql(`alter table "meet_and_greet_conversation" add "table_number" int null;`);
    // Schedules fixed before tables were kept: the tables their lists showed (by id per employer and round).
    this.addSql(`update "meet_and_greet_conversation" c set "table_number" = numbered.n
      from (select c2."id", row_number() over (partition by c2."meet_and_greet_id", c2."employer_id", c2."round" order by c2."id") as n
            from "meet_and_greet_conversation" c2 join "meet_and_greet" e on e."id" = c2."meet_and_greet_id"
            where e."status" <> 'PLANNED') numbered
      where numbered."id" = c."id";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meet_and_greet_conversation" drop column "table_number";`);
    this.addSql(`drop table if exists "meet_and_greet_agenda_change" cascade;`);
    this.addSql(`drop table if exists "meet_and_greet_agenda_mail" cascade;`);

    this.addSql(`alter table "meet_and_greet" drop constraint "meet_and_greet_status_check";`);
    this.addSql(`alter table "meet_and_greet" drop column "cancelled_at";`);
    this.addSql(`alter table "meet_and_greet" add constraint "meet_and_greet_status_check" check ("status" in ('PLANNED', 'SCHEDULE_FIXED', 'HELD'));`);
  }

}
