-- Secretariat schema, version 6: inspections from the decision to the last remedied
-- recommendation (INSPECTIONS.md). An inspection (inspection_team) is issued by an issuing body;
-- its targets are units or Party members, each with working sessions, a conclusion and
-- recommendations; a recommendation keeps its history of remedy reports, reminders and re-checks,
-- each event written once and never changed.
--
-- The store runs a migration with foreign keys switched off and checks them all before it
-- commits: tables are made again here, and dropping one must not cascade to its children.

-- The inspection: who issues it, the decision and the plan (issued here, or entered as another
-- body issued them), the document it checks, the period inspected and the working period.
DROP TABLE IF EXISTS inspection_team_search;
CREATE TABLE inspection_team_v6 (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL CONSTRAINT inspection_team_name_nonempty CHECK (length(trim(name)) > 0),
    name_folded          TEXT NOT NULL DEFAULT '',
    sort_key             TEXT NOT NULL DEFAULT '',
    number               INTEGER CONSTRAINT inspection_team_number CHECK (number IS NULL OR number > 0),
    issuing_body_id      INTEGER REFERENCES issuing_body(id) ON DELETE RESTRICT,
    decision_code        TEXT,
    decided_on           TEXT CONSTRAINT inspection_team_decided_on_date CHECK (decided_on IS NULL OR date(decided_on, '+0 days') IS decided_on),
    plan_code            TEXT,
    planned_on           TEXT CONSTRAINT inspection_team_planned_on_date CHECK (planned_on IS NULL OR date(planned_on, '+0 days') IS planned_on),
    subject_document_id  INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    period_from          TEXT CONSTRAINT inspection_team_period_from_date CHECK (period_from IS NULL OR date(period_from, '+0 days') IS period_from),
    period_to            TEXT CONSTRAINT inspection_team_period_to_date CHECK (period_to IS NULL OR date(period_to, '+0 days') IS period_to),
    starts_on            TEXT CONSTRAINT inspection_team_starts_on_date CHECK (starts_on IS NULL OR date(starts_on, '+0 days') IS starts_on),
    ends_on              TEXT CONSTRAINT inspection_team_ends_on_date CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on),
    status               TEXT NOT NULL DEFAULT 'planned' CONSTRAINT inspection_team_status CHECK (status IN (
                             'planned', 'working', 'concluded', 'following_up', 'closed')),
    secrecy              TEXT NOT NULL DEFAULT 'none' CONSTRAINT inspection_team_secrecy CHECK (secrecy IN (
                             'none', 'confidential', 'secret', 'top_secret')),
    purpose              TEXT,
    method               TEXT,
    note                 TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT inspection_team_dates_order CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT inspection_team_period_order CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
INSERT INTO inspection_team_v6 (id, name, name_folded, number, issuing_body_id, decision_code,
        decided_on, subject_document_id, starts_on, ends_on, status, secrecy, note, version,
        created_at, updated_at)
    SELECT t.id, t.name, t.name_folded, t.number,
        ifnull((SELECT b.id FROM issuing_body b WHERE b.unit_id = t.issuer_unit_id),
               (SELECT b.id FROM issuing_body b WHERE b.is_default = 1)),
        (SELECT d.code FROM legal_document d WHERE d.id = t.decision_document_id),
        ifnull((SELECT d.issued_on FROM legal_document d WHERE d.id = t.decision_document_id),
               t.established_on),
        t.subject_document_id, t.starts_on, t.ends_on, t.status, t.secrecy,
        trim(ifnull(t.note, '') || CASE WHEN t.plan_document_id IS NULL THEN '' ELSE
            char(10) || 'Kế hoạch: ' || (SELECT d.code FROM legal_document d WHERE d.id = t.plan_document_id) END),
        t.version, t.created_at, t.updated_at
    FROM inspection_team t;
DROP TABLE inspection_team;
ALTER TABLE inspection_team_v6 RENAME TO inspection_team;
-- "Đoàn kiểm tra số 5": a body numbers its teams per year.
CREATE UNIQUE INDEX inspection_team_number_unique ON inspection_team (issuing_body_id, number, ifnull(substr(decided_on, 1, 4), ''))
    WHERE number IS NOT NULL;
CREATE INDEX inspection_team_body ON inspection_team (issuing_body_id);
CREATE INDEX inspection_team_sort ON inspection_team (sort_key);
CREATE INDEX inspection_team_starts ON inspection_team (starts_on);
CREATE INDEX inspection_team_decided ON inspection_team (decided_on);
CREATE INDEX inspection_team_status ON inspection_team (status);
CREATE INDEX inspection_team_subject ON inspection_team (subject_document_id);
-- The list sorts by the team's number and by the period inspected.
CREATE INDEX inspection_team_number ON inspection_team (number);
CREATE INDEX inspection_team_period ON inspection_team (period_from, period_to);

-- Nobody is twice in one team.
CREATE UNIQUE INDEX team_member_once ON team_member (team_id, person_id);

-- A target is a Party organization (a unit) or a Party member; its self-inspection report, its
-- conclusion (the notice's sections) and its status.
CREATE TABLE inspection_target_v6 (
    id                       INTEGER PRIMARY KEY,
    team_id                  INTEGER NOT NULL REFERENCES inspection_team(id) ON DELETE CASCADE,
    unit_id                  INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    person_id                INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    position                 INTEGER NOT NULL DEFAULT 0,
    self_report_due_on       TEXT CONSTRAINT inspection_target_self_report_due_date CHECK (self_report_due_on IS NULL OR date(self_report_due_on, '+0 days') IS self_report_due_on),
    self_report_received_on  TEXT CONSTRAINT inspection_target_self_report_date CHECK (self_report_received_on IS NULL OR date(self_report_received_on, '+0 days') IS self_report_received_on),
    status                   TEXT NOT NULL DEFAULT 'scheduled' CONSTRAINT inspection_target_status CHECK (status IN (
                                 'scheduled', 'in_progress', 'concluded')),
    concluded_on             TEXT CONSTRAINT inspection_target_concluded_on_date CHECK (concluded_on IS NULL OR date(concluded_on, '+0 days') IS concluded_on),
    strengths                TEXT,
    shortcomings             TEXT,
    causes                   TEXT,
    responsibility           TEXT,
    discipline               TEXT,
    note                     TEXT,
    version                  INTEGER NOT NULL DEFAULT 1,
    created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT inspection_target_who CHECK ((unit_id IS NOT NULL) + (person_id IS NOT NULL) = 1)
);
INSERT INTO inspection_target_v6 (id, team_id, unit_id, position, self_report_due_on,
        self_report_received_on, status, strengths, shortcomings, causes, note, version,
        created_at, updated_at)
    SELECT t.id, t.team_id, t.unit_id, t.position, t.scheduled_from, t.self_report_received_on,
        t.status,
        (SELECT group_concat(f.description, char(10)) FROM finding f WHERE f.target_id = t.id AND f.kind = 'strength'),
        (SELECT group_concat(f.description, char(10)) FROM finding f WHERE f.target_id = t.id AND f.kind = 'shortcoming'),
        (SELECT group_concat(f.description, char(10)) FROM finding f WHERE f.target_id = t.id AND f.kind = 'cause'),
        t.note, t.version, t.created_at, t.updated_at
    FROM inspection_target t;

-- Recommendations (kiến nghị, yêu cầu): what to remedy, who, by when, where it stands. The
-- latest remedy report is kept beside it for the follow-up list. A target keeps its
-- recommendations: it is not deleted while it has any.
CREATE TABLE recommendation (
    id                   INTEGER PRIMARY KEY,
    target_id            INTEGER NOT NULL REFERENCES inspection_target(id) ON DELETE RESTRICT,
    position             INTEGER NOT NULL DEFAULT 0,
    content              TEXT NOT NULL CONSTRAINT recommendation_content_nonempty CHECK (length(trim(content)) > 0),
    content_folded       TEXT NOT NULL DEFAULT '',
    content_key          TEXT NOT NULL DEFAULT '',
    responsible_unit_id  INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    deadline             TEXT NOT NULL CONSTRAINT recommendation_deadline_date CHECK (date(deadline, '+0 days') IS deadline),
    status               TEXT NOT NULL DEFAULT 'pending' CONSTRAINT recommendation_status CHECK (status IN (
                             'pending', 'in_progress', 'remedied', 'rechecked', 'not_done')),
    remedied_on          TEXT CONSTRAINT recommendation_remedied_on_date CHECK (remedied_on IS NULL OR date(remedied_on, '+0 days') IS remedied_on),
    last_report_on       TEXT,
    last_report          TEXT,
    version              INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT recommendation_remedied_has_date CHECK (status NOT IN ('remedied', 'rechecked') OR remedied_on IS NOT NULL)
);
-- The recommendations findings carried until now, with their remedy as it was recorded.
INSERT INTO recommendation (target_id, position, content, responsible_unit_id, deadline, status,
        remedied_on, last_report_on, last_report)
    SELECT f.target_id, f.position, coalesce(f.recommendation, f.description),
        coalesce(f.subject_unit_id, t.unit_id),
        coalesce(f.deadline, date(f.created_at)),
        CASE f.remedy_status WHEN 'remedied' THEN 'remedied' WHEN 'in_progress' THEN 'in_progress' ELSE 'pending' END,
        f.remedied_on,
        -- A report of a remedy under way has no remedied_on: it dates from the finding's last change.
        CASE WHEN f.remedy_report IS NULL THEN NULL ELSE coalesce(f.remedied_on, date(f.updated_at)) END,
        f.remedy_report
    FROM finding f JOIN inspection_target t ON t.id = f.target_id
    WHERE f.kind = 'recommendation' OR f.recommendation IS NOT NULL;

DROP TABLE inspection_target;
ALTER TABLE inspection_target_v6 RENAME TO inspection_target;
CREATE UNIQUE INDEX inspection_target_unit_once ON inspection_target (team_id, unit_id) WHERE unit_id IS NOT NULL;
CREATE UNIQUE INDEX inspection_target_person_once ON inspection_target (team_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX inspection_target_team ON inspection_target (team_id, position);
CREATE INDEX inspection_target_unit ON inspection_target (unit_id);
CREATE INDEX inspection_target_person ON inspection_target (person_id);
CREATE INDEX inspection_target_concluded ON inspection_target (concluded_on);

CREATE INDEX recommendation_target ON recommendation (target_id, position);
CREATE INDEX recommendation_deadline ON recommendation (deadline);
CREATE INDEX recommendation_open ON recommendation (status, deadline);
CREATE INDEX recommendation_unit ON recommendation (responsible_unit_id, deadline);
CREATE INDEX recommendation_content ON recommendation (content_key);

-- A violation found (of the organization or of a member); the other findings are the
-- conclusion's sections on the target. A member's violation is sensitive.
DROP TABLE IF EXISTS finding_search;
CREATE TABLE finding_v6 (
    id                 INTEGER PRIMARY KEY,
    target_id          INTEGER NOT NULL REFERENCES inspection_target(id) ON DELETE CASCADE,
    topic_id           INTEGER REFERENCES inspection_topic(id) ON DELETE SET NULL,
    subject_kind       TEXT NOT NULL DEFAULT 'organization' CONSTRAINT finding_subject_kind CHECK (subject_kind IN (
                           'organization', 'member')),
    subject_unit_id    INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    subject_person_id  INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    description        TEXT NOT NULL CONSTRAINT finding_description_nonempty CHECK (length(trim(description)) > 0),
    search_folded      TEXT NOT NULL DEFAULT '',
    position           INTEGER NOT NULL DEFAULT 0,
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT finding_member_has_person CHECK (subject_kind <> 'member' OR subject_person_id IS NOT NULL)
);
INSERT INTO finding_v6 (id, target_id, topic_id, subject_kind, subject_unit_id,
        subject_person_id, description, search_folded, position, version, created_at, updated_at)
    SELECT id, target_id, topic_id, subject_kind, subject_unit_id, subject_person_id,
        description, search_folded, position, version, created_at, updated_at
    FROM finding WHERE kind = 'violation';
-- The findings that became text of the target or a recommendation keep their attachments on
-- the inspection.
UPDATE attachment SET inspection_team_id = (SELECT t.team_id FROM finding f
        JOIN inspection_target t ON t.id = f.target_id WHERE f.id = attachment.finding_id),
    finding_id = NULL
WHERE finding_id IN (SELECT id FROM finding WHERE kind <> 'violation');
DROP TABLE finding;
ALTER TABLE finding_v6 RENAME TO finding;
CREATE INDEX finding_target ON finding (target_id, position);
CREATE INDEX finding_topic ON finding (topic_id);
CREATE INDEX finding_subject_unit ON finding (subject_unit_id);
CREATE INDEX finding_subject_person ON finding (subject_person_id);

-- The team's working sessions with a target: date, time, place, who attends.
CREATE TABLE inspection_session (
    id          INTEGER PRIMARY KEY,
    target_id   INTEGER NOT NULL REFERENCES inspection_target(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    held_on     TEXT NOT NULL CONSTRAINT inspection_session_held_on_date CHECK (date(held_on, '+0 days') IS held_on),
    starts_at   TEXT CONSTRAINT inspection_session_starts_at CHECK (starts_at IS NULL OR starts_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    ends_at     TEXT CONSTRAINT inspection_session_ends_at CHECK (ends_at IS NULL OR ends_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    place       TEXT,
    attendees   TEXT,
    content     TEXT,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX inspection_session_target ON inspection_session (target_id, position);
CREATE INDEX inspection_session_held_on ON inspection_session (held_on);

-- A recommendation's history: each remedy report received, reminder sent, re-check made, with
-- the status it left the recommendation in. Written once, never changed or deleted.
CREATE TABLE remedy_event (
    id                 INTEGER PRIMARY KEY,
    recommendation_id  INTEGER NOT NULL REFERENCES recommendation(id) ON DELETE RESTRICT,
    kind               TEXT NOT NULL CONSTRAINT remedy_event_kind CHECK (kind IN ('report', 'reminder', 'recheck')),
    occurred_on        TEXT NOT NULL CONSTRAINT remedy_event_occurred_on_date CHECK (date(occurred_on, '+0 days') IS occurred_on),
    content            TEXT,
    status_after       TEXT NOT NULL CONSTRAINT remedy_event_status_after CHECK (status_after IN (
                           'pending', 'in_progress', 'remedied', 'rechecked', 'not_done')),
    register_id        INTEGER REFERENCES document_register(id) ON DELETE RESTRICT,
    recorded_by        TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX remedy_event_recommendation ON remedy_event (recommendation_id, occurred_on);
CREATE INDEX remedy_event_register ON remedy_event (register_id);
CREATE TRIGGER remedy_event_frozen_update BEFORE UPDATE ON remedy_event BEGIN
    SELECT RAISE(ABORT, 'remedy_event_frozen');
END;
CREATE TRIGGER remedy_event_frozen_delete BEFORE DELETE ON remedy_event BEGIN
    SELECT RAISE(ABORT, 'remedy_event_frozen');
END;
-- The history the findings had until now: their remedy report, as one event.
INSERT INTO remedy_event (recommendation_id, kind, occurred_on, content, status_after, recorded_by)
    SELECT id, 'report', last_report_on, last_report, status, 'schema 6'
    FROM recommendation WHERE last_report_on IS NOT NULL;

-- Attachments of a target (its self-inspection report, minutes, explanations) and of a remedy
-- event (the remedy report's file).
CREATE TABLE attachment_v6 (
    id                    INTEGER PRIMARY KEY,
    conference_id         INTEGER REFERENCES conference(id) ON DELETE CASCADE,
    inspection_team_id    INTEGER REFERENCES inspection_team(id) ON DELETE CASCADE,
    inspection_target_id  INTEGER REFERENCES inspection_target(id) ON DELETE CASCADE,
    finding_id            INTEGER REFERENCES finding(id) ON DELETE CASCADE,
    remedy_event_id       INTEGER REFERENCES remedy_event(id) ON DELETE CASCADE,
    commendation_id       INTEGER REFERENCES commendation(id) ON DELETE CASCADE,
    kind                  TEXT NOT NULL DEFAULT 'other' CONSTRAINT attachment_kind CHECK (kind IN (
                              'invitation', 'report', 'photo', 'decision', 'minutes', 'explanation', 'other')),
    file_name             TEXT NOT NULL CONSTRAINT attachment_file_name_nonempty CHECK (length(trim(file_name)) > 0),
    media_type            TEXT,
    byte_size             INTEGER NOT NULL DEFAULT 0 CONSTRAINT attachment_byte_size CHECK (byte_size >= 0),
    sha256                TEXT,
    note                  TEXT,
    version               INTEGER NOT NULL DEFAULT 1,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT attachment_one_owner CHECK (
        (conference_id IS NOT NULL) + (inspection_team_id IS NOT NULL)
        + (inspection_target_id IS NOT NULL) + (finding_id IS NOT NULL)
        + (remedy_event_id IS NOT NULL) + (commendation_id IS NOT NULL) = 1)
);
INSERT INTO attachment_v6 (id, conference_id, inspection_team_id, finding_id, commendation_id,
        kind, file_name, media_type, byte_size, sha256, note, version, created_at, updated_at)
    SELECT id, conference_id, inspection_team_id, finding_id, commendation_id, kind, file_name,
        media_type, byte_size, sha256, note, version, created_at, updated_at
    FROM attachment;
DROP TABLE attachment;
ALTER TABLE attachment_v6 RENAME TO attachment;
CREATE INDEX attachment_conference ON attachment (conference_id);
CREATE INDEX attachment_team ON attachment (inspection_team_id);
CREATE INDEX attachment_target ON attachment (inspection_target_id);
CREATE INDEX attachment_finding ON attachment (finding_id);
CREATE INDEX attachment_remedy_event ON attachment (remedy_event_id);
CREATE INDEX attachment_commendation ON attachment (commendation_id);

-- The decision, the plan and the schedule are documents of the inspection; the conclusion
-- notice and the reminder, of a target.
ALTER TABLE document_register ADD COLUMN inspection_team_id INTEGER REFERENCES inspection_team(id) ON DELETE RESTRICT;
CREATE INDEX document_register_inspection ON document_register (inspection_team_id);
CREATE INDEX document_register_target ON document_register (inspection_target_id);
