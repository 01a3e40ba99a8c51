import { Migration } from '@mikro-orm/migrations';

export class Migration20261122051332_employers_and_vacancies extends Migration {

  override name = 'Migration20261122051332_employers_and_vacancies';

  override up(): void | Promise<void> {
    this.addSql(`create table "employer_profile" ("id" uuid not null, "organisation_id" uuid not null, "sector_code" varchar(4) not null, "postcode" varchar(4) not null, "postcode_full" varchar(7) null, "address" varchar(200) null, "under_cao" boolean not null, "cao_name" varchar(200) null, "has_sroi_obligation" boolean not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "employer_profile" add constraint "employer_profile_organisation_id_unique" unique ("organisation_id");`);

    this.addSql(`create table "vacancy" ("id" uuid not null, "employer_id" uuid not null, "title" varchar(200) not null, "occupation_code" varchar(20) null, "description" text not null, "postcode" varchar(4) not null, "postcode_full" varchar(7) null, "hours_min" int not null, "hours_max" int not null, "gradual_build_up" boolean not null, "contract_type" text not null, "permanent_prospect" boolean not null, "paid" boolean not null, "under_cao" boolean not null, "pay" jsonb null, "requirements" jsonb not null, "legal_requirements" jsonb not null, "dutch_level" jsonb null, "behaviours" jsonb not null, "mentor_available" boolean not null, "positions" int not null, "status" text not null, "employer_only_notes" jsonb not null, "created_by_user_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "vacancy_employer_id_index" on "vacancy" ("employer_id");`);
    this.addSql(`create index "vacancy_status_index" on "vacancy" ("status");`);

    this.addSql(`alter table "employer_profile" add constraint "employer_profile_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`);

    this.addSql(`alter table "vacancy" add constraint "vacancy_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "vacancy" add constraint "vacancy_contract_type_check" check ("contract_type" in ('EMPLOYMENT', 'LEARN_WORK', 'INTERNSHIP', 'SELF_EMPLOYED'));`);
    this.addSql(`alter table "vacancy" add constraint "vacancy_status_check" check ("status" in ('DRAFT', 'OPEN', 'FILLED', 'CLOSED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "employer_profile" cascade;`);
    this.addSql(`drop table if exists "vacancy" cascade;`);
  }

}
