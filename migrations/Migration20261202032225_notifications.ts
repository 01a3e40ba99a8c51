import { Migration } from '@mikro-orm/migrations';

export class Migration20261202032225_notifications extends Migration {

  override name = 'Migration20261202032225_notifications';

  override up(): void | Promise<void> {
    this.addSql(`create table "job_run" ("id" uuid not null, "job_name" varchar(60) not null, "period_key" varchar(40) not null, "status" text not null, "attempts" int not null default 1, "started_at" timestamptz not null, "finished_at" timestamptz null, "summary" jsonb null, "error" text null, primary key ("id"));`);
    this.addSql(`create index "job_run_started_at_index" on "job_run" ("started_at");`);
    this.addSql(`alter table "job_run" add constraint "job_run_job_name_period_key_unique" unique ("job_name", "period_key");`);

    this.addSql(`create table "mail_delivery" ("id" uuid not null, "dedupe_key" varchar(200) not null, "kind" text not null, "recipient_user_id" uuid null, "to_address" varchar(320) not null, "subject" varchar(300) not null, "text" text not null, "html" text not null, "headers" jsonb not null, "attachments" jsonb not null, "state" text not null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null, "last_error" text null, "created_at" timestamptz not null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "mail_delivery_recipient_user_id_index" on "mail_delivery" ("recipient_user_id");`);
    this.addSql(`create index "mail_delivery_state_index" on "mail_delivery" ("state");`);

    this.addSql(`create table "mail_link_secret" ("name" varchar(40) not null, "secret" varchar(100) not null, "created_at" timestamptz not null, primary key ("name"));`);

    this.addSql(`create table "notification_setting" ("user_id" uuid not null, "daily_digest" boolean not null default true, "meet_and_greet" boolean not null default true, "updated_at" timestamptz not null, primary key ("user_id"));`);

    this.addSql(`alter table "job_run" add constraint "job_run_status_check" check ("status" in ('RUNNING', 'SUCCEEDED', 'FAILED'));`);

    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_kind_check" check ("kind" in ('DAILY_DIGEST', 'MEET_AND_GREET'));`);
    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_state_check" check ("state" in ('PENDING', 'SENDING', 'SENT', 'RETRY', 'FAILED'));`);

    this.addSql(`alter table "notification_setting" add constraint "notification_setting_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "job_run" cascade;`);
    this.addSql(`drop table if exists "mail_delivery" cascade;`);
    this.addSql(`drop table if exists "mail_link_secret" cascade;`);
    this.addSql(`drop table if exists "notification_setting" cascade;`);
  }

}
