import { Migration } from '@mikro-orm/migrations';

export class Migration20261202035627_person_space extends Migration {

  override name = 'Migration20261202035627_person_space';

  override up(): void | Promise<void> {
    this.addSql(`create table "sign_in_code" ("id" uuid not null, "user_id" uuid not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "created_by_user_id" uuid not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "ended_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "sign_in_code_user_id_index" on "sign_in_code" ("user_id");`);
    this.addSql(`alter table "sign_in_code" add constraint "sign_in_code_code_hash_unique" unique ("code_hash");`);

    this.addSql(`alter table "app_user" drop constraint "app_user_role_check";`);
    this.addSql(`alter table "app_user" add "job_seeker_id" uuid null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id") on delete set null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_job_seeker_id_unique" unique ("job_seeker_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('PROGRAMME_ADMIN', 'LIFECOACH', 'PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'TRAJECTORY_COORDINATOR', 'JOB_SEEKER'));`);

    this.addSql(`alter table "sign_in_code" add constraint "sign_in_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sign_in_code" cascade;`);

    this.addSql(`alter table "app_user" drop constraint "app_user_job_seeker_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_job_seeker_id_unique";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_role_check";`);
    this.addSql(`alter table "app_user" drop column "job_seeker_id";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('PROGRAMME_ADMIN', 'LIFECOACH', 'PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'TRAJECTORY_COORDINATOR'));`);
  }

}
