import { Migration } from '@mikro-orm/migrations';

export class Migration20261203141706_manager_role extends Migration {

  override name = 'Migration20261203141706_manager_role';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('PROGRAMME_ADMIN', 'LIFECOACH', 'PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'MANAGER', 'TRAJECTORY_COORDINATOR', 'JOB_SEEKER', 'ADVISORY_GROUP'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_role_check";`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('PROGRAMME_ADMIN', 'LIFECOACH', 'PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'TRAJECTORY_COORDINATOR', 'JOB_SEEKER', 'ADVISORY_GROUP'));`);
  }

}
