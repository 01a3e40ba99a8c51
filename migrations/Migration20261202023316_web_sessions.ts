import { Migration } from '@mikro-orm/migrations';

export class Migration20261202023316_web_sessions extends Migration {

  override name = 'Migration20261202023316_web_sessions';

  override up(): void | Promise<void> {
    this.addSql(`create table "sign_in_link" ("id" uuid not null, "user_id" uuid not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "used_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "sign_in_link_user_id_index" on "sign_in_link" ("user_id");`);
    this.addSql(`alter table "sign_in_link" add constraint "sign_in_link_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`create table "web_session" ("id" uuid not null, "user_id" uuid not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text null, primary key ("id"));`);
    this.addSql(`create index "web_session_user_id_index" on "web_session" ("user_id");`);
    this.addSql(`alter table "web_session" add constraint "web_session_secret_hash_unique" unique ("secret_hash");`);

    this.addSql(`alter table "sign_in_link" add constraint "sign_in_link_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);

    this.addSql(`alter table "web_session" add constraint "web_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`);
    this.addSql(`alter table "web_session" add constraint "web_session_end_reason_check" check ("end_reason" in ('SIGNED_OUT', 'IDLE', 'EXPIRED', 'USER_DEACTIVATED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sign_in_link" cascade;`);
    this.addSql(`drop table if exists "web_session" cascade;`);
  }

}
