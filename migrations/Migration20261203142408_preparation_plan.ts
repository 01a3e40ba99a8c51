import { Migration } from '@mikro-orm/migrations';

export class Migration20261203142408_preparation_plan extends Migration {

  override name = 'Migration20261203142408_preparation_plan';

  override up(): void | Promise<void> {
    this.addSql(`create table "preparation_plan" ("id" uuid not null, "job_seeker_id" uuid not null, "segment" text not null, "modules" jsonb not null, "focus_competence_codes" jsonb not null, "start_date" varchar(10) not null, "planned_weeks" int not null, "ready_to_meet_date" varchar(10) null, "created_by_user_id" uuid not null, "updated_by_user_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "preparation_plan" add constraint "preparation_plan_job_seeker_id_unique" unique ("job_seeker_id");`);

    this.addSql(`alter table "preparation_plan" add constraint "preparation_plan_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "preparation_plan" add constraint "preparation_plan_segment_check" check ("segment" in ('READY', 'LATER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "preparation_plan" cascade;`);
  }

}
