-- Secretariat schema, version 1: the whole mission's data from the start.
-- Conventions: dates are ISO text (YYYY-MM-DD) checked by date(x, '+0 days'), which, unlike
-- a bare date(x), rolls 31 February over to March and so tells it from the text; times HH:MM; text is NFC;
-- *_folded columns hold the search folding of app/text; sort_key holds its collation key.
-- Enumerated columns have named CHECK constraints: the application turns a failed constraint
-- name into a sentence for the user.

CREATE TABLE document_type (
    code        TEXT PRIMARY KEY CONSTRAINT document_type_code_nonempty CHECK (length(trim(code)) > 0),
    name        TEXT NOT NULL CONSTRAINT document_type_name_nonempty CHECK (length(trim(name)) > 0),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE unit (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL CONSTRAINT unit_name_nonempty CHECK (length(trim(name)) > 0),
    name_folded   TEXT NOT NULL DEFAULT '',
    sort_key      TEXT NOT NULL DEFAULT '',
    short_name    TEXT,
    kind          TEXT NOT NULL DEFAULT 'other' CONSTRAINT unit_kind CHECK (kind IN (
                      'central_body', 'party_committee', 'standing_board', 'advisory_body',
                      'subcommittee', 'party_organization', 'state_agency',
                      'mass_organization', 'other')),
    issuer_code   TEXT,
    place_name    TEXT,
    parent_id     INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    valid_from    TEXT CONSTRAINT unit_valid_from_date CHECK (valid_from IS NULL OR date(valid_from, '+0 days') IS valid_from),
    valid_to      TEXT CONSTRAINT unit_valid_to_date CHECK (valid_to IS NULL OR date(valid_to, '+0 days') IS valid_to),
    successor_id  INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    note          TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT unit_validity_order CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT unit_parent_not_self CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT unit_successor_not_self CHECK (successor_id IS NULL OR successor_id <> id)
);
CREATE UNIQUE INDEX unit_name_unique ON unit (name, ifnull(parent_id, 0), ifnull(valid_from, ''));
CREATE INDEX unit_parent ON unit (parent_id);
CREATE INDEX unit_successor ON unit (successor_id);
CREATE INDEX unit_sort ON unit (sort_key);

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL CONSTRAINT person_full_name_nonempty CHECK (length(trim(full_name)) > 0),
    family_name   TEXT NOT NULL DEFAULT '',
    middle_name   TEXT NOT NULL DEFAULT '',
    given_name    TEXT NOT NULL DEFAULT '',
    name_folded   TEXT NOT NULL DEFAULT '',
    sort_key      TEXT NOT NULL DEFAULT '',
    gender        TEXT CONSTRAINT person_gender CHECK (gender IS NULL OR gender IN ('male', 'female')),
    title         TEXT,
    title_folded  TEXT NOT NULL DEFAULT '',
    unit_id       INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    phone         TEXT,
    email         TEXT CONSTRAINT person_email CHECK (email IS NULL OR email = '' OR email LIKE '%_@_%'),
    note          TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX person_unit ON person (unit_id);
CREATE INDEX person_sort ON person (sort_key);

CREATE TABLE legal_document (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL CONSTRAINT legal_document_code_nonempty CHECK (length(trim(code)) > 0),
    number          TEXT,
    type_code       TEXT NOT NULL REFERENCES document_type(code) ON UPDATE CASCADE ON DELETE RESTRICT,
    issuer_code     TEXT,
    issuer_unit_id  INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    issued_on       TEXT CONSTRAINT legal_document_issued_on_date CHECK (issued_on IS NULL OR date(issued_on, '+0 days') IS issued_on),
    excerpt         TEXT,
    search_folded   TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT '',
    note            TEXT,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE UNIQUE INDEX legal_document_code_unique ON legal_document (code, ifnull(issued_on, ''));
CREATE INDEX legal_document_issuer ON legal_document (issuer_unit_id);
CREATE INDEX legal_document_type ON legal_document (type_code);

CREATE TABLE conference (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CONSTRAINT conference_kind CHECK (kind IN (
                           'interim_review', 'final_review', 'dissemination', 'training',
                           'briefing', 'thematic', 'other')),
    title              TEXT NOT NULL CONSTRAINT conference_title_nonempty CHECK (length(trim(title)) > 0),
    title_folded       TEXT NOT NULL DEFAULT '',
    sort_key           TEXT NOT NULL DEFAULT '',
    legal_document_id  INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    period_from        TEXT CONSTRAINT conference_period_from_date CHECK (period_from IS NULL OR date(period_from, '+0 days') IS period_from),
    period_to          TEXT CONSTRAINT conference_period_to_date CHECK (period_to IS NULL OR date(period_to, '+0 days') IS period_to),
    held_on            TEXT CONSTRAINT conference_held_on_date CHECK (held_on IS NULL OR date(held_on, '+0 days') IS held_on),
    starts_at          TEXT CONSTRAINT conference_starts_at_time CHECK (starts_at IS NULL OR time(starts_at) IS starts_at || ':00'),
    ends_at            TEXT CONSTRAINT conference_ends_at_time CHECK (ends_at IS NULL OR time(ends_at) IS ends_at || ':00'),
    venue              TEXT,
    organizer_unit_id  INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    status             TEXT NOT NULL DEFAULT 'planned' CONSTRAINT conference_status CHECK (status IN (
                           'planned', 'held', 'concluded', 'cancelled')),
    secrecy            TEXT NOT NULL DEFAULT 'none' CONSTRAINT conference_secrecy CHECK (secrecy IN (
                           'none', 'confidential', 'secret', 'top_secret')),
    urgency            TEXT NOT NULL DEFAULT 'none' CONSTRAINT conference_urgency CHECK (urgency IN (
                           'none', 'urgent', 'very_urgent', 'flash')),
    results            TEXT,
    strengths          TEXT,
    shortcomings       TEXT,
    difficulties       TEXT,
    causes             TEXT,
    lessons            TEXT,
    tasks_ahead        TEXT,
    proposals          TEXT,
    conclusion         TEXT,
    note               TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT conference_period_order CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
CREATE INDEX conference_held_on ON conference (held_on);
CREATE INDEX conference_document ON conference (legal_document_id);
CREATE INDEX conference_organizer ON conference (organizer_unit_id);

CREATE TABLE conference_participant (
    id               INTEGER PRIMARY KEY,
    conference_id    INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    person_id        INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    unit_id          INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    role             TEXT NOT NULL DEFAULT 'delegate' CONSTRAINT conference_participant_role CHECK (role IN (
                         'chair', 'reporter', 'discussant', 'opening_speaker', 'concluding_speaker',
                         'delegate', 'guest')),
    title_held       TEXT,
    delegate_count   INTEGER CONSTRAINT conference_participant_delegate_count CHECK (delegate_count IS NULL OR delegate_count > 0),
    attendance       TEXT NOT NULL DEFAULT 'invited' CONSTRAINT conference_participant_attendance CHECK (attendance IN (
                         'invited', 'present', 'absent')),
    absence_reason   TEXT,
    position         INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT conference_participant_person_or_unit CHECK ((person_id IS NULL) <> (unit_id IS NULL))
);
CREATE INDEX conference_participant_conference ON conference_participant (conference_id, position);
CREATE INDEX conference_participant_person ON conference_participant (person_id);
CREATE INDEX conference_participant_unit ON conference_participant (unit_id);
CREATE UNIQUE INDEX conference_participant_person_once ON conference_participant (conference_id, person_id) WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX conference_participant_unit_once ON conference_participant (conference_id, unit_id) WHERE unit_id IS NOT NULL;

CREATE TABLE agenda_item (
    id                   INTEGER PRIMARY KEY,
    conference_id        INTEGER NOT NULL REFERENCES conference(id) ON DELETE CASCADE,
    position             INTEGER NOT NULL DEFAULT 0,
    starts_at            TEXT CONSTRAINT agenda_item_starts_at_time CHECK (starts_at IS NULL OR time(starts_at) IS starts_at || ':00'),
    kind                 TEXT NOT NULL DEFAULT 'other' CONSTRAINT agenda_item_kind CHECK (kind IN (
                             'opening', 'report', 'discussion_paper', 'discussion', 'conclusion',
                             'commendation', 'closing', 'other')),
    title                TEXT NOT NULL CONSTRAINT agenda_item_title_nonempty CHECK (length(trim(title)) > 0),
    presenter_person_id  INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    presenter_unit_id    INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    presenter_text       TEXT,
    created_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX agenda_item_conference ON agenda_item (conference_id, position);
CREATE INDEX agenda_item_person ON agenda_item (presenter_person_id);
CREATE INDEX agenda_item_unit ON agenda_item (presenter_unit_id);

CREATE TABLE inspection_team (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL CONSTRAINT inspection_team_name_nonempty CHECK (length(trim(name)) > 0),
    name_folded           TEXT NOT NULL DEFAULT '',
    number                INTEGER CONSTRAINT inspection_team_number CHECK (number IS NULL OR number > 0),
    issuer_unit_id        INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    decision_document_id  INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    plan_document_id      INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    subject_document_id   INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    established_on        TEXT CONSTRAINT inspection_team_established_on_date CHECK (established_on IS NULL OR date(established_on, '+0 days') IS established_on),
    starts_on             TEXT CONSTRAINT inspection_team_starts_on_date CHECK (starts_on IS NULL OR date(starts_on, '+0 days') IS starts_on),
    ends_on               TEXT CONSTRAINT inspection_team_ends_on_date CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on),
    status                TEXT NOT NULL DEFAULT 'planned' CONSTRAINT inspection_team_status CHECK (status IN (
                              'planned', 'working', 'concluded', 'closed')),
    secrecy               TEXT NOT NULL DEFAULT 'none' CONSTRAINT inspection_team_secrecy CHECK (secrecy IN (
                              'none', 'confidential', 'secret', 'top_secret')),
    note                  TEXT,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT inspection_team_dates_order CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE UNIQUE INDEX inspection_team_number_unique ON inspection_team (issuer_unit_id, number, ifnull(established_on, '')) WHERE number IS NOT NULL;
CREATE INDEX inspection_team_issuer ON inspection_team (issuer_unit_id);

CREATE TABLE team_member (
    id          INTEGER PRIMARY KEY,
    team_id     INTEGER NOT NULL REFERENCES inspection_team(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
    role        TEXT NOT NULL DEFAULT 'member' CONSTRAINT team_member_role CHECK (role IN (
                    'head', 'deputy_head', 'member', 'secretary')),
    title_held  TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT team_member_once UNIQUE (team_id, person_id)
);
CREATE INDEX team_member_person ON team_member (person_id);

CREATE TABLE inspection_target (
    id                       INTEGER PRIMARY KEY,
    team_id                  INTEGER NOT NULL REFERENCES inspection_team(id) ON DELETE CASCADE,
    unit_id                  INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
    scheduled_from           TEXT CONSTRAINT inspection_target_scheduled_from_date CHECK (scheduled_from IS NULL OR date(scheduled_from, '+0 days') IS scheduled_from),
    scheduled_to             TEXT CONSTRAINT inspection_target_scheduled_to_date CHECK (scheduled_to IS NULL OR date(scheduled_to, '+0 days') IS scheduled_to),
    self_report_received_on  TEXT CONSTRAINT inspection_target_self_report_date CHECK (self_report_received_on IS NULL OR date(self_report_received_on, '+0 days') IS self_report_received_on),
    conclusion_document_id   INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    status                   TEXT NOT NULL DEFAULT 'scheduled' CONSTRAINT inspection_target_status CHECK (status IN (
                                 'scheduled', 'in_progress', 'concluded')),
    position                 INTEGER NOT NULL DEFAULT 0,
    note                     TEXT,
    created_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at               TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT inspection_target_once UNIQUE (team_id, unit_id),
    CONSTRAINT inspection_target_schedule_order CHECK (scheduled_to IS NULL OR scheduled_from IS NULL OR scheduled_to >= scheduled_from)
);
CREATE INDEX inspection_target_unit ON inspection_target (unit_id);

CREATE TABLE inspection_topic (
    id           INTEGER PRIMARY KEY,
    team_id      INTEGER NOT NULL REFERENCES inspection_team(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    title        TEXT NOT NULL CONSTRAINT inspection_topic_title_nonempty CHECK (length(trim(title)) > 0),
    description  TEXT,
    created_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX inspection_topic_team ON inspection_topic (team_id, position);

CREATE TABLE finding (
    id                 INTEGER PRIMARY KEY,
    target_id          INTEGER NOT NULL REFERENCES inspection_target(id) ON DELETE CASCADE,
    topic_id           INTEGER REFERENCES inspection_topic(id) ON DELETE SET NULL,
    kind               TEXT NOT NULL CONSTRAINT finding_kind CHECK (kind IN (
                           'strength', 'shortcoming', 'violation', 'cause', 'recommendation')),
    subject_kind       TEXT NOT NULL DEFAULT 'organization' CONSTRAINT finding_subject_kind CHECK (subject_kind IN (
                           'organization', 'member')),
    subject_unit_id    INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    subject_person_id  INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    description        TEXT NOT NULL CONSTRAINT finding_description_nonempty CHECK (length(trim(description)) > 0),
    search_folded      TEXT NOT NULL DEFAULT '',
    recommendation     TEXT,
    deadline           TEXT CONSTRAINT finding_deadline_date CHECK (deadline IS NULL OR date(deadline, '+0 days') IS deadline),
    remedy_status      TEXT NOT NULL DEFAULT 'not_required' CONSTRAINT finding_remedy_status CHECK (remedy_status IN (
                           'not_required', 'pending', 'in_progress', 'remedied')),
    remedied_on        TEXT CONSTRAINT finding_remedied_on_date CHECK (remedied_on IS NULL OR date(remedied_on, '+0 days') IS remedied_on),
    remedy_report      TEXT,
    position           INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT finding_remedied_has_date CHECK (remedy_status <> 'remedied' OR remedied_on IS NOT NULL),
    CONSTRAINT finding_member_has_person CHECK (subject_kind <> 'member' OR subject_person_id IS NOT NULL)
);
CREATE INDEX finding_target ON finding (target_id, position);
CREATE INDEX finding_topic ON finding (topic_id);
CREATE INDEX finding_subject_unit ON finding (subject_unit_id);
CREATE INDEX finding_subject_person ON finding (subject_person_id);
CREATE INDEX finding_open ON finding (remedy_status, deadline);

CREATE TABLE statistic (
    id             INTEGER PRIMARY KEY,
    conference_id  INTEGER REFERENCES conference(id) ON DELETE CASCADE,
    unit_id        INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    name           TEXT NOT NULL CONSTRAINT statistic_name_nonempty CHECK (length(trim(name)) > 0),
    value          REAL NOT NULL,
    measure        TEXT,
    period_from    TEXT CONSTRAINT statistic_period_from_date CHECK (period_from IS NULL OR date(period_from, '+0 days') IS period_from),
    period_to      TEXT CONSTRAINT statistic_period_to_date CHECK (period_to IS NULL OR date(period_to, '+0 days') IS period_to),
    position       INTEGER NOT NULL DEFAULT 0,
    note           TEXT,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT statistic_period_order CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from)
);
CREATE INDEX statistic_conference ON statistic (conference_id, position);
CREATE INDEX statistic_unit ON statistic (unit_id);

CREATE TABLE commendation (
    id                    INTEGER PRIMARY KEY,
    form                  TEXT NOT NULL CONSTRAINT commendation_form CHECK (form IN (
                              'certificate_of_merit', 'certificate_of_commendation',
                              'emulation_flag', 'party_badge', 'other')),
    authority_unit_id     INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    decision_document_id  INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    decided_on            TEXT CONSTRAINT commendation_decided_on_date CHECK (decided_on IS NULL OR date(decided_on, '+0 days') IS decided_on),
    signer_person_id      INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    recipient_kind        TEXT NOT NULL CONSTRAINT commendation_recipient_kind CHECK (recipient_kind IN (
                              'collective', 'individual')),
    recipient_unit_id     INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    recipient_person_id   INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    recipient_title_held  TEXT,
    reason                TEXT NOT NULL CONSTRAINT commendation_reason_nonempty CHECK (length(trim(reason)) > 0),
    conference_id         INTEGER REFERENCES conference(id) ON DELETE RESTRICT,
    position              INTEGER NOT NULL DEFAULT 0,
    note                  TEXT,
    created_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at            TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT commendation_recipient CHECK (
        (recipient_kind = 'collective' AND recipient_unit_id IS NOT NULL AND recipient_person_id IS NULL)
        OR (recipient_kind = 'individual' AND recipient_person_id IS NOT NULL))
);
CREATE INDEX commendation_conference ON commendation (conference_id);
CREATE INDEX commendation_decision ON commendation (decision_document_id);
CREATE INDEX commendation_authority ON commendation (authority_unit_id);
CREATE INDEX commendation_recipient_unit ON commendation (recipient_unit_id);
CREATE INDEX commendation_recipient_person ON commendation (recipient_person_id);
CREATE INDEX commendation_signer ON commendation (signer_person_id);

-- The outgoing document register (sổ văn bản đi): one number per type, issuer and year.
CREATE TABLE document_register (
    id                 INTEGER PRIMARY KEY,
    type_code          TEXT NOT NULL REFERENCES document_type(code) ON UPDATE CASCADE ON DELETE RESTRICT,
    issuer_code        TEXT NOT NULL CONSTRAINT document_register_issuer_nonempty CHECK (length(trim(issuer_code)) > 0),
    year               INTEGER NOT NULL CONSTRAINT document_register_year CHECK (year BETWEEN 1930 AND 9999),
    number             INTEGER NOT NULL CONSTRAINT document_register_number CHECK (number > 0),
    code               TEXT NOT NULL,
    issued_on          TEXT NOT NULL CONSTRAINT document_register_issued_on_date CHECK (date(issued_on, '+0 days') IS issued_on),
    report_kind        TEXT,
    excerpt            TEXT,
    signer             TEXT,
    conference_id      INTEGER REFERENCES conference(id) ON DELETE RESTRICT,
    inspection_target_id INTEGER REFERENCES inspection_target(id) ON DELETE RESTRICT,
    commendation_id    INTEGER REFERENCES commendation(id) ON DELETE RESTRICT,
    legal_document_id  INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    status             TEXT NOT NULL DEFAULT 'issued' CONSTRAINT document_register_status CHECK (status IN (
                           'issued', 'cancelled')),
    cancelled_reason   TEXT,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT document_register_number_unique UNIQUE (type_code, issuer_code, year, number),
    CONSTRAINT document_register_year_matches CHECK (CAST(substr(issued_on, 1, 4) AS INTEGER) = year)
);
CREATE INDEX document_register_year ON document_register (year, type_code);
CREATE INDEX document_register_conference ON document_register (conference_id);

-- Attachments: metadata here; the bytes are kept in attachment_content so that lists never
-- read them.
CREATE TABLE attachment (
    id                  INTEGER PRIMARY KEY,
    conference_id       INTEGER REFERENCES conference(id) ON DELETE CASCADE,
    inspection_team_id  INTEGER REFERENCES inspection_team(id) ON DELETE CASCADE,
    finding_id          INTEGER REFERENCES finding(id) ON DELETE CASCADE,
    commendation_id     INTEGER REFERENCES commendation(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL DEFAULT 'other' CONSTRAINT attachment_kind CHECK (kind IN (
                            'invitation', 'report', 'photo', 'decision', 'minutes', 'other')),
    file_name           TEXT NOT NULL CONSTRAINT attachment_file_name_nonempty CHECK (length(trim(file_name)) > 0),
    media_type          TEXT,
    byte_size           INTEGER NOT NULL DEFAULT 0 CONSTRAINT attachment_byte_size CHECK (byte_size >= 0),
    sha256              TEXT,
    note                TEXT,
    created_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT attachment_one_owner CHECK (
        (conference_id IS NOT NULL) + (inspection_team_id IS NOT NULL)
        + (finding_id IS NOT NULL) + (commendation_id IS NOT NULL) = 1)
);
CREATE INDEX attachment_conference ON attachment (conference_id);
CREATE INDEX attachment_team ON attachment (inspection_team_id);
CREATE INDEX attachment_finding ON attachment (finding_id);
CREATE INDEX attachment_commendation ON attachment (commendation_id);

CREATE TABLE attachment_content (
    attachment_id  INTEGER PRIMARY KEY REFERENCES attachment(id) ON DELETE CASCADE,
    data           BLOB NOT NULL
);

CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT,
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f', 'now')),
    action      TEXT NOT NULL CONSTRAINT audit_log_action CHECK (action IN ('insert', 'update', 'delete')),
    table_name  TEXT NOT NULL,
    record_id   INTEGER,
    user_name   TEXT
);
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);

-- updated_at and the audit log are kept by the store itself, whoever writes.
CREATE TRIGGER unit_inserted AFTER INSERT ON unit BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'unit', NEW.id);
END;
CREATE TRIGGER unit_updated AFTER UPDATE ON unit BEGIN
    UPDATE unit SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'unit', NEW.id);
END;
CREATE TRIGGER unit_deleted AFTER DELETE ON unit BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'unit', OLD.id);
END;
CREATE TRIGGER person_inserted AFTER INSERT ON person BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'person', NEW.id);
END;
CREATE TRIGGER person_updated AFTER UPDATE ON person BEGIN
    UPDATE person SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'person', NEW.id);
END;
CREATE TRIGGER person_deleted AFTER DELETE ON person BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'person', OLD.id);
END;
CREATE TRIGGER legal_document_inserted AFTER INSERT ON legal_document BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'legal_document', NEW.id);
END;
CREATE TRIGGER legal_document_updated AFTER UPDATE ON legal_document BEGIN
    UPDATE legal_document SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'legal_document', NEW.id);
END;
CREATE TRIGGER legal_document_deleted AFTER DELETE ON legal_document BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'legal_document', OLD.id);
END;
CREATE TRIGGER conference_inserted AFTER INSERT ON conference BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'conference', NEW.id);
END;
CREATE TRIGGER conference_updated AFTER UPDATE ON conference BEGIN
    UPDATE conference SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'conference', NEW.id);
END;
CREATE TRIGGER conference_deleted AFTER DELETE ON conference BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'conference', OLD.id);
END;
CREATE TRIGGER conference_participant_inserted AFTER INSERT ON conference_participant BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'conference_participant', NEW.id);
END;
CREATE TRIGGER conference_participant_updated AFTER UPDATE ON conference_participant BEGIN
    UPDATE conference_participant SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'conference_participant', NEW.id);
END;
CREATE TRIGGER conference_participant_deleted AFTER DELETE ON conference_participant BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'conference_participant', OLD.id);
END;
CREATE TRIGGER agenda_item_inserted AFTER INSERT ON agenda_item BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'agenda_item', NEW.id);
END;
CREATE TRIGGER agenda_item_updated AFTER UPDATE ON agenda_item BEGIN
    UPDATE agenda_item SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'agenda_item', NEW.id);
END;
CREATE TRIGGER agenda_item_deleted AFTER DELETE ON agenda_item BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'agenda_item', OLD.id);
END;
CREATE TRIGGER inspection_team_inserted AFTER INSERT ON inspection_team BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'inspection_team', NEW.id);
END;
CREATE TRIGGER inspection_team_updated AFTER UPDATE ON inspection_team BEGIN
    UPDATE inspection_team SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'inspection_team', NEW.id);
END;
CREATE TRIGGER inspection_team_deleted AFTER DELETE ON inspection_team BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'inspection_team', OLD.id);
END;
CREATE TRIGGER team_member_inserted AFTER INSERT ON team_member BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'team_member', NEW.id);
END;
CREATE TRIGGER team_member_updated AFTER UPDATE ON team_member BEGIN
    UPDATE team_member SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'team_member', NEW.id);
END;
CREATE TRIGGER team_member_deleted AFTER DELETE ON team_member BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'team_member', OLD.id);
END;
CREATE TRIGGER inspection_target_inserted AFTER INSERT ON inspection_target BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'inspection_target', NEW.id);
END;
CREATE TRIGGER inspection_target_updated AFTER UPDATE ON inspection_target BEGIN
    UPDATE inspection_target SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'inspection_target', NEW.id);
END;
CREATE TRIGGER inspection_target_deleted AFTER DELETE ON inspection_target BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'inspection_target', OLD.id);
END;
CREATE TRIGGER inspection_topic_inserted AFTER INSERT ON inspection_topic BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'inspection_topic', NEW.id);
END;
CREATE TRIGGER inspection_topic_updated AFTER UPDATE ON inspection_topic BEGIN
    UPDATE inspection_topic SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'inspection_topic', NEW.id);
END;
CREATE TRIGGER inspection_topic_deleted AFTER DELETE ON inspection_topic BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'inspection_topic', OLD.id);
END;
CREATE TRIGGER finding_inserted AFTER INSERT ON finding BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'finding', NEW.id);
END;
CREATE TRIGGER finding_updated AFTER UPDATE ON finding BEGIN
    UPDATE finding SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'finding', NEW.id);
END;
CREATE TRIGGER finding_deleted AFTER DELETE ON finding BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'finding', OLD.id);
END;
CREATE TRIGGER statistic_inserted AFTER INSERT ON statistic BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'statistic', NEW.id);
END;
CREATE TRIGGER statistic_updated AFTER UPDATE ON statistic BEGIN
    UPDATE statistic SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'statistic', NEW.id);
END;
CREATE TRIGGER statistic_deleted AFTER DELETE ON statistic BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'statistic', OLD.id);
END;
CREATE TRIGGER commendation_inserted AFTER INSERT ON commendation BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'commendation', NEW.id);
END;
CREATE TRIGGER commendation_updated AFTER UPDATE ON commendation BEGIN
    UPDATE commendation SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'commendation', NEW.id);
END;
CREATE TRIGGER commendation_deleted AFTER DELETE ON commendation BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'commendation', OLD.id);
END;
CREATE TRIGGER document_register_inserted AFTER INSERT ON document_register BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'document_register', NEW.id);
END;
CREATE TRIGGER document_register_updated AFTER UPDATE ON document_register BEGIN
    UPDATE document_register SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'document_register', NEW.id);
END;
CREATE TRIGGER document_register_deleted AFTER DELETE ON document_register BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'document_register', OLD.id);
END;
CREATE TRIGGER attachment_inserted AFTER INSERT ON attachment BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('insert', 'attachment', NEW.id);
END;
CREATE TRIGGER attachment_updated AFTER UPDATE ON attachment BEGIN
    UPDATE attachment SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE id = NEW.id;
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('update', 'attachment', NEW.id);
END;
CREATE TRIGGER attachment_deleted AFTER DELETE ON attachment BEGIN
    INSERT INTO audit_log (action, table_name, record_id) VALUES ('delete', 'attachment', OLD.id);
END;
CREATE TRIGGER document_type_updated AFTER UPDATE ON document_type BEGIN
    UPDATE document_type SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE code = NEW.code;
END;
CREATE TRIGGER setting_updated AFTER UPDATE ON setting BEGIN
    UPDATE setting SET updated_at = strftime('%Y-%m-%dT%H:%M:%S', 'now') WHERE key = NEW.key;
END;

-- Party document types (GLOSSARY.md); users may add and rename them.
INSERT INTO document_type (code, name) VALUES
    ('NQ', 'Nghị quyết'), ('CT', 'Chỉ thị'), ('QĐ', 'Quyết định, Quy định'), ('QĐi', 'Quy định'),
    ('KL', 'Kết luận'), ('QC', 'Quy chế'), ('HD', 'Hướng dẫn'), ('BB', 'Biên bản'),
    ('KH', 'Kế hoạch'), ('TB', 'Thông báo'), ('BC', 'Báo cáo'), ('TTr', 'Tờ trình'),
    ('CV', 'Công văn'), ('CTr', 'Chương trình'), ('GM', 'Giấy mời');
