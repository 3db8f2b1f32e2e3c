-- Secretariat schema, version 9: statistics (Số liệu thống kê). An office keeps a catalogue of
-- indicators; figures are entered per indicator, unit and period (from a conference's statistics
-- tab or directly), and some indicators are counted from the records instead of entered.

-- The indicators (chỉ tiêu). How one adds up across units and years:
-- 'sum' (a flow: conferences held, members admitted), 'latest' (a stock: members at the end of
-- the period; the total across units adds each unit's latest figure, across years is the last
-- one), 'average' (a rate in per cent: the average of the figures there are).
-- A counted indicator names what the program counts from the records; its figures are not
-- entered. conference_kind narrows 'conferences' to one kind, form_id 'commendations' to one form.
-- An indicator in use is not deleted: the office makes it inactive.
CREATE TABLE stat_indicator (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL CONSTRAINT stat_indicator_name_nonempty CHECK (length(trim(name)) > 0),
    name_folded      TEXT NOT NULL DEFAULT '',
    sort_key         TEXT NOT NULL DEFAULT '',
    measure          TEXT,
    aggregation      TEXT NOT NULL DEFAULT 'sum' CONSTRAINT stat_indicator_aggregation CHECK (aggregation IN (
                         'sum', 'latest', 'average')),
    counted          TEXT CONSTRAINT stat_indicator_counted CHECK (counted IS NULL OR counted IN (
                         'conferences', 'inspections', 'organizations_inspected',
                         'members_inspected', 'organizations_in_violation',
                         'members_in_violation', 'recommendations', 'recommendations_on_time',
                         'commendations', 'party_badges')),
    conference_kind  TEXT CONSTRAINT stat_indicator_conference_kind CHECK (conference_kind IS NULL OR (
                         counted = 'conferences' AND conference_kind IN ('interim_review',
                         'final_review', 'dissemination', 'training', 'briefing', 'thematic', 'other'))),
    form_id          INTEGER REFERENCES commendation_form(id) ON DELETE RESTRICT,
    active           INTEGER NOT NULL DEFAULT 1 CONSTRAINT stat_indicator_active CHECK (active IN (0, 1)),
    position         INTEGER NOT NULL DEFAULT 0,
    note             TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT stat_indicator_counted_adds_up CHECK (counted IS NULL OR aggregation = 'sum'),
    CONSTRAINT stat_indicator_form_counted CHECK (form_id IS NULL OR counted = 'commendations')
);
CREATE UNIQUE INDEX stat_indicator_name_unique ON stat_indicator (name);
CREATE INDEX stat_indicator_sort ON stat_indicator (position, sort_key);
CREATE INDEX stat_indicator_form ON stat_indicator (form_id);

-- The usual indicators: those counted from the records (named so, beside any figure of the same
-- name an office entered from a report), then those an office reports.
INSERT INTO stat_indicator (name, measure, counted, conference_kind, position) VALUES
    ('Hội nghị sơ kết (theo hồ sơ)', 'hội nghị', 'conferences', 'interim_review', 1),
    ('Hội nghị tổng kết (theo hồ sơ)', 'hội nghị', 'conferences', 'final_review', 2),
    ('Hội nghị quán triệt, triển khai (theo hồ sơ)', 'hội nghị', 'conferences', 'dissemination', 3),
    ('Hội nghị tập huấn (theo hồ sơ)', 'hội nghị', 'conferences', 'training', 4),
    ('Hội nghị chuyên đề (theo hồ sơ)', 'hội nghị', 'conferences', 'thematic', 5),
    ('Cuộc kiểm tra (theo hồ sơ)', 'cuộc', 'inspections', NULL, 6),
    ('Tổ chức đảng được kiểm tra (theo hồ sơ)', 'tổ chức', 'organizations_inspected', NULL, 7),
    ('Tổ chức đảng có vi phạm qua kiểm tra (theo hồ sơ)', 'tổ chức', 'organizations_in_violation', NULL, 8),
    ('Đảng viên được kiểm tra (theo hồ sơ)', 'đảng viên', 'members_inspected', NULL, 9),
    ('Đảng viên có vi phạm qua kiểm tra (theo hồ sơ)', 'đảng viên', 'members_in_violation', NULL, 10),
    ('Kiến nghị sau kiểm tra (theo hồ sơ)', 'kiến nghị', 'recommendations', NULL, 11),
    ('Kiến nghị khắc phục đúng hạn (theo hồ sơ)', 'kiến nghị', 'recommendations_on_time', NULL, 12),
    ('Huy hiệu Đảng được trao (theo hồ sơ)', 'huy hiệu', 'party_badges', NULL, 16);
INSERT INTO stat_indicator (name, measure, counted, form_id, position)
    SELECT CASE f.name WHEN 'Cờ thi đua' THEN 'Tập thể được tặng Cờ thi đua'
               ELSE 'Được tặng ' || f.name END || ' (theo hồ sơ)',
           CASE f.name WHEN 'Cờ thi đua' THEN 'tập thể' ELSE 'lượt' END,
           'commendations', f.id, 12 + f.position
    FROM commendation_form f WHERE f.name IN ('Bằng khen', 'Giấy khen', 'Cờ thi đua');
INSERT INTO stat_indicator (name, measure, aggregation, position) VALUES
    ('Tổ chức cơ sở đảng', 'tổ chức', 'latest', 20),
    ('Đảng viên', 'đảng viên', 'latest', 21),
    ('Đảng viên mới kết nạp', 'đảng viên', 'sum', 22),
    ('Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', '%', 'average', 23),
    ('Đảng viên hoàn thành tốt nhiệm vụ trở lên', '%', 'average', 24);

-- A figure belongs to an indicator, a unit and a period (a year is 1/1 to 31/12); one entered
-- directly has no conference.
ALTER TABLE statistic ADD COLUMN indicator_id INTEGER REFERENCES stat_indicator(id) ON DELETE RESTRICT;

-- The figures kept until now were typed in a conference's tab by name: each name becomes an
-- indicator (added up over units, counted in the first figure's measure) unless one is so named,
-- and each figure gets its conference's organizer and period when it had none.
INSERT INTO stat_indicator (name, measure, position)
    SELECT trim(s.name), (SELECT s2.measure FROM statistic s2 WHERE trim(s2.name) = trim(s.name)
               ORDER BY s2.id LIMIT 1), 100 + min(s.id)
    FROM statistic s
    WHERE trim(s.name) NOT IN (SELECT name FROM stat_indicator)
    GROUP BY trim(s.name);
UPDATE statistic SET indicator_id = (SELECT i.id FROM stat_indicator i
    WHERE i.name = trim(statistic.name) AND i.counted IS NULL);
UPDATE statistic SET unit_id = (SELECT c.organizer_unit_id FROM conference c WHERE c.id = statistic.conference_id)
    WHERE unit_id IS NULL;
UPDATE statistic SET
        period_from = (SELECT coalesce(c.period_from, date(c.held_on, 'start of year'))
                       FROM conference c WHERE c.id = statistic.conference_id),
        period_to = (SELECT coalesce(c.period_to, CASE WHEN c.period_from IS NULL
                         OR c.held_on >= c.period_from THEN c.held_on END)
                     FROM conference c WHERE c.id = statistic.conference_id)
    WHERE period_from IS NULL AND period_to IS NULL;
UPDATE statistic SET period_from = date(period_to, 'start of year')
    WHERE period_from IS NULL AND period_to IS NOT NULL;
UPDATE statistic SET period_to = date(period_from, 'start of year', '+1 year', '-1 day')
    WHERE period_to IS NULL AND period_from IS NOT NULL;
CREATE INDEX statistic_indicator ON statistic (indicator_id, period_to, unit_id);
