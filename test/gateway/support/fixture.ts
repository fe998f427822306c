import pg from 'pg';

/** Districts of the small hand-made world the gateway tests run on (GSO code, name, kind, organisation prefix). */
export const FIXTURE_DISTRICTS = [
  ['001', 'Ba Đình', 'quan', 'Quận ủy'],
  ['002', 'Hoàn Kiếm', 'quan', 'Quận ủy'],
  ['281', 'Ứng Hòa', 'huyen', 'Huyện ủy'],
] as const;
export const GRASSROOTS_PER_DISTRICT = 40;
export const MEMBERS_PER_CELL = 3;

/**
 * A small world with at least one row of every table, built in SQL so each test file gets it in a
 * moment: the city committee, 3 districts × 40 grassroots organisations × 1 cell × 3 members, the
 * named leaders with dated positions, oversight records, and programme 01-CTr/TU with 6 items whose
 * statuses on 2022-07-13 are 2 completed, 1 draft submitted, 2 in progress (one more item comes later).
 */
export async function loadFixture(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(FIXTURE_SQL);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

const districts = FIXTURE_DISTRICTS.map(
  ([code, name, kind, prefix]) => `('${code}','${name}','${kind}','${prefix}')`,
).join(',');

const FIXTURE_SQL = `
insert into administrative_unit (code, name, level, kind) values ('01', 'Hà Nội', 'city', 'thanh_pho');
insert into administrative_unit (code, name, level, kind, parent_id)
  select d.code, d.name, 'district', d.kind, (select id from administrative_unit where code = '01')
  from (values ${districts}) d(code, name, kind, prefix);
insert into administrative_unit (code, name, level, kind, parent_id)
  values ('00001', 'Phúc Xá', 'commune', 'phuong', (select id from administrative_unit where code = '001'));

insert into organisation (code, name, kind, branch, administrative_unit_id, founded_on)
  values ('TU', 'Thành ủy Hà Nội', 'city_committee', 'party', (select id from administrative_unit where code = '01'), '1930-03-01');
insert into organisation (code, name, kind, branch, parent_id, founded_on) values
  ('TU-BTV', 'Ban Thường vụ Thành ủy', 'standing_committee', 'party', (select id from organisation where code = 'TU'), '1930-03-01'),
  ('TU-BCD01', 'Ban Chỉ đạo Chương trình số 01-CTr/TU', 'steering_committee', 'party', (select id from organisation where code = 'TU'), '2021-04-20'),
  ('TU-UBKT', 'Ủy ban Kiểm tra Thành ủy', 'inspection_commission', 'party', (select id from organisation where code = 'TU'), '1949-01-01');
insert into organisation (code, name, kind, branch, administrative_unit_id, founded_on)
  values ('HDND-01', 'Hội đồng nhân dân thành phố Hà Nội', 'people_council', 'state', (select id from administrative_unit where code = '01'), '1946-01-01');
insert into organisation (code, name, kind, branch, parent_id, administrative_unit_id, founded_on)
  select 'DU-' || d.code, d.prefix || ' ' || d.name, 'district_committee', 'party',
    (select id from organisation where code = 'TU'), (select id from administrative_unit where code = d.code), '1955-01-01'
  from (values ${districts}) d(code, name, kind, prefix);
insert into organisation (code, name, kind, branch, parent_id, administrative_unit_id, host_sector, founded_on)
  select 'G-' || d.code || '-' || lpad(g::text, 2, '0'), 'Đảng bộ cơ sở số ' || g || ' ' || d.name,
    case when g % 2 = 0 then 'grassroots_committee' else 'grassroots_cell' end, 'party', p.id, p.administrative_unit_id,
    case when g % 4 = 0 then 'non_state_enterprise' else 'residential' end, date '2000-01-01' + g
  from (values ${districts}) d(code, name, kind, prefix)
  join organisation p on p.code = 'DU-' || d.code
  cross join generate_series(1, ${GRASSROOTS_PER_DISTRICT}) g;
insert into organisation (code, name, kind, branch, parent_id, founded_on)
  select 'C-' || substr(g.code, 3), 'Chi bộ 1 ' || g.name, 'cell', 'party', g.id, g.founded_on
  from organisation g where g.code like 'G-%';

insert into person (full_name, sex, birth_year, education) values
  ('Đinh Tiến Dũng', 'male', 1961, 'postgraduate'),
  ('Nguyễn Thị Tuyến', 'female', 1970, 'postgraduate'),
  ('Nguyễn Ngọc Tuấn', 'male', 1966, 'postgraduate'),
  ('Nguyễn Văn Phong', 'male', 1968, 'postgraduate'),
  ('Vương Đình Huệ', 'male', 1957, 'postgraduate'),
  ('Nguyễn Thị Tuyền', 'female', 1985, 'university'),
  ('Đinh Văn Dũng', 'male', 1979, 'university'),
  ('Trần Tiến Dũng Anh', 'male', 1990, 'university'),
  ('Nguyễn Đinh Tiến Dũng', 'male', 1988, 'university');
insert into position (person_id, organisation_id, title, role, started_on, ended_on)
  select p.id, o.id, v.title, v.role, v.started::date, v.ended::date
  from (values
    ('Vương Đình Huệ', 'TU', 'Bí thư Thành ủy', 'head', '2020-02-07', '2021-04-07'),
    ('Đinh Tiến Dũng', 'TU', 'Bí thư Thành ủy', 'head', '2021-04-08', '2024-06-05'),
    ('Đinh Tiến Dũng', 'TU-BCD01', 'Trưởng Ban Chỉ đạo Chương trình số 01-CTr/TU', 'head', '2021-04-20', '2024-06-05'),
    ('Nguyễn Thị Tuyến', 'TU', 'Phó Bí thư Thường trực Thành ủy', 'standing_deputy', '2020-10-19', null),
    ('Nguyễn Ngọc Tuấn', 'TU', 'Phó Bí thư Thành ủy', 'deputy', '2021-06-21', null),
    ('Nguyễn Ngọc Tuấn', 'HDND-01', 'Chủ tịch Hội đồng nhân dân Thành phố', 'head', '2021-06-24', null),
    ('Nguyễn Văn Phong', 'TU', 'Phó Bí thư Thành ủy', 'deputy', '2020-10-19', null)
  ) v(name, org, title, role, started, ended)
  join person p on p.full_name = v.name join organisation o on o.code = v.org;

-- One head (Bí thư) per district and grassroots organisation, appointed in 2020.
insert into person (full_name, sex, birth_year, education)
  select 'Bí thư ' || o.code, 'male', 1970, 'university' from organisation o where o.code like 'DU-%' or o.code like 'G-%';
insert into position (person_id, organisation_id, title, role, started_on)
  select p.id, o.id, 'Bí thư', 'head', '2020-01-01'
  from organisation o join person p on p.full_name = 'Bí thư ' || o.code;

-- Members: per cell one admitted 2010 (full), one admitted 2022-03-01 (probationary), one admitted 2015 who left 2021-12-31.
insert into person (full_name, sex, birth_year, education)
  select 'Đảng viên ' || c.code || '/' || m, case when m = 2 then 'female' else 'male' end, 1980 + m, 'university'
  from organisation c cross join generate_series(1, ${MEMBERS_PER_CELL}) m where c.kind = 'cell';
insert into member (person_id, cell_id, admitted_on, probation_ends_on, full_member_on, status, left_on)
  select p.id, c.id, v.admitted::date, v.admitted::date + 364, v.full_on::date, v.status, v.left_on::date
  from organisation c
  cross join (values (1, '2010-05-19', '2011-05-19', 'full', null), (2, '2022-03-01', null, 'probationary', null),
                     (3, '2015-02-03', '2016-02-03', 'exited', '2021-12-31')) v(m, admitted, full_on, status, left_on)
  join person p on p.full_name = 'Đảng viên ' || c.code || '/' || v.m
  where c.kind = 'cell';
insert into membership_event (member_id, kind, occurred_on, organisation_id)
  select m.id, 'admission', m.admitted_on, m.cell_id from member m;
insert into membership_event (member_id, kind, exit_reason, occurred_on, organisation_id)
  select m.id, 'exit', 'resignation', m.left_on, m.cell_id from member m where m.left_on is not null;

insert into document (code, kind, issuer, issued_on, title) values
  ('55-QĐ/TW', 'Quy định', 'Bộ Chính trị', '2016-12-19', 'về một số việc cần làm ngay để tăng cường vai trò nêu gương của cán bộ, đảng viên'),
  ('37-QĐ/TW', 'Quy định', 'Ban Chấp hành Trung ương', '2021-10-25', 'về những điều đảng viên không được làm'),
  ('15-NQ/TW', 'Nghị quyết', 'Bộ Chính trị', null, 'về phương hướng, nhiệm vụ phát triển Thủ đô Hà Nội đến năm 2030, tầm nhìn đến năm 2045');
insert into programme (code, title, issuer, term_start, term_end, steering_committee_id, issued_on)
  values ('01-CTr/TU', 'Tăng cường công tác xây dựng, chỉnh đốn Đảng ... giai đoạn 2021-2025', 'Thành ủy Hà Nội khóa XVII',
    2021, 2025, (select id from organisation where code = 'TU-BCD01'), '2021-03-17');
insert into programme_item (programme_id, code, title, kind, lead_agency_id, assigned_on)
  select (select id from programme where code = '01-CTr/TU'), v.code, 'Nhiệm vụ ' || v.code, v.kind,
    (select id from organisation where code = 'TU-BTV'), v.assigned::date
  from (values ('01', 'topic', '2021-06-01'), ('02', 'project', '2021-06-01'), ('03', 'theme', '2021-07-01'),
               ('04', 'plan', '2022-08-01'), ('05', 'plan', '2021-06-01'), ('06', 'project', '2021-06-01')) v(code, kind, assigned);
insert into programme_item_status (item_id, status, effective_on)
  select i.id, v.status, v.effective::date from programme_item i
  join (values ('01', 'in_progress', '2021-06-01'), ('01', 'completed', '2022-03-01'),
               ('02', 'in_progress', '2021-06-01'), ('02', 'draft_submitted', '2022-06-30'), ('02', 'completed', '2022-09-01'),
               ('03', 'in_progress', '2021-07-01'), ('04', 'assigned', '2022-08-01'), ('05', 'completed', '2021-12-01'),
               ('06', 'assigned', '2021-06-01'), ('06', 'in_progress', '2022-07-13')) v(code, status, effective) on v.code = i.code;
insert into target (metric, scope_id, period, value)
  values ('non_state_enterprise_orgs', (select id from organisation where code = 'TU'), '2022', 68);
insert into meeting (held_on, body_id, programme_id, title, purpose)
  values ('2022-07-13', (select id from organisation where code = 'TU-BCD01'), (select id from programme where code = '01-CTr/TU'),
    'Hội nghị sơ kết 6 tháng đầu năm 2022 Chương trình 01-CTr/TU', 'review H1 2022 results, plan H2 2022');
insert into meeting_participant (meeting_id, person_id, role, role_label, sort_order)
  select (select id from meeting), p.id, 'chair', v.label, v.ord
  from (values ('Đinh Tiến Dũng', 'Trưởng Ban Chỉ đạo', 0), ('Nguyễn Thị Tuyến', 'Phó trưởng Ban Chỉ đạo', 1),
               ('Nguyễn Ngọc Tuấn', 'Phó trưởng Ban Chỉ đạo', 2), ('Nguyễn Văn Phong', 'Phó trưởng Ban Chỉ đạo', 3)) v(name, label, ord)
  join person p on p.full_name = v.name;
insert into index_score (index, year, unit_id, score, rank, out_of)
  values ('PAPI', 2022, (select id from administrative_unit where code = '01'), 43.9, 12, 63);

insert into inspection_team (name, formed_by_id, formed_on, programme_id)
  values ('Đoàn kiểm tra số 1', (select id from organisation where code = 'TU-BTV'), '2022-03-01', (select id from programme));
insert into inspection_team_document (inspection_team_id, document_id)
  select (select id from inspection_team), d.id from document d where d.code in ('55-QĐ/TW', '37-QĐ/TW');
insert into inspection_team_member (team_id, person_id, role, role_label, sort_order)
  select (select id from inspection_team), p.id, v.role, v.label, v.ord
  from (values ('Nguyễn Thị Tuyến', 'head', 'Phó Bí thư Thường trực Thành ủy', 1), ('Nguyễn Văn Phong', 'member', null, 2))
    v(name, role, label, ord)
  join person p on p.full_name = v.name;
insert into meeting_document (meeting_id, document_id)
  select (select id from meeting), d.id from document d where d.code = '55-QĐ/TW';
insert into inspection (subject_organisation_id, placed_in_id, acting_committee_id, acting_body, type, team_id, occurred_on)
  select o.id, o.id, (select id from organisation where code = 'TU'), 'committee', 'thematic', (select id from inspection_team), '2022-04-01'
  from organisation o where o.code in ('G-001-01', 'G-001-02');
insert into inspection (subject_member_id, placed_in_id, acting_committee_id, acting_body, type, occurred_on)
  select m.id, m.cell_id, (select id from organisation where code = 'TU'), 'inspection_commission', 'signs_of_violation', '2022-05-10'
  from member m join organisation c on c.id = m.cell_id where c.code = 'C-001-01' and m.status = 'full';
insert into supervision (subject_organisation_id, placed_in_id, acting_committee_id, acting_body, type, occurred_on)
  select o.id, o.id, (select id from organisation where code = 'DU-281'), 'committee', 'regular', '2022-02-15'
  from organisation o where o.code = 'G-281-03';
insert into disciplinary_action (subject_organisation_id, placed_in_id, acting_committee_id, acting_body, form, decided_on)
  select o.id, o.id, (select id from organisation where code = 'DU-001'), 'committee', 'reprimand', '2022-06-01'
  from organisation o where o.code = 'G-001-03';
insert into disciplinary_action (subject_member_id, placed_in_id, acting_committee_id, acting_body, form, decided_on)
  select m.id, m.cell_id, (select id from organisation where code = 'DU-001'), 'inspection_commission', 'warning', '2022-06-15'
  from member m join organisation c on c.id = m.cell_id where c.code = 'C-001-04' and m.status = 'full';
insert into designation (organisation_id, kind, year, designated_on, plan, monitored_by_id)
  select o.id, 'to_consolidate', 2022, '2022-01-15', 'Nghị quyết 15, Chỉ thị 15 của Ban Thường vụ Thành ủy', (select id from organisation where code = 'TU-BTV')
  from organisation o where o.code in ('G-002-05', 'G-002-06');
insert into consolidation (designation_id, consolidated_on)
  select d.id, '2022-05-20' from designation d join organisation o on o.id = d.organisation_id where o.code = 'G-002-05';

insert into export_schedule (name, cron, period, spec, formats, keep_runs)
  values ('so-ket-6-thang', '0 7 1 1,7 *', 'H-1',
    '{"title": "Sơ kết", "tables": [{"name": "ket_nap", "question": "compare", "metric": "admissions", "groupBy": "DISTRICT"}]}',
    '{xlsx,csv}', 6);
insert into export_run (schedule_id, slot, spec, formats, period_text, resolve_at, period_key, period_label, status,
    requested_by, attempts, started_at, finished_at, snapshot_at, files)
  select id, '2022-07-01 00:00+07', spec, formats, period, '2022-07-01 00:00+07', '2022-H1', '6 tháng đầu năm 2022',
    'succeeded', 'scheduler', 1, '2022-07-01 00:00:05+07', '2022-07-01 00:00:09+07', '2022-07-01 00:00+07',
    '[{"name": "export.xlsx", "format": "xlsx", "rows": 4, "bytes": 6512, "sha256": "0f3c5ea2b1d1e8a0c5a4f8f5d2b7c9e6a1b3d5f7e9c2a4b6d8f0e1c3a5b7d9f1"}]'
  from export_schedule where name = 'so-ket-6-thang';
-- A district office's own schedule and run: seen in its district and above, not beside it.
insert into export_schedule (name, cron, period, spec, formats, keep_runs, owner_scope_id)
  select 'ket-nap-quan', '0 7 1 * *', 'M-1',
    '{"title": "Kết nạp", "tables": [{"name": "ds", "question": "dataset", "dataset": "admissions"}]}', '{csv}', 3, id
  from organisation where code = 'DU-001';
insert into export_run (schedule_id, owner_scope_id, slot, spec, formats, period_text, resolve_at, period_key, period_label,
    status, requested_by, attempts)
  select id, owner_scope_id, '2022-07-01 00:00+07', spec, formats, period, '2022-07-01 00:00+07', '2022-06', 'Tháng 6/2022',
    'queued', 'scheduler', 0
  from export_schedule where name = 'ket-nap-quan';
`;
