import { Migration } from '@mikro-orm/migrations';

export class Migration20261203141749_referral_how_to_reach extends Migration {

  override name = 'Migration20261203141749_referral_how_to_reach';

  override up(): void | Promise<void> {
    this.addSql(`alter table "job_seeker" add "how_to_reach" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "job_seeker" drop column "how_to_reach";`);
  }

}
