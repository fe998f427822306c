import { Migration } from '@mikro-orm/migrations';

export class Migration20261128004353_schema extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "administrative_unit" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "code" text not null, "name" text not null, "level" text check ("level" in ('city', 'district', 'commune')) not null, "kind" text check ("kind" in ('thanh_pho', 'quan', 'huyen', 'thi_xa', 'phuong', 'xa', 'thi_tran')) not null, "parent_id" int null, "population" int null, constraint administrative_unit_not_own_parent_check check (parent_id is distinct from id), constraint administrative_unit_code_format_check check (code ~ '^[0-9]{2,5}\$'));`);
    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_code_unique" unique ("code");`);
    this.addSql(`create index "administrative_unit_parent_id_index" on "administrative_unit" ("parent_id");`);
    this.addSql(`create index administrative_unit_name_search_idx on administrative_unit using gin (search_key(name) gin_trgm_ops);`);

    this.addSql(`create table "document" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "code" text not null, "kind" text not null, "issuer" text not null, "issued_on" date null, "title" text not null);`);
    this.addSql(`alter table "document" add constraint "document_code_unique" unique ("code");`);
    this.addSql(`create index "document_issued_on_index" on "document" ("issued_on");`);

    this.addSql(`create table "index_score" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "index" text check ("index" in ('PAR_INDEX', 'SIPAS', 'PAPI')) not null, "year" smallint not null, "unit_id" int not null, "score" numeric(8,3) null, "rank" smallint null, "out_of" smallint null, constraint index_score_rank_check check ((rank is null or rank >= 1) and (out_of is null or out_of >= 1) and (rank is null or out_of is null or rank <= out_of)));`);
    this.addSql(`alter table "index_score" add constraint "index_score_index_year_unit_id_unique" unique ("index", "year", "unit_id");`);

    this.addSql(`create table "organisation" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "code" text not null, "name" text not null, "kind" text check ("kind" in ('city_committee', 'district_committee', 'bloc_committee', 'grassroots_committee', 'grassroots_cell', 'partial_committee', 'cell', 'standing_committee', 'inspection_commission', 'party_commission', 'steering_committee', 'people_council', 'people_committee', 'department', 'front_committee', 'mass_organisation')) not null, "branch" text check ("branch" in ('party', 'state', 'front')) not null, "parent_id" int null, "administrative_unit_id" int null, "host_sector" text check ("host_sector" in ('residential', 'administrative', 'public_service', 'state_enterprise', 'non_state_enterprise', 'armed_forces')) null, "founded_on" date not null, "dissolved_on" date null, "path" integer[] not null default '{}', "depth" smallint generated always as (cardinality(path) - 1) stored null, constraint organisation_not_own_parent_check check (parent_id is distinct from id), constraint organisation_dates_check check (dissolved_on is null or dissolved_on >= founded_on));`);
    this.addSql(`alter table "organisation" add constraint "organisation_code_unique" unique ("code");`);
    this.addSql(`create index "organisation_kind_index" on "organisation" ("kind");`);
    this.addSql(`create index "organisation_parent_id_index" on "organisation" ("parent_id");`);
    this.addSql(`create index "organisation_administrative_unit_id_index" on "organisation" ("administrative_unit_id");`);
    this.addSql(`create index "organisation_founded_on_index" on "organisation" ("founded_on");`);
    this.addSql(`create index organisation_path_idx on organisation using gin (path);`);
    this.addSql(`create index organisation_name_search_idx on organisation using gin (search_key(name) gin_trgm_ops);`);

    this.addSql(`create table "designation" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "organisation_id" int not null, "kind" text check ("kind" in ('weak', 'to_consolidate')) not null, "year" smallint not null, "designated_on" date not null, "plan" text not null, "monitored_by_id" int null, constraint designation_year_check check ((year >= 1930) AND (year <= 2100)));`);
    this.addSql(`create index "designation_organisation_id_index" on "designation" ("organisation_id");`);
    this.addSql(`alter table "designation" add constraint "designation_organisation_id_kind_year_unique" unique ("organisation_id", "kind", "year");`);

    this.addSql(`create table "consolidation" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "designation_id" int not null, "consolidated_on" date not null);`);
    this.addSql(`alter table "consolidation" add constraint "consolidation_designation_id_unique" unique ("designation_id");`);
    this.addSql(`create index "consolidation_consolidated_on_index" on "consolidation" ("consolidated_on");`);

    this.addSql(`create table "person" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "full_name" text not null, "sex" text check ("sex" in ('male', 'female')) not null, "birth_year" smallint not null, "ethnicity" text not null default 'Kinh', "education" text check ("education" in ('lower_secondary', 'upper_secondary', 'vocational', 'university', 'postgraduate')) not null, constraint person_name_check check (length(btrim(full_name)) > 0), constraint person_birth_year_check check ((birth_year >= 1900) AND (birth_year <= 2030)));`);
    this.addSql(`create index person_name_search_idx on person using gin (search_key(full_name) gin_trgm_ops);`);

    this.addSql(`create table "member" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "person_id" int not null, "cell_id" int not null, "admitted_on" date not null, "probation_ends_on" date not null, "full_member_on" date null, "status" text check ("status" in ('probationary', 'full', 'transferred_out', 'exited')) not null, "left_on" date null, constraint member_dates_check check (probation_ends_on >= admitted_on and (full_member_on is null or full_member_on >= admitted_on) and (left_on is null or left_on >= admitted_on)));`);
    this.addSql(`alter table "member" add constraint "member_person_id_unique" unique ("person_id");`);
    this.addSql(`create index "member_cell_id_index" on "member" ("cell_id");`);
    this.addSql(`create index "member_admitted_on_index" on "member" ("admitted_on");`);

    this.addSql(`create table "membership_event" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "member_id" int not null, "kind" text check ("kind" in ('admission', 'full_membership', 'transfer_in', 'transfer_out', 'exit')) not null, "exit_reason" text check ("exit_reason" in ('death', 'expulsion', 'removal', 'resignation')) null, "occurred_on" date not null, "organisation_id" int not null, "counterpart_id" int null, constraint membership_event_exit_only_check check ((kind = 'exit') = (exit_reason is not null)));`);
    this.addSql(`create index "membership_event_member_id_index" on "membership_event" ("member_id");`);
    this.addSql(`create index "membership_event_occurred_on_index" on "membership_event" ("occurred_on");`);
    this.addSql(`create index "membership_event_organisation_id_index" on "membership_event" ("organisation_id");`);
    this.addSql(`create index "membership_event_kind_occurred_on_index" on "membership_event" ("kind", "occurred_on");`);

    this.addSql(`create table "disciplinary_action" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "subject_organisation_id" int null, "subject_member_id" int null, "placed_in_id" int not null, "acting_committee_id" int not null, "acting_body" text check ("acting_body" in ('committee', 'inspection_commission')) not null, "form" text check ("form" in ('reprimand', 'warning', 'dismissal', 'expulsion', 'dissolution')) not null, "decided_on" date not null, constraint disciplinary_action_form_fits_subject_check check (((subject_member_id IS NOT NULL) AND (form = ANY (ARRAY['reprimand'::text, 'warning'::text, 'dismissal'::text, 'expulsion'::text]))) OR ((subject_organisation_id IS NOT NULL) AND (form = ANY (ARRAY['reprimand'::text, 'warning'::text, 'dissolution'::text])))), constraint disciplinary_action_placed_in_subject_check check (subject_organisation_id is null or placed_in_id = subject_organisation_id), constraint disciplinary_action_one_subject_check check (num_nonnulls(subject_organisation_id, subject_member_id) = 1));`);
    this.addSql(`create index "disciplinary_action_subject_organisation_id_index" on "disciplinary_action" ("subject_organisation_id");`);
    this.addSql(`create index "disciplinary_action_subject_member_id_index" on "disciplinary_action" ("subject_member_id");`);
    this.addSql(`create index "disciplinary_action_placed_in_id_index" on "disciplinary_action" ("placed_in_id");`);
    this.addSql(`create index "disciplinary_action_decided_on_index" on "disciplinary_action" ("decided_on");`);

    this.addSql(`create table "position" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "person_id" int not null, "organisation_id" int not null, "title" text not null, "role" text check ("role" in ('head', 'standing_deputy', 'deputy', 'member')) not null, "started_on" date not null, "ended_on" date null, constraint position_dates_check check (ended_on is null or ended_on >= started_on));`);
    this.addSql(`create index "position_person_id_index" on "position" ("person_id");`);
    this.addSql(`create index "position_organisation_id_index" on "position" ("organisation_id");`);
    this.addSql(`create index "position_organisation_id_role_started_on_index" on "position" ("organisation_id", "role", "started_on");`);

    this.addSql(`create table "programme" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "code" text not null, "title" text not null, "issuer" text not null, "term_start" smallint not null, "term_end" smallint not null, "steering_committee_id" int null, "issued_on" date null, constraint programme_term_check check (term_end >= term_start));`);
    this.addSql(`alter table "programme" add constraint "programme_code_unique" unique ("code");`);

    this.addSql(`create table "meeting" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "held_on" date not null, "body_id" int not null, "programme_id" int null, "title" text not null, "purpose" text null);`);
    this.addSql(`create index "meeting_held_on_index" on "meeting" ("held_on");`);

    this.addSql(`create table "meeting_participant" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "meeting_id" int not null, "person_id" int not null, "role" text check ("role" in ('chair', 'attendee')) not null, "role_label" text null, "sort_order" smallint not null default 0);`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_meeting_id_person_id_unique" unique ("meeting_id", "person_id");`);

    this.addSql(`create table "inspection_team" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "name" text not null, "formed_by_id" int not null, "formed_on" date not null, "programme_id" int null);`);

    this.addSql(`create table "inspection_team_document" ("inspection_team_id" int not null, "document_id" int not null, constraint "inspection_team_document_pkey" primary key ("inspection_team_id", "document_id"));`);

    this.addSql(`create table "inspection" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "subject_organisation_id" int null, "subject_member_id" int null, "placed_in_id" int not null, "acting_committee_id" int not null, "acting_body" text check ("acting_body" in ('committee', 'inspection_commission')) not null, "type" text check ("type" in ('regular', 'thematic', 'signs_of_violation', 'enforcement')) not null, "team_id" int null, "occurred_on" date not null, constraint inspection_placed_in_subject_check check (subject_organisation_id is null or placed_in_id = subject_organisation_id), constraint inspection_one_subject_check check (num_nonnulls(subject_organisation_id, subject_member_id) = 1));`);
    this.addSql(`create index "inspection_subject_organisation_id_index" on "inspection" ("subject_organisation_id");`);
    this.addSql(`create index "inspection_subject_member_id_index" on "inspection" ("subject_member_id");`);
    this.addSql(`create index "inspection_placed_in_id_index" on "inspection" ("placed_in_id");`);
    this.addSql(`create index "inspection_team_id_index" on "inspection" ("team_id");`);
    this.addSql(`create index "inspection_occurred_on_index" on "inspection" ("occurred_on");`);

    this.addSql(`create table "programme_item" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "programme_id" int not null, "code" text not null, "title" text not null, "kind" text check ("kind" in ('topic', 'project', 'theme', 'plan')) not null, "lead_agency_id" int not null, "assigned_on" date not null);`);
    this.addSql(`create index "programme_item_programme_id_index" on "programme_item" ("programme_id");`);
    this.addSql(`create index "programme_item_lead_agency_id_index" on "programme_item" ("lead_agency_id");`);
    this.addSql(`alter table "programme_item" add constraint "programme_item_programme_id_code_unique" unique ("programme_id", "code");`);

    this.addSql(`create table "programme_item_status" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "item_id" int not null, "status" text check ("status" in ('assigned', 'in_progress', 'draft_submitted', 'completed')) not null, "effective_on" date not null, "note" text null);`);
    this.addSql(`alter table "programme_item_status" add constraint "programme_item_status_item_id_effective_on_unique" unique ("item_id", "effective_on");`);

    this.addSql(`create table "supervision" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "subject_organisation_id" int null, "subject_member_id" int null, "placed_in_id" int not null, "acting_committee_id" int not null, "acting_body" text check ("acting_body" in ('committee', 'inspection_commission')) not null, "type" text check ("type" in ('regular', 'thematic')) not null, "occurred_on" date not null, constraint supervision_placed_in_subject_check check (subject_organisation_id is null or placed_in_id = subject_organisation_id), constraint supervision_one_subject_check check (num_nonnulls(subject_organisation_id, subject_member_id) = 1));`);
    this.addSql(`create index "supervision_subject_organisation_id_index" on "supervision" ("subject_organisation_id");`);
    this.addSql(`create index "supervision_subject_member_id_index" on "supervision" ("subject_member_id");`);
    this.addSql(`create index "supervision_placed_in_id_index" on "supervision" ("placed_in_id");`);
    this.addSql(`create index "supervision_occurred_on_index" on "supervision" ("occurred_on");`);

    this.addSql(`create table "target" ("id" serial primary key, "created_at" timestamptz not null default now(), "created_by" text not null default 'system', "updated_at" timestamptz not null default now(), "updated_by" text not null default 'system', "metric" text not null, "scope_id" int not null, "period" text not null, "value" numeric(14,2) not null, constraint target_period_check check (period ~ '^[0-9]{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?\$'), constraint target_value_check check (value >= 0));`);
    this.addSql(`alter table "target" add constraint "target_metric_scope_id_period_unique" unique ("metric", "scope_id", "period");`);

    this.addSql(`alter table "administrative_unit" add constraint "administrative_unit_parent_id_foreign" foreign key ("parent_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "index_score" add constraint "index_score_unit_id_foreign" foreign key ("unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "organisation" add constraint "organisation_parent_id_foreign" foreign key ("parent_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "organisation" add constraint "organisation_administrative_unit_id_foreign" foreign key ("administrative_unit_id") references "administrative_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "designation" add constraint "designation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "designation" add constraint "designation_monitored_by_id_foreign" foreign key ("monitored_by_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "consolidation" add constraint "consolidation_designation_id_foreign" foreign key ("designation_id") references "designation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "member" add constraint "member_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "member" add constraint "member_cell_id_foreign" foreign key ("cell_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "membership_event" add constraint "membership_event_member_id_foreign" foreign key ("member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "membership_event" add constraint "membership_event_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "membership_event" add constraint "membership_event_counterpart_id_foreign" foreign key ("counterpart_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "disciplinary_action" add constraint "disciplinary_action_subject_organisation_id_foreign" foreign key ("subject_organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "disciplinary_action" add constraint "disciplinary_action_subject_member_id_foreign" foreign key ("subject_member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "disciplinary_action" add constraint "disciplinary_action_placed_in_id_foreign" foreign key ("placed_in_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "disciplinary_action" add constraint "disciplinary_action_acting_committee_id_foreign" foreign key ("acting_committee_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "position" add constraint "position_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "position" add constraint "position_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "programme" add constraint "programme_steering_committee_id_foreign" foreign key ("steering_committee_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting" add constraint "meeting_body_id_foreign" foreign key ("body_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "meeting" add constraint "meeting_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_participant" add constraint "meeting_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "inspection_team" add constraint "inspection_team_formed_by_id_foreign" foreign key ("formed_by_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection_team" add constraint "inspection_team_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "inspection_team_document" add constraint "inspection_team_document_inspection_team_id_foreign" foreign key ("inspection_team_id") references "inspection_team" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "inspection_team_document" add constraint "inspection_team_document_document_id_foreign" foreign key ("document_id") references "document" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "inspection" add constraint "inspection_subject_organisation_id_foreign" foreign key ("subject_organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection" add constraint "inspection_subject_member_id_foreign" foreign key ("subject_member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection" add constraint "inspection_placed_in_id_foreign" foreign key ("placed_in_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection" add constraint "inspection_acting_committee_id_foreign" foreign key ("acting_committee_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "inspection" add constraint "inspection_team_id_foreign" foreign key ("team_id") references "inspection_team" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "programme_item" add constraint "programme_item_programme_id_foreign" foreign key ("programme_id") references "programme" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "programme_item" add constraint "programme_item_lead_agency_id_foreign" foreign key ("lead_agency_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "programme_item_status" add constraint "programme_item_status_item_id_foreign" foreign key ("item_id") references "programme_item" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "supervision" add constraint "supervision_subject_organisation_id_foreign" foreign key ("subject_organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision" add constraint "supervision_subject_member_id_foreign" foreign key ("subject_member_id") references "member" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision" add constraint "supervision_placed_in_id_foreign" foreign key ("placed_in_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "supervision" add constraint "supervision_acting_committee_id_foreign" foreign key ("acting_committee_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "target" add constraint "target_scope_id_foreign" foreign key ("scope_id") references "organisation" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "administrative_unit" drop constraint "administrative_unit_parent_id_foreign";`);

    this.addSql(`alter table "index_score" drop constraint "index_score_unit_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_administrative_unit_id_foreign";`);

    this.addSql(`alter table "inspection_team_document" drop constraint "inspection_team_document_document_id_foreign";`);

    this.addSql(`alter table "organisation" drop constraint "organisation_parent_id_foreign";`);

    this.addSql(`alter table "designation" drop constraint "designation_organisation_id_foreign";`);

    this.addSql(`alter table "designation" drop constraint "designation_monitored_by_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_cell_id_foreign";`);

    this.addSql(`alter table "membership_event" drop constraint "membership_event_organisation_id_foreign";`);

    this.addSql(`alter table "membership_event" drop constraint "membership_event_counterpart_id_foreign";`);

    this.addSql(`alter table "disciplinary_action" drop constraint "disciplinary_action_subject_organisation_id_foreign";`);

    this.addSql(`alter table "disciplinary_action" drop constraint "disciplinary_action_placed_in_id_foreign";`);

    this.addSql(`alter table "disciplinary_action" drop constraint "disciplinary_action_acting_committee_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_organisation_id_foreign";`);

    this.addSql(`alter table "programme" drop constraint "programme_steering_committee_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_body_id_foreign";`);

    this.addSql(`alter table "inspection_team" drop constraint "inspection_team_formed_by_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_subject_organisation_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_placed_in_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_acting_committee_id_foreign";`);

    this.addSql(`alter table "programme_item" drop constraint "programme_item_lead_agency_id_foreign";`);

    this.addSql(`alter table "supervision" drop constraint "supervision_subject_organisation_id_foreign";`);

    this.addSql(`alter table "supervision" drop constraint "supervision_placed_in_id_foreign";`);

    this.addSql(`alter table "supervision" drop constraint "supervision_acting_committee_id_foreign";`);

    this.addSql(`alter table "target" drop constraint "target_scope_id_foreign";`);

    this.addSql(`alter table "consolidation" drop constraint "consolidation_designation_id_foreign";`);

    this.addSql(`alter table "member" drop constraint "member_person_id_foreign";`);

    this.addSql(`alter table "position" drop constraint "position_person_id_foreign";`);

    this.addSql(`alter table "meeting_participant" drop constraint "meeting_participant_person_id_foreign";`);

    this.addSql(`alter table "membership_event" drop constraint "membership_event_member_id_foreign";`);

    this.addSql(`alter table "disciplinary_action" drop constraint "disciplinary_action_subject_member_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_subject_member_id_foreign";`);

    this.addSql(`alter table "supervision" drop constraint "supervision_subject_member_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_programme_id_foreign";`);

    this.addSql(`alter table "inspection_team" drop constraint "inspection_team_programme_id_foreign";`);

    this.addSql(`alter table "programme_item" drop constraint "programme_item_programme_id_foreign";`);

    this.addSql(`alter table "meeting_participant" drop constraint "meeting_participant_meeting_id_foreign";`);

    this.addSql(`alter table "inspection_team_document" drop constraint "inspection_team_document_inspection_team_id_foreign";`);

    this.addSql(`alter table "inspection" drop constraint "inspection_team_id_foreign";`);

    this.addSql(`alter table "programme_item_status" drop constraint "programme_item_status_item_id_foreign";`);

    this.addSql(`drop table if exists "administrative_unit" cascade;`);

    this.addSql(`drop table if exists "document" cascade;`);

    this.addSql(`drop table if exists "index_score" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "designation" cascade;`);

    this.addSql(`drop table if exists "consolidation" cascade;`);

    this.addSql(`drop table if exists "person" cascade;`);

    this.addSql(`drop table if exists "member" cascade;`);

    this.addSql(`drop table if exists "membership_event" cascade;`);

    this.addSql(`drop table if exists "disciplinary_action" cascade;`);

    this.addSql(`drop table if exists "position" cascade;`);

    this.addSql(`drop table if exists "programme" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "meeting_participant" cascade;`);

    this.addSql(`drop table if exists "inspection_team" cascade;`);

    this.addSql(`drop table if exists "inspection_team_document" cascade;`);

    this.addSql(`drop table if exists "inspection" cascade;`);

    this.addSql(`drop table if exists "programme_item" cascade;`);

    this.addSql(`drop table if exists "programme_item_status" cascade;`);

    this.addSql(`drop table if exists "supervision" cascade;`);

    this.addSql(`drop table if exists "target" cascade;`);
  }

}
