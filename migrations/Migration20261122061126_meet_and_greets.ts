import { Migration } from '@mikro-orm/migrations';

export class Migration20261122061126_meet_and_greets extends Migration {

  override name = 'Migration20261122061126_meet_and_greets';

  override up(): void | Promise<void> {
    this.addSql(`create table "meet_and_greet" ("id" uuid not null, "title" varchar(200) not null, "event_date" varchar(10) not null, "start_time" varchar(5) not null, "place" varchar(300) not null, "seeker_capacity" int not null, "rounds" int not null, "round_minutes" int not null, "break_minutes" int not null, "max_conversations_per_seeker" int not null, "shortlist_size" int not null, "status" text not null, "schedule_proposed_at" timestamptz null, "schedule_fixed_at" timestamptz null, "schedule_fixed_by_user_id" uuid null, "held_at" timestamptz null, "created_by_user_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "meet_and_greet_event_date_index" on "meet_and_greet" ("event_date");`);
    this.addSql(`create index "meet_and_greet_status_index" on "meet_and_greet" ("status");`);

    this.addSql(`create table "meet_and_greet_employer" ("id" uuid not null, "meet_and_greet_id" uuid not null, "employer_id" uuid not null, "status" text not null, "tables" int not null, "available_rounds" jsonb null, "attended" boolean null, "invited_by_user_id" uuid not null, "invited_at" timestamptz not null, "responded_by_user_id" uuid null, "responded_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "meet_and_greet_employer_meet_and_greet_id_index" on "meet_and_greet_employer" ("meet_and_greet_id");`);
    this.addSql(`create index "meet_and_greet_employer_employer_id_index" on "meet_and_greet_employer" ("employer_id");`);
    this.addSql(`alter table "meet_and_greet_employer" add constraint "meet_and_greet_employer_meet_and_greet_id_employer_id_unique" unique ("meet_and_greet_id", "employer_id");`);

    this.addSql(`create table "meet_and_greet_conversation" ("id" uuid not null, "meet_and_greet_id" uuid not null, "employer_id" uuid not null, "job_seeker_id" uuid not null, "round" int not null, "placed_by_hand" boolean not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "meet_and_greet_conversation_meet_and_greet_id_index" on "meet_and_greet_conversation" ("meet_and_greet_id");`);
    this.addSql(`alter table "meet_and_greet_conversation" add constraint "meet_and_greet_conversation_meet_and_greet_id_job_c0bad_unique" unique ("meet_and_greet_id", "job_seeker_id", "round");`);
    this.addSql(`alter table "meet_and_greet_conversation" add constraint "meet_and_greet_conversation_meet_and_greet_id_emp_05902_unique" unique ("meet_and_greet_id", "employer_id", "job_seeker_id");`);

    this.addSql(`create table "meet_and_greet_participant" ("id" uuid not null, "meet_and_greet_id" uuid not null, "job_seeker_id" uuid not null, "status" text not null, "contact_route" text not null, "available_rounds" jsonb null, "max_conversations" int null, "attended" boolean null, "invited_by_user_id" uuid not null, "invited_at" timestamptz not null, "responded_by_user_id" uuid null, "responded_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "meet_and_greet_participant_meet_and_greet_id_index" on "meet_and_greet_participant" ("meet_and_greet_id");`);
    this.addSql(`create index "meet_and_greet_participant_job_seeker_id_index" on "meet_and_greet_participant" ("job_seeker_id");`);
    this.addSql(`alter table "meet_and_greet_participant" add constraint "meet_and_greet_participant_meet_and_greet_id_job__4136a_unique" unique ("meet_and_greet_id", "job_seeker_id");`);

    this.addSql(`create table "shortlist_entry" ("id" uuid not null, "meet_and_greet_id" uuid not null, "vacancy_id" uuid not null, "employer_id" uuid not null, "job_seeker_id" uuid not null, "source" text not null, "rank_at_build" int null, "added_by_user_id" uuid not null, "add_reason" text null, "wish" text null, "wish_reason" varchar(40) null, "wish_note" text null, "marked_by_user_id" uuid null, "marked_at" timestamptz null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "shortlist_entry_meet_and_greet_id_index" on "shortlist_entry" ("meet_and_greet_id");`);
    this.addSql(`create index "shortlist_entry_vacancy_id_index" on "shortlist_entry" ("vacancy_id");`);
    this.addSql(`create index "shortlist_entry_job_seeker_id_index" on "shortlist_entry" ("job_seeker_id");`);
    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_meet_and_greet_id_vacancy_id_job__8adb5_unique" unique ("meet_and_greet_id", "vacancy_id", "job_seeker_id");`);

    this.addSql(`create table "meet_and_greet_vacancy" ("id" uuid not null, "meet_and_greet_id" uuid not null, "vacancy_id" uuid not null, "employer_id" uuid not null, "added_by_user_id" uuid not null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "meet_and_greet_vacancy_meet_and_greet_id_index" on "meet_and_greet_vacancy" ("meet_and_greet_id");`);
    this.addSql(`create index "meet_and_greet_vacancy_vacancy_id_index" on "meet_and_greet_vacancy" ("vacancy_id");`);
    this.addSql(`alter table "meet_and_greet_vacancy" add constraint "meet_and_greet_vacancy_meet_and_greet_id_vacancy_id_unique" unique ("meet_and_greet_id", "vacancy_id");`);

    this.addSql(`create table "candidacy" ("id" uuid not null, "job_seeker_id" uuid not null, "vacancy_id" uuid not null, "employer_id" uuid not null, "meet_and_greet_id" uuid null, "status" text not null, "reason_code" varchar(40) null, "last_moved_at" timestamptz not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "candidacy_job_seeker_id_index" on "candidacy" ("job_seeker_id");`);
    this.addSql(`create index "candidacy_vacancy_id_index" on "candidacy" ("vacancy_id");`);
    this.addSql(`create index "candidacy_employer_id_index" on "candidacy" ("employer_id");`);
    this.addSql(`create index "candidacy_meet_and_greet_id_index" on "candidacy" ("meet_and_greet_id");`);
    this.addSql(`create index "candidacy_status_index" on "candidacy" ("status");`);
    this.addSql(`create index "candidacy_last_moved_at_index" on "candidacy" ("last_moved_at");`);
    this.addSql(`create unique index "candidacy_one_open" on "candidacy" ("job_seeker_id", "vacancy_id") where "status" in ('PROPOSED', 'SHORTLISTED', 'MET', 'INVITED', 'INTERVIEWED', 'OFFERED');`);

    this.addSql(`create table "interview_invitation" ("id" uuid not null, "candidacy_id" uuid not null, "employer_id" uuid not null, "status" text not null, "message" text null, "contact_route" text null, "invited_by_user_id" uuid not null, "invited_at" timestamptz not null, "shared_by_user_id" uuid null, "shared_at" timestamptz null, "closed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "interview_invitation" add constraint "interview_invitation_candidacy_id_unique" unique ("candidacy_id");`);
    this.addSql(`create index "interview_invitation_employer_id_index" on "interview_invitation" ("employer_id");`);
    this.addSql(`create index "interview_invitation_status_index" on "interview_invitation" ("status");`);

    this.addSql(`create table "candidacy_transition" ("id" uuid not null, "candidacy_id" uuid not null, "from_status" text null, "to_status" text not null, "reason_code" varchar(40) null, "note" text null, "mover" text not null, "actor_user_id" uuid null, "actor_organisation_id" uuid null, "occurred_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "candidacy_transition_candidacy_id_index" on "candidacy_transition" ("candidacy_id");`);
    this.addSql(`create index "candidacy_transition_to_status_index" on "candidacy_transition" ("to_status");`);
    this.addSql(`create index "candidacy_transition_occurred_at_index" on "candidacy_transition" ("occurred_at");`);

    this.addSql(`alter table "meet_and_greet" add constraint "meet_and_greet_status_check" check ("status" in ('PLANNED', 'SCHEDULE_FIXED', 'HELD'));`);

    this.addSql(`alter table "meet_and_greet_employer" add constraint "meet_and_greet_employer_meet_and_greet_id_foreign" foreign key ("meet_and_greet_id") references "meet_and_greet" ("id");`);
    this.addSql(`alter table "meet_and_greet_employer" add constraint "meet_and_greet_employer_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "meet_and_greet_employer" add constraint "meet_and_greet_employer_status_check" check ("status" in ('INVITED', 'ACCEPTED', 'DECLINED'));`);

    this.addSql(`alter table "meet_and_greet_conversation" add constraint "meet_and_greet_conversation_meet_and_greet_id_foreign" foreign key ("meet_and_greet_id") references "meet_and_greet" ("id");`);
    this.addSql(`alter table "meet_and_greet_conversation" add constraint "meet_and_greet_conversation_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "meet_and_greet_conversation" add constraint "meet_and_greet_conversation_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);

    this.addSql(`alter table "meet_and_greet_participant" add constraint "meet_and_greet_participant_meet_and_greet_id_foreign" foreign key ("meet_and_greet_id") references "meet_and_greet" ("id");`);
    this.addSql(`alter table "meet_and_greet_participant" add constraint "meet_and_greet_participant_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "meet_and_greet_participant" add constraint "meet_and_greet_participant_status_check" check ("status" in ('INVITED', 'ACCEPTED', 'DECLINED'));`);
    this.addSql(`alter table "meet_and_greet_participant" add constraint "meet_and_greet_participant_contact_route_check" check ("contact_route" in ('VIA_LIFECOACH', 'PHONE', 'EMAIL'));`);

    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_meet_and_greet_id_foreign" foreign key ("meet_and_greet_id") references "meet_and_greet" ("id");`);
    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id");`);
    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_source_check" check ("source" in ('ENGINE', 'LIFECOACH'));`);
    this.addSql(`alter table "shortlist_entry" add constraint "shortlist_entry_wish_check" check ("wish" in ('WANT', 'MAYBE', 'NO'));`);

    this.addSql(`alter table "meet_and_greet_vacancy" add constraint "meet_and_greet_vacancy_meet_and_greet_id_foreign" foreign key ("meet_and_greet_id") references "meet_and_greet" ("id");`);
    this.addSql(`alter table "meet_and_greet_vacancy" add constraint "meet_and_greet_vacancy_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id");`);
    this.addSql(`alter table "meet_and_greet_vacancy" add constraint "meet_and_greet_vacancy_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);

    this.addSql(`alter table "candidacy" add constraint "candidacy_job_seeker_id_foreign" foreign key ("job_seeker_id") references "job_seeker" ("id");`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_vacancy_id_foreign" foreign key ("vacancy_id") references "vacancy" ("id");`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_meet_and_greet_id_foreign" foreign key ("meet_and_greet_id") references "meet_and_greet" ("id") on delete set null;`);
    this.addSql(`alter table "candidacy" add constraint "candidacy_status_check" check ("status" in ('PROPOSED', 'SHORTLISTED', 'MET', 'INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED', 'DECLINED_BY_PERSON', 'NOT_SELECTED', 'WITHDRAWN', 'VACANCY_CLOSED'));`);

    this.addSql(`alter table "interview_invitation" add constraint "interview_invitation_candidacy_id_foreign" foreign key ("candidacy_id") references "candidacy" ("id");`);
    this.addSql(`alter table "interview_invitation" add constraint "interview_invitation_employer_id_foreign" foreign key ("employer_id") references "organisation" ("id");`);
    this.addSql(`alter table "interview_invitation" add constraint "interview_invitation_status_check" check ("status" in ('WAITING_FOR_CONSENT', 'SHARED', 'CLOSED'));`);
    this.addSql(`alter table "interview_invitation" add constraint "interview_invitation_contact_route_check" check ("contact_route" in ('VIA_LIFECOACH', 'PHONE', 'EMAIL'));`);

    this.addSql(`alter table "candidacy_transition" add constraint "candidacy_transition_candidacy_id_foreign" foreign key ("candidacy_id") references "candidacy" ("id");`);
    this.addSql(`alter table "candidacy_transition" add constraint "candidacy_transition_from_status_check" check ("from_status" in ('PROPOSED', 'SHORTLISTED', 'MET', 'INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED', 'DECLINED_BY_PERSON', 'NOT_SELECTED', 'WITHDRAWN', 'VACANCY_CLOSED'));`);
    this.addSql(`alter table "candidacy_transition" add constraint "candidacy_transition_to_status_check" check ("to_status" in ('PROPOSED', 'SHORTLISTED', 'MET', 'INVITED', 'INTERVIEWED', 'OFFERED', 'HIRED', 'DECLINED_BY_PERSON', 'NOT_SELECTED', 'WITHDRAWN', 'VACANCY_CLOSED'));`);
    this.addSql(`alter table "candidacy_transition" add constraint "candidacy_transition_mover_check" check ("mover" in ('EMPLOYER', 'LIFECOACH', 'PROGRAMME', 'SYSTEM'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "meet_and_greet_employer" drop constraint "meet_and_greet_employer_meet_and_greet_id_foreign";`);
    this.addSql(`alter table "meet_and_greet_conversation" drop constraint "meet_and_greet_conversation_meet_and_greet_id_foreign";`);
    this.addSql(`alter table "meet_and_greet_participant" drop constraint "meet_and_greet_participant_meet_and_greet_id_foreign";`);
    this.addSql(`alter table "shortlist_entry" drop constraint "shortlist_entry_meet_and_greet_id_foreign";`);
    this.addSql(`alter table "meet_and_greet_vacancy" drop constraint "meet_and_greet_vacancy_meet_and_greet_id_foreign";`);
    this.addSql(`alter table "candidacy" drop constraint "candidacy_meet_and_greet_id_foreign";`);
    this.addSql(`alter table "interview_invitation" drop constraint "interview_invitation_candidacy_id_foreign";`);
    this.addSql(`alter table "candidacy_transition" drop constraint "candidacy_transition_candidacy_id_foreign";`);

    this.addSql(`drop table if exists "meet_and_greet" cascade;`);
    this.addSql(`drop table if exists "meet_and_greet_employer" cascade;`);
    this.addSql(`drop table if exists "meet_and_greet_conversation" cascade;`);
    this.addSql(`drop table if exists "meet_and_greet_participant" cascade;`);
    this.addSql(`drop table if exists "shortlist_entry" cascade;`);
    this.addSql(`drop table if exists "meet_and_greet_vacancy" cascade;`);
    this.addSql(`drop table if exists "candidacy" cascade;`);
    this.addSql(`drop table if exists "interview_invitation" cascade;`);
    this.addSql(`drop table if exists "candidacy_transition" cascade;`);
  }

}
