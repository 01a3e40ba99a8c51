import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051947_matching_inputs extends Migration {

  override name = 'Migration20261122051947_matching_inputs';

  override up(): void | Promise<void> {
    this.addSql(`create table "matching_change" ("id" bigserial primary key, "job_seeker_id" uuid not null, "changed_at" timestamptz not null);`);
    this.addSql(`create index "matching_change_changed_at_index" on "matching_change" ("changed_at");`);

    this.addSql(`create table "candidate_pseudonym" ("id" uuid not null, "vacancy_id" uuid not null, "job_seeker_id" uuid not null, "code" varchar(12) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "candidate_pseudonym" add constraint "candidate_pseudonym_vacancy_id_job_seeker_id_unique" unique ("vacancy_id", "job_seeker_id");`);
    this.addSql(`alter table "candidate_pseudonym" add constraint "candidate_pseudonym_vacancy_id_code_unique" unique ("vacancy_id", "code");`);

    this.addSql(`alter table "job_seeker" add "legal_qualifications" jsonb not null default '[]';`);

    this.addSql(`alter table "candidate_pseudonym" add constraint "candidate_pseudonym_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id");`);
    this.addSql(`alter table "candidate_pseudonym" add constraint "candidate_pseudonym_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "matching_change" cascade;`);
    this.addSql(`drop table if exists "candidate_pseudonym" cascade;`);

    this.addSql(`alter table "job_seeker" drop column "legal_qualifications";`);
  }

}
