-- Secretariat schema, version 2: every record carries a version, the store (not triggers) keeps
-- timestamps and the audit log, and the log records who changed which field from what to what.
-- The sort and search columns that queries computed with vn_key()/vn_fold() are stored now; the
-- program fills them (and every row's audit hash) right after this script.

-- The store writes updated_at from its clock and logs each change itself, with the values.
DROP TRIGGER unit_inserted;
DROP TRIGGER unit_updated;
DROP TRIGGER unit_deleted;
DROP TRIGGER person_inserted;
DROP TRIGGER person_updated;
DROP TRIGGER person_deleted;
DROP TRIGGER legal_document_inserted;
DROP TRIGGER legal_document_updated;
DROP TRIGGER legal_document_deleted;
DROP TRIGGER conference_inserted;
DROP TRIGGER conference_updated;
DROP TRIGGER conference_deleted;
DROP TRIGGER conference_participant_inserted;
DROP TRIGGER conference_participant_updated;
DROP TRIGGER conference_participant_deleted;
DROP TRIGGER agenda_item_inserted;
DROP TRIGGER agenda_item_updated;
DROP TRIGGER agenda_item_deleted;
DROP TRIGGER inspection_team_inserted;
DROP TRIGGER inspection_team_updated;
DROP TRIGGER inspection_team_deleted;
DROP TRIGGER team_member_inserted;
DROP TRIGGER team_member_updated;
DROP TRIGGER team_member_deleted;
DROP TRIGGER inspection_target_inserted;
DROP TRIGGER inspection_target_updated;
DROP TRIGGER inspection_target_deleted;
DROP TRIGGER inspection_topic_inserted;
DROP TRIGGER inspection_topic_updated;
DROP TRIGGER inspection_topic_deleted;
DROP TRIGGER finding_inserted;
DROP TRIGGER finding_updated;
DROP TRIGGER finding_deleted;
DROP TRIGGER statistic_inserted;
DROP TRIGGER statistic_updated;
DROP TRIGGER statistic_deleted;
DROP TRIGGER commendation_inserted;
DROP TRIGGER commendation_updated;
DROP TRIGGER commendation_deleted;
DROP TRIGGER document_register_inserted;
DROP TRIGGER document_register_updated;
DROP TRIGGER document_register_deleted;
DROP TRIGGER attachment_inserted;
DROP TRIGGER attachment_updated;
DROP TRIGGER attachment_deleted;
DROP TRIGGER document_type_updated;
DROP TRIGGER setting_updated;

-- A record's version: a save over a newer version than the one read is refused.
ALTER TABLE document_type ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE unit ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE legal_document ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE conference ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE conference_participant ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_item ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE inspection_team ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE team_member ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE inspection_target ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE inspection_topic ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE finding ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE statistic ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE commendation ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document_register ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE attachment ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE setting ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE setting ADD COLUMN created_at TEXT NOT NULL DEFAULT '';

-- Stored sort and search keys (filled by the program).
ALTER TABLE person ADD COLUMN title_key TEXT NOT NULL DEFAULT '';
ALTER TABLE legal_document ADD COLUMN excerpt_key TEXT NOT NULL DEFAULT '';
ALTER TABLE document_type ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
ALTER TABLE document_register ADD COLUMN search_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE document_register ADD COLUMN excerpt_key TEXT NOT NULL DEFAULT '';
ALTER TABLE document_register ADD COLUMN signer_key TEXT NOT NULL DEFAULT '';
CREATE INDEX person_title_sort ON person (title_key);
CREATE INDEX conference_sort ON conference (sort_key);
CREATE INDEX document_register_order ON document_register (year, type_code, number);

-- The audit log a reviewer can use: who, when, which record (and the record it belongs to), each
-- changed field with its old and new value (JSON), and a hash chained to the previous row's.
CREATE TABLE audit_log_v2 (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user_name     TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL CONSTRAINT audit_log_action CHECK (action IN (
                      'insert', 'update', 'delete', 'restore')),
    table_name    TEXT NOT NULL,
    record_id     INTEGER,
    record_key    TEXT,
    record_label  TEXT NOT NULL DEFAULT '',
    label_folded  TEXT NOT NULL DEFAULT '',
    parent_table  TEXT,
    parent_id     INTEGER,
    changes       TEXT NOT NULL DEFAULT '{}',
    hash          TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_log_v2 (id, at, user_name, action, table_name, record_id)
    SELECT id, at, coalesce(user_name, ''), action, table_name, record_id FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v2 RENAME TO audit_log;
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_parent ON audit_log (parent_table, parent_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_name);

-- The last row of the chain, so that a row cut from its end is noticed too.
CREATE TABLE audit_seal (
    id         INTEGER PRIMARY KEY CONSTRAINT audit_seal_one CHECK (id = 1),
    last_id    INTEGER NOT NULL,
    last_hash  TEXT NOT NULL
);
