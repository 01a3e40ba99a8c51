import { Migration } from '@mikro-orm/migrations';

export class Migration20261122050052_instrument_usage_and_one_draft extends Migration {

  override name = 'Migration20261122050052_instrument_usage_and_one_draft';

  override up(): void | Promise<void> {
    this.addSql(`create table "instrument_version_usage" ("version" int not null, "instrument_id" varchar(100) not null, "fingerprint" varchar(64) not null, "first_used_at" timestamptz not null, primary key ("version"));`);

    this.addSql(`create unique index "assessment_one_draft_per_job_seeker" on "assessment" ("job_seeker_id") where "status" = 'DRAFT';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "instrument_version_usage" cascade;`);

    this.addSql(`drop index "assessment_one_draft_per_job_seeker";`);
  }

}
