import { Migration } from '@mikro-orm/migrations';

export class Migration20261122053209_trajectories extends Migration {

  override name = 'Migration20261122053209_trajectories';

  override up(): void | Promise<void> {
    this.addSql(`create table "trajectory_offering" ("id" uuid not null, "provider_id" uuid not null, "kind" text not null, "title" varchar(200) not null, "description" text not null, "competence_codes" jsonb not null, "hours_per_week" int not null, "duration_weeks" int not null, "postcode" varchar(4) not null, "postcode_full" varchar(7) null, "continuous_intake" boolean not null, "start_dates" jsonb not null, "capacity_per_start" int not null, "status" text not null, "created_by_user_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "trajectory_offering_provider_id_index" on "trajectory_offering" ("provider_id");`);
    this.addSql(`create index "trajectory_offering_kind_index" on "trajectory_offering" ("kind");`);
    this.addSql(`create index "trajectory_offering_status_index" on "trajectory_offering" ("status");`);

    this.addSql(`create table "trajectory_provider_profile" ("id" uuid not null, "organisation_id" uuid not null, "platform_id" uuid null, "description" text null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "trajectory_provider_profile" add constraint "trajectory_provider_profile_organisation_id_unique" unique ("organisation_id");`);
    this.addSql(`create index "trajectory_provider_profile_platform_id_index" on "trajectory_provider_profile" ("platform_id");`);

    this.addSql(`create table "trajectory_placement" ("id" uuid not null, "offering_id" uuid not null, "provider_id" uuid not null, "job_seeker_id" uuid not null, "status" text not null, "handover_note" text not null, "contact_route" text not null, "segment_at_proposal" text null, "override_justification" text null, "proposed_by_user_id" uuid not null, "proposed_at" timestamptz not null, "decided_by_user_id" uuid null, "decided_at" timestamptz null, "decline_reason" text null, "withdraw_reason" text null, "start_date" varchar(10) null, "actual_start_date" varchar(10) null, "attendance" text null, "finished_on" varchar(10) null, "finish_reason" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "trajectory_placement_offering_id_index" on "trajectory_placement" ("offering_id");`);
    this.addSql(`create index "trajectory_placement_provider_id_index" on "trajectory_placement" ("provider_id");`);
    this.addSql(`create index "trajectory_placement_job_seeker_id_index" on "trajectory_placement" ("job_seeker_id");`);
    this.addSql(`create index "trajectory_placement_status_index" on "trajectory_placement" ("status");`);
    this.addSql(`create index "trajectory_placement_start_date_index" on "trajectory_placement" ("start_date");`);
    this.addSql(`create index "trajectory_placement_offering_id_start_date_status_index" on "trajectory_placement" ("offering_id", "start_date", "status");`);
    this.addSql(`create unique index "trajectory_placement_one_active" on "trajectory_placement" ("offering_id", "job_seeker_id") where "status" in ('PROPOSED', 'ACCEPTED', 'STARTED');`);

    this.addSql(`create table "trajectory_progress_entry" ("id" uuid not null, "placement_id" uuid not null, "type" text not null, "note" text null, "observations" jsonb null, "attendance" text null, "recorded_at" timestamptz not null, "recorded_by_user_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "trajectory_progress_entry_placement_id_index" on "trajectory_progress_entry" ("placement_id");`);

    this.addSql(`create table "reassessment_prompt" ("id" uuid not null, "job_seeker_id" uuid not null, "placement_id" uuid not null, "reasons" jsonb not null, "level_changes" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "reassessment_prompt_job_seeker_id_index" on "reassessment_prompt" ("job_seeker_id");`);
    this.addSql(`create index "reassessment_prompt_placement_id_index" on "reassessment_prompt" ("placement_id");`);

    this.addSql(`alter table "trajectory_offering" add constraint "trajectory_offering_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id");`);
    this.addSql(`alter table "trajectory_offering" add constraint "trajectory_offering_kind_check" check ("kind" in ('LEARN_WORK', 'ACTIVATION', 'TRAINING_MODULE'));`);
    this.addSql(`alter table "trajectory_offering" add constraint "trajectory_offering_status_check" check ("status" in ('OPEN', 'CLOSED'));`);

    this.addSql(`alter table "trajectory_provider_profile" add constraint "trajectory_provider_profile_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);
    this.addSql(`alter table "trajectory_provider_profile" add constraint "trajectory_provider_profile_platform_id_foreign" foreign key ("platform_id") references "organisation" ("id") on delete set null;`);

    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_offering_id_foreign" foreign key ("offering_id") references "trajectory_offering" ("id");`);
    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_provider_id_foreign" foreign key ("provider_id") references "organisation" ("id");`);
    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_status_check" check ("status" in ('PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'STARTED', 'COMPLETED', 'ENDED'));`);
    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_contact_route_check" check ("contact_route" in ('PHONE', 'EMAIL', 'VIA_LIFECOACH'));`);
    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_segment_at_proposal_check" check ("segment_at_proposal" in ('READY', 'LATER', 'NOT_NOW'));`);
    this.addSql(`alter table "trajectory_placement" add constraint "trajectory_placement_attendance_check" check ("attendance" in ('ON_TRACK', 'SOME_ABSENCE', 'STOPPED'));`);

    this.addSql(`alter table "trajectory_progress_entry" add constraint "trajectory_progress_entry_placement_id_foreign" foreign key ("placement_id") references "trajectory_placement" ("id");`);
    this.addSql(`alter table "trajectory_progress_entry" add constraint "trajectory_progress_entry_type_check" check ("type" in ('NOTE', 'COMPETENCE_OBSERVATIONS', 'ATTENDANCE'));`);
    this.addSql(`alter table "trajectory_progress_entry" add constraint "trajectory_progress_entry_attendance_check" check ("attendance" in ('ON_TRACK', 'SOME_ABSENCE', 'STOPPED'));`);

    this.addSql(`alter table "reassessment_prompt" add constraint "reassessment_prompt_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "reassessment_prompt" add constraint "reassessment_prompt_placement_id_foreign" foreign key ("placement_id") references "trajectory_placement" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "trajectory_placement" drop constraint "trajectory_placement_offering_id_foreign";`);
    this.addSql(`alter table "trajectory_progress_entry" drop constraint "trajectory_progress_entry_placement_id_foreign";`);
    this.addSql(`alter table "reassessment_prompt" drop constraint "reassessment_prompt_placement_id_foreign";`);

    this.addSql(`drop table if exists "trajectory_offering" cascade;`);
    this.addSql(`drop table if exists "trajectory_provider_profile" cascade;`);
    this.addSql(`drop table if exists "trajectory_placement" cascade;`);
    this.addSql(`drop table if exists "trajectory_progress_entry" cascade;`);
    this.addSql(`drop table if exists "reassessment_prompt" cascade;`);
  }

}
