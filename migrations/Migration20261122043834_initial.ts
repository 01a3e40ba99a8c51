import { Migration } from '@mikro-orm/migrations';

export class Migration20261122043834_initial extends Migration {
  override name = 'Migration20261122043834_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_user_id" uuid null, "actor_organisation_id" uuid null, "actor_role" varchar(40) null, "action" varchar(60) not null, "entity_type" varchar(60) not null, "entity_id" varchar(64) not null, "request_id" varchar(100) null, "fields" text[] null);`,
    );
    this.addSql(`create index "audit_entry_occurred_at_index" on "audit_entry" ("occurred_at");`);
    this.addSql(`create index "audit_entry_actor_user_id_index" on "audit_entry" ("actor_user_id");`);
    this.addSql(
      `create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "organisation" ("id" uuid not null, "name" varchar(200) not null, "kind" text not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);

    this.addSql(
      `create table "app_user" ("id" uuid not null, "organisation_id" uuid not null, "display_name" varchar(200) not null, "email" varchar(320) not null, "role" text not null, "active" boolean not null default true, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "app_user_organisation_id_index" on "app_user" ("organisation_id");`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "api_token" ("id" uuid not null, "user_id" uuid not null, "label" varchar(100) not null, "prefix" varchar(16) not null, "secret_hash" varchar(64) not null, "created_at" timestamptz not null, "created_by_user_id" uuid null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(`create index "api_token_user_id_index" on "api_token" ("user_id");`);
    this.addSql(
      `alter table "api_token" add constraint "api_token_secret_hash_unique" unique ("secret_hash");`,
    );

    this.addSql(
      `alter table "organisation" add constraint "organisation_kind_check" check ("kind" in ('PROGRAMME', 'PARTNER', 'EMPLOYER', 'TRAJECTORY_PROVIDER'));`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id");`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_role_check" check ("role" in ('PROGRAMME_ADMIN', 'LIFECOACH', 'PARTNER_WORKER', 'EMPLOYER_RECRUITER', 'MENTOR', 'TRAJECTORY_COORDINATOR'));`,
    );

    this.addSql(
      `alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`,
    );

    // The audit log is append-only: the database itself refuses to change or remove an entry.
    this.addSql(
      `create function audit_entry_is_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end; $$;`,
    );
    this.addSql(
      `create trigger audit_entry_append_only before update or delete on "audit_entry" for each row execute function audit_entry_is_append_only();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_append_only on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_is_append_only();`);
    this.addSql(`alter table "app_user" drop constraint "app_user_organisation_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "organisation" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
  }
}
