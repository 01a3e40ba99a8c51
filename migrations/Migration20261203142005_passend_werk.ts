import { Migration } from '@mikro-orm/migrations';

export class Migration20261203142005_passend_werk extends Migration {

  override name = 'Migration20261203142005_passend_werk';

  // Existing vacancies keep null in both columns: "niet opgegeven". Matching checks nothing on an
  // unstated contract kind or working times; a vacancy with 0 minimum hours is still on-call work.
  override up(): void | Promise<void> {
    this.addSql(`alter table "vacancy" add "contract_kind" text null, add "working_times" jsonb null;`);
    this.addSql(`alter table "vacancy" add constraint "vacancy_contract_kind_check" check ("contract_kind" in ('vast', 'tijdelijk', 'uitzendwerk', 'leerwerkbaan', 'oproepcontract'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "vacancy" drop constraint "vacancy_contract_kind_check";`);
    this.addSql(`alter table "vacancy" drop column "contract_kind", drop column "working_times";`);
  }

}
