import { Migration } from '@mikro-orm/migrations';

export class Migration20261202135446_person_voice extends Migration {

  override name = 'Migration20261202135446_person_voice';

  override up(): void | Promise<void> {
    this.addSql(`create table "segment_reaction" ("id" uuid not null, "decision_id" uuid not null, "job_seeker_id" uuid not null, "text" text not null, "written_at" timestamptz not null, "answer" text null, "answered_by_user_id" uuid null, "answered_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "segment_reaction_decision_id_index" on "segment_reaction" ("decision_id");`);
    this.addSql(`create index "segment_reaction_job_seeker_id_index" on "segment_reaction" ("job_seeker_id");`);

    this.addSql(`alter table "candidacy" add "person_agreed_at" timestamptz null;`);

    this.addSql(`alter table "candidacy_transition" drop constraint "candidacy_transition_mover_check";`);
    this.addSql(`alter table "candidacy_transition" add constraint "candidacy_transition_mover_check" check ("mover" in ('EMPLOYER', 'LIFECOACH', 'PROGRAMME', 'SYSTEM', 'PERSON'));`);

    this.addSql(`alter table "segment_reaction" add constraint "segment_reaction_decision_id_foreign" foreign key ("decision_id") references "segment_decision" ("id");`);
    this.addSql(`alter table "segment_reaction" add constraint "segment_reaction_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "segment_reaction" cascade;`);

    this.addSql(`alter table "candidacy" drop column "person_agreed_at";`);

    this.addSql(`alter table "candidacy_transition" drop constraint "candidacy_transition_mover_check";`);
    this.addSql(`alter table "candidacy_transition" add constraint "candidacy_transition_mover_check" check ("mover" in ('EMPLOYER', 'LIFECOACH', 'PROGRAMME', 'SYSTEM'));`);
  }

}
