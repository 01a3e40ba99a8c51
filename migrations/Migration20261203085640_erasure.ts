import { Migration } from '@mikro-orm/migrations';

export class Migration20261203085640_erasure extends Migration {

  override name = 'Migration20261203085640_erasure';

  override up(): void | Promise<void> {
    this.addSql(`create table "retention_notice" ("id" uuid not null, "job_seeker_id" uuid not null, "last_activity_on" varchar(10) not null, "anonymise_on" varchar(10) not null, "notified_at" timestamptz not null, "mailed" boolean not null, "kept_at" timestamptz null, "kept_by_user_id" uuid null, "cancelled_at" timestamptz null, "anonymised_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "retention_notice_job_seeker_id_index" on "retention_notice" ("job_seeker_id");`);
    this.addSql(`alter table "retention_notice" add constraint "retention_notice_job_seeker_id_last_activity_on_unique" unique ("job_seeker_id", "last_activity_on");`);

    this.addSql(`create table "erasure_request" ("id" uuid not null, "job_seeker_id" uuid not null, "origin" text not null, "status" text not null, "requested_at" timestamptz not null, "requested_by_user_id" uuid not null, "not_yet_reason" text null, "decided_at" timestamptz null, "decided_by_user_id" uuid null, "erased_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "erasure_request_job_seeker_id_index" on "erasure_request" ("job_seeker_id");`);
    this.addSql(`create index "erasure_request_status_index" on "erasure_request" ("status");`);
    this.addSql(`create unique index "erasure_request_one_open_per_job_seeker" on "erasure_request" ("job_seeker_id") where "status" in ('REQUESTED', 'NOT_YET');`);

    this.addSql(`alter table "mail_delivery" drop constraint "mail_delivery_kind_check";`);
    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_kind_check" check ("kind" in ('DAILY_DIGEST', 'MEET_AND_GREET', 'DATA_RETENTION'));`);

    this.addSql(`alter table "job_seeker" add "erased_at" timestamptz null;`);

    this.addSql(`alter table "retention_notice" add constraint "retention_notice_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);

    this.addSql(`alter table "erasure_request" add constraint "erasure_request_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_origin_check" check ("origin" in ('PERSON', 'LIFECOACH', 'CONSENT_WITHDRAWN', 'RETENTION'));`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_status_check" check ("status" in ('REQUESTED', 'NOT_YET', 'ERASED', 'WITHDRAWN'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "retention_notice" cascade;`);
    this.addSql(`drop table if exists "erasure_request" cascade;`);

    this.addSql(`alter table "job_seeker" drop column "erased_at";`);

    this.addSql(`alter table "mail_delivery" drop constraint "mail_delivery_kind_check";`);
    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_kind_check" check ("kind" in ('DAILY_DIGEST', 'MEET_AND_GREET'));`);
  }

}
