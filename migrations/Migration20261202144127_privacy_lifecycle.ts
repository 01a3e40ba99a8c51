import { Migration } from '@mikro-orm/migrations';

export class Migration20261202144127_privacy_lifecycle extends Migration {

  override name = 'Migration20261202144127_privacy_lifecycle';

  override up(): void | Promise<void> {
    this.addSql(`create table "erasure_request" ("id" uuid not null, "job_seeker_id" uuid not null, "origin" text not null, "status" text not null, "requested_at" timestamptz not null, "requested_by_user_id" uuid not null, "confirmed_by_user_id" uuid null, "completed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "erasure_request_job_seeker_id_index" on "erasure_request" ("job_seeker_id");`);
    this.addSql(`create index "erasure_request_status_index" on "erasure_request" ("status");`);

    this.addSql(`alter table "mail_delivery" drop constraint "mail_delivery_kind_check";`);
    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_kind_check" check ("kind" in ('DAILY_DIGEST', 'MEET_AND_GREET', 'RETENTION_NOTICE'));`);

    this.addSql(`alter table "job_seeker" add "processing_restricted_at" timestamptz null, add "retention_notice_at" timestamptz null, add "erased_at" timestamptz null;`);
    this.addSql(`create index "job_seeker_erased_at_index" on "job_seeker" ("erased_at");`);

    this.addSql(`alter table "consent_record" drop constraint "consent_record_purpose_check";`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_purpose_check" check ("purpose" in ('PROGRAMME_PROCESSING', 'MATCHING', 'PROFILE_SHARING', 'MEET_AND_GREET', 'SPECIAL_CATEGORIES'));`);

    this.addSql(`alter table "erasure_request" add constraint "erasure_request_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_origin_check" check ("origin" in ('PERSON', 'LIFECOACH', 'PROCESSING_WITHDRAWN', 'RETENTION'));`);
    this.addSql(`alter table "erasure_request" add constraint "erasure_request_status_check" check ("status" in ('PENDING', 'DONE'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "erasure_request" cascade;`);

    this.addSql(`alter table "consent_record" drop constraint "consent_record_purpose_check";`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_purpose_check" check ("purpose" in ('PROGRAMME_PROCESSING', 'MATCHING', 'PROFILE_SHARING', 'MEET_AND_GREET'));`);

    this.addSql(`drop index "job_seeker_erased_at_index";`);
    this.addSql(`alter table "job_seeker" drop column "processing_restricted_at", drop column "retention_notice_at", drop column "erased_at";`);

    this.addSql(`alter table "mail_delivery" drop constraint "mail_delivery_kind_check";`);
    this.addSql(`alter table "mail_delivery" add constraint "mail_delivery_kind_check" check ("kind" in ('DAILY_DIGEST', 'MEET_AND_GREET'));`);
  }

}
