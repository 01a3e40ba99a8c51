import { Migration } from '@mikro-orm/migrations';

export class Migration20261122055559_placements extends Migration {

  override name = 'Migration20261122055559_placements';

  override up(): void | Promise<void> {
    this.addSql(`create table "placement" ("id" uuid not null, "job_seeker_id" uuid not null, "employer_id" uuid not null, "vacancy_id" uuid not null, "candidacy_id" uuid null, "status" text not null, "start_date" varchar(10) null, "contract_type" text not null, "contract_duration_months" int null, "contract_hours_per_week" int not null, "zero_hours_contract" boolean not null, "paid" boolean not null, "under_cao" boolean not null, "pay" jsonb null, "mentor_id" uuid null, "manager_id" uuid null, "lifecoach_id" uuid not null, "hours_build_up" jsonb not null, "absences" jsonb not null, "started_at" timestamptz null, "converted_on" varchar(10) null, "end_date" varchar(10) null, "end_reason" text null, "end_note" text null, "ended_by_side" text null, "ended_by_user_id" uuid null, "returns_to_programme" boolean null, "created_by_user_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "placement_job_seeker_id_index" on "placement" ("job_seeker_id");`);
    this.addSql(`create index "placement_employer_id_index" on "placement" ("employer_id");`);
    this.addSql(`create index "placement_vacancy_id_index" on "placement" ("vacancy_id");`);
    this.addSql(`alter table "placement" add constraint "placement_candidacy_id_unique" unique ("candidacy_id");`);
    this.addSql(`create index "placement_status_index" on "placement" ("status");`);
    this.addSql(`create index "placement_start_date_index" on "placement" ("start_date");`);
    this.addSql(`create index "placement_mentor_id_index" on "placement" ("mentor_id");`);
    this.addSql(`create index "placement_manager_id_index" on "placement" ("manager_id");`);
    this.addSql(`create index "placement_lifecoach_id_index" on "placement" ("lifecoach_id");`);
    this.addSql(`create unique index "placement_one_running_per_vacancy" on "placement" ("vacancy_id", "job_seeker_id") where "status" in ('DRAFT', 'ACTIVE', 'CONVERTED_TO_PERMANENT');`);

    this.addSql(`create table "placement_support_note" ("id" uuid not null, "placement_id" uuid not null, "note" text not null, "recorded_by_user_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "placement_support_note_placement_id_index" on "placement_support_note" ("placement_id");`);

    this.addSql(`create table "placement_hours_change" ("id" uuid not null, "placement_id" uuid not null, "steps" jsonb not null, "contract_hours_per_week" int not null, "reason" text not null, "changed_at" timestamptz not null, "changed_by_user_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "placement_hours_change_placement_id_index" on "placement_hours_change" ("placement_id");`);

    this.addSql(`create table "placement_check_in" ("id" uuid not null, "placement_id" uuid not null, "kind" text not null, "date" varchar(10) not null, "report" text not null, "how_its_going" text not null, "agreed_actions" jsonb not null, "recorded_by_user_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "placement_check_in_placement_id_index" on "placement_check_in" ("placement_id");`);
    this.addSql(`create index "placement_check_in_placement_id_kind_date_index" on "placement_check_in" ("placement_id", "kind", "date");`);

    this.addSql(`create table "onboarding_plan_item" ("id" uuid not null, "placement_id" uuid not null, "kind" text not null, "title" varchar(200) not null, "description" text null, "target_date" varchar(10) not null, "status" text not null, "competence_codes" jsonb not null, "created_by_user_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "onboarding_plan_item_placement_id_index" on "onboarding_plan_item" ("placement_id");`);

    this.addSql(`create table "onboarding_plan_comment" ("id" uuid not null, "placement_id" uuid not null, "item_id" uuid null, "text" text not null, "author_user_id" uuid not null, "author_role" varchar(40) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "onboarding_plan_comment_placement_id_index" on "onboarding_plan_comment" ("placement_id");`);
    this.addSql(`create index "onboarding_plan_comment_item_id_index" on "onboarding_plan_comment" ("item_id");`);

    this.addSql(`alter table "placement" add constraint "placement_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "placement" add constraint "placement_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "placement" add constraint "placement_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id");`);
    this.addSql(`alter table "placement" add constraint "placement_mentor_id_foreign" foreign key ("mentor_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "placement" add constraint "placement_manager_id_foreign" foreign key ("manager_id") references "app_user" ("id") on delete set null;`);
    this.addSql(`alter table "placement" add constraint "placement_lifecoach_id_foreign" foreign key ("lifecoach_id") references "app_user" ("id");`);
    this.addSql(`alter table "placement" add constraint "placement_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'CONVERTED_TO_PERMANENT', 'ENDED', 'CANCELLED'));`);
    this.addSql(`alter table "placement" add constraint "placement_contract_type_check" check ("contract_type" in ('EMPLOYMENT', 'LEARN_WORK', 'INTERNSHIP', 'SELF_EMPLOYED'));`);
    this.addSql(`alter table "placement" add constraint "placement_end_reason_check" check ("end_reason" in ('PERSONAL_CIRCUMSTANCES', 'HOURS_TOO_HEAVY', 'TASK_MISMATCH', 'CONFLICT_AT_WORK', 'EMPLOYER_REASONS', 'CONTRACT_NOT_EXTENDED', 'BETTER_JOB_ELSEWHERE', 'TRAVEL_TOO_HARD', 'OTHER'));`);
    this.addSql(`alter table "placement" add constraint "placement_ended_by_side_check" check ("ended_by_side" in ('EMPLOYER', 'PROGRAMME'));`);

    this.addSql(`alter table "placement_support_note" add constraint "placement_support_note_placement_id_foreign" foreign key ("placement_id") references "placement" ("id");`);

    this.addSql(`alter table "placement_hours_change" add constraint "placement_hours_change_placement_id_foreign" foreign key ("placement_id") references "placement" ("id");`);

    this.addSql(`alter table "placement_check_in" add constraint "placement_check_in_placement_id_foreign" foreign key ("placement_id") references "placement" ("id");`);
    this.addSql(`alter table "placement_check_in" add constraint "placement_check_in_kind_check" check ("kind" in ('MANAGER_FEEDBACK', 'MENTOR', 'LIFECOACH'));`);
    this.addSql(`alter table "placement_check_in" add constraint "placement_check_in_how_its_going_check" check ("how_its_going" in ('GOOD', 'SOME_WORRIES', 'SERIOUS_WORRIES'));`);

    this.addSql(`alter table "onboarding_plan_item" add constraint "onboarding_plan_item_placement_id_foreign" foreign key ("placement_id") references "placement" ("id");`);
    this.addSql(`alter table "onboarding_plan_item" add constraint "onboarding_plan_item_kind_check" check ("kind" in ('GOAL', 'LEARNING_ITEM'));`);
    this.addSql(`alter table "onboarding_plan_item" add constraint "onboarding_plan_item_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED'));`);

    this.addSql(`alter table "onboarding_plan_comment" add constraint "onboarding_plan_comment_placement_id_foreign" foreign key ("placement_id") references "placement" ("id");`);
    this.addSql(`alter table "onboarding_plan_comment" add constraint "onboarding_plan_comment_item_id_foreign" foreign key ("item_id") references "onboarding_plan_item" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "placement_support_note" drop constraint "placement_support_note_placement_id_foreign";`);
    this.addSql(`alter table "placement_hours_change" drop constraint "placement_hours_change_placement_id_foreign";`);
    this.addSql(`alter table "placement_check_in" drop constraint "placement_check_in_placement_id_foreign";`);
    this.addSql(`alter table "onboarding_plan_item" drop constraint "onboarding_plan_item_placement_id_foreign";`);
    this.addSql(`alter table "onboarding_plan_comment" drop constraint "onboarding_plan_comment_placement_id_foreign";`);
    this.addSql(`alter table "onboarding_plan_comment" drop constraint "onboarding_plan_comment_item_id_foreign";`);

    this.addSql(`drop table if exists "placement" cascade;`);
    this.addSql(`drop table if exists "placement_support_note" cascade;`);
    this.addSql(`drop table if exists "placement_hours_change" cascade;`);
    this.addSql(`drop table if exists "placement_check_in" cascade;`);
    this.addSql(`drop table if exists "onboarding_plan_item" cascade;`);
    this.addSql(`drop table if exists "onboarding_plan_comment" cascade;`);
  }

}
