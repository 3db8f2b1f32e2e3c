-- Secretariat schema, version 8: accounts, approvals, and an audit log that also records who
-- came in, who was refused, and each print or export of a secret record.

-- An office's accounts, once it wants them: the first account turns them on. The password is
-- kept only as an Argon2id hash; name_key is the name as the program compares it (NFC, lower
-- case), so that one name typed two ways is one account.
CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CONSTRAINT app_user_name_nonempty CHECK (length(trim(name)) > 0),
    name_key        TEXT NOT NULL CONSTRAINT app_user_name_unique UNIQUE,
    full_name       TEXT,
    role            TEXT NOT NULL CONSTRAINT app_user_role CHECK (role IN (
                        'admin', 'clerk', 'staff', 'leader', 'viewer')),
    clearance       TEXT NOT NULL DEFAULT 'none' CONSTRAINT app_user_clearance CHECK (clearance IN (
                        'none', 'confidential', 'secret', 'top_secret')),
    password_hash   TEXT NOT NULL CONSTRAINT app_user_password_set CHECK (length(password_hash) > 0),
    disabled        INTEGER NOT NULL DEFAULT 0 CONSTRAINT app_user_disabled CHECK (disabled IN (0, 1)),
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);

-- A leader's approval of a commendation decision and of an inspection's conclusion.
ALTER TABLE commendation ADD COLUMN approved_by TEXT;
ALTER TABLE commendation ADD COLUMN approved_at TEXT;
ALTER TABLE inspection_target ADD COLUMN conclusion_approved_by TEXT;
ALTER TABLE inspection_target ADD COLUMN conclusion_approved_at TEXT;

-- The audit log made again for its new actions; every row, its hash and the seal stay as
-- they were. Its full-text index is made again after this script (Store::afterMigration).
DROP TABLE IF EXISTS audit_log_search;
CREATE TABLE audit_log_v8 (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    user_name     TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL CONSTRAINT audit_log_action CHECK (action IN (
                      'insert', 'update', 'delete', 'restore', 'login', 'login_failed', 'logout',
                      'refused', 'print', 'export')),
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
INSERT INTO audit_log_v8 SELECT id, at, user_name, action, table_name, record_id, record_key,
    record_label, label_folded, parent_table, parent_id, changes, hash FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v8 RENAME TO audit_log;
CREATE INDEX audit_log_record ON audit_log (table_name, record_id);
CREATE INDEX audit_log_parent ON audit_log (parent_table, parent_id);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_name);
CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_label ON audit_log (label_folded);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
