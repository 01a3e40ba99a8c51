import { Migration } from '@mikro-orm/migrations';

export class Migration20261122045007_initial extends Migration {

  override name = 'Migration20261122045007_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_entry" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_organisation_id" uuid null, "actor_role" varchar(40) null, "action" varchar(60) not null, "entity_type" varchar(60) not null, "entity_id" varchar(64) not null, "request_id" varchar(100) null, "fields" text[] null);`);
    this.addSql(`create index "audit_entry_occurred_at_index" on "audit_entry" ("occurred_at");`);
    this.addSql(`create index "audit_entry_actor_user_id_index" on "audit_entry" ("actor_user_id");`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);

    this.addSql(`create table "organisation" ("id" uuid not null, "name" varchar(200) not null, "kind" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "organisation_id" uuid not null, "display_name" varchar(200) not null, "email" varchar(320) not null, "role" text not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "app_user_organisation_id_index" on "app_user" ("organisation_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "job_seeker" ("id" uuid not null, "full_name" varchar(200) not null, "name_key" varchar(200) not null, "phone" varchar(20) not null, "email" varchar(320) null, "postcode" varchar(4) not null, "postcode_full" varchar(7) null, "date_of_birth" varchar(10) null, "preferred_language" varchar(5) not null default 'nl', "referring_organisation_id" uuid null, "responsible_lifecoach_id" uuid not null, "registered_by_user_id" uuid not null, "current_segment" text null, "segment_review_date" varchar(10) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "job_seeker_name_key_index" on "job_seeker" ("name_key");`);
    this.addSql(`create index "job_seeker_phone_index" on "job_seeker" ("phone");`);
    this.addSql(`create index "job_seeker_referring_organisation_id_index" on "job_seeker" ("referring_organisation_id");`);
    this.addSql(`create index "job_seeker_responsible_lifecoach_id_index" on "job_seeker" ("responsible_lifecoach_id");`);
    this.addSql(`create index "job_seeker_current_segment_index" on "job_seeker" ("current_segment");`);
    this.addSql(`create index "job_seeker_segment_review_date_index" on "job_seeker" ("segment_review_date");`);

    this.addSql(`create table "lifecoach_assignment" ("id" uuid not null, "job_seeker_id" uuid not null, "lifecoach_id" uuid not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "handover_note" text null, "assigned_by_user_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "lifecoach_assignment_job_seeker_id_index" on "lifecoach_assignment" ("job_seeker_id");`);

    this.addSql(`create table "consent_record" ("id" uuid not null, "job_seeker_id" uuid not null, "purpose" text not null, "employer_id" uuid null, "given" boolean not null, "text_version" varchar(60) not null, "recorded_at" timestamptz not null, "recorded_by_user_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "consent_record_job_seeker_id_index" on "consent_record" ("job_seeker_id");`);

    this.addSql(`create table "assessment" ("id" uuid not null, "job_seeker_id" uuid not null, "lifecoach_user_id" uuid not null, "instrument_version" int not null, "status" text not null default 'DRAFT', "answers" jsonb not null, "evidence" jsonb not null, "red_phase_note" text null, "started_at" timestamptz not null, "completed_at" timestamptz null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "assessment_job_seeker_id_index" on "assessment" ("job_seeker_id");`);

    this.addSql(`create table "talent_profile" ("id" uuid not null, "job_seeker_id" uuid not null, "assessment_id" uuid not null, "profile_number" int not null, "instrument_version" int not null, "profile" jsonb not null, "support_needs" jsonb not null, "created_at" timestamptz not null, "created_by_user_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "talent_profile_job_seeker_id_index" on "talent_profile" ("job_seeker_id");`);
    this.addSql(`alter table "talent_profile" add constraint "talent_profile_job_seeker_id_profile_number_unique" unique ("job_seeker_id", "profile_number");`);

    this.addSql(`create table "segment_decision" ("id" uuid not null, "job_seeker_id" uuid not null, "profile_id" uuid null, "computed_segment" text not null, "reasons" jsonb not null, "to_move_up" jsonb not null, "segment" text not null, "override_justification" text null, "review_date" varchar(10) not null, "decided_at" timestamptz not null, "decided_by_user_id" uuid not null, "lifecoach_user_id" uuid not null, "superseded_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "segment_decision_job_seeker_id_index" on "segment_decision" ("job_seeker_id");`);
    this.addSql(`create index "segment_decision_review_date_index" on "segment_decision" ("review_date");`);
    this.addSql(`create index "segment_decision_lifecoach_user_id_index" on "segment_decision" ("lifecoach_user_id");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "user_id" uuid not null, "label" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "created_by_user_id" uuid null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create or replace function "audit_entry_audit_entry_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_entry is append-only'; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_entry_append_only" BEFORE UPDATE OR DELETE on "audit_entry" for each ROW execute function "audit_entry_audit_entry_append_only_fn"();`);

    this.addSql(`alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('PROGRAMME', 'PARTNER', 'EMPLOYER', 'TRAJECTORY_PROVIDER'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('PROGRAMME_ADMIN', 'LIFECOACH', 'PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'TRAJECTORY_COORDINATOR'));`);

    this.addSql(`alter table "job_seeker" add constraint "job_seeker_referring_organisation_id_foreign" foreign key ("referring_organisation_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "job_seeker" add constraint "job_seeker_responsible_lifecoach_id_foreign" foreign key ("responsible_lifecoach_id") references "app_user" ("id");`);
    this.addSql(`alter table "job_seeker" add constraint "job_seeker_current_segment_check" check ("current_segment" in ('READY', 'LATER', 'NOT_NOW'));`);

    this.addSql(`alter table "lifecoach_assignment" add constraint "lifecoach_assignment_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "lifecoach_assignment" add constraint "lifecoach_assignment_lifecoach_id_foreign" foreign key ("lifecoach_id") references "app_user" ("id");`);

    this.addSql(`alter table "consent_record" add constraint "consent_record_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id") on delete set null;`);
    this.addSql(`alter table "consent_record" add constraint "consent_record_purpose_check" check ("purpose" in ('PROGRAMME_PROCESSING', 'MATCHING', 'PROFILE_SHARING', 'MEET_AND_GREET'));`);

    this.addSql(`alter table "assessment" add constraint "assessment_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "assessment" add constraint "assessment_status_check" check ("status" in ('DRAFT', 'COMPLETED'));`);

    this.addSql(`alter table "talent_profile" add constraint "talent_profile_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "talent_profile" add constraint "talent_profile_assessment_id_foreign" foreign key ("assessment_id") references "assessment" ("id");`);

    this.addSql(`alter table "segment_decision" add constraint "segment_decision_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "segment_decision" add constraint "segment_decision_profile_id_foreign" foreign key ("profile_id") references "talent_profile" ("id") on delete set null;`);
    this.addSql(`alter table "segment_decision" add constraint "segment_decision_computed_segment_check" check ("computed_segment" in ('READY', 'LATER', 'NOT_NOW'));`);
    this.addSql(`alter table "segment_decision" add constraint "segment_decision_segment_check" check ("segment" in ('READY', 'LATER', 'NOT_NOW'));`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_organisation_id_foreign";`);
    this.addSql(`alter table "job_seeker" drop constraint "job_seeker_referring_organisation_id_foreign";`);
    this.addSql(`alter table "consent_record" drop constraint "consent_record_employer_id_foreign";`);
    this.addSql(`alter table "job_seeker" drop constraint "job_seeker_responsible_lifecoach_id_foreign";`);
    this.addSql(`alter table "lifecoach_assignment" drop constraint "lifecoach_assignment_lifecoach_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);
    this.addSql(`alter table "lifecoach_assignment" drop constraint "lifecoach_assignment_job_seeker_id_foreign";`);
    this.addSql(`alter table "consent_record" drop constraint "consent_record_job_seeker_id_foreign";`);
    this.addSql(`alter table "assessment" drop constraint "assessment_job_seeker_id_foreign";`);
    this.addSql(`alter table "talent_profile" drop constraint "talent_profile_job_seeker_id_foreign";`);
    this.addSql(`alter table "segment_decision" drop constraint "segment_decision_job_seeker_id_foreign";`);
    this.addSql(`alter table "talent_profile" drop constraint "talent_profile_assessment_id_foreign";`);
    this.addSql(`alter table "segment_decision" drop constraint "segment_decision_profile_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_audit_entry_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "job_seeker" cascade;`);
    this.addSql(`drop table if exists "lifecoach_assignment" cascade;`);
    this.addSql(`drop table if exists "consent_record" cascade;`);
    this.addSql(`drop table if exists "assessment" cascade;`);
    this.addSql(`drop table if exists "talent_profile" cascade;`);
    this.addSql(`drop table if exists "segment_decision" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
