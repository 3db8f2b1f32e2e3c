-- Secretariat schema, version 5: documents as a Party office issues them. Each issuing body has
-- its own header lines, place, code, terms and signers; numbers run per type within a term of the
-- issuing body (or per year where an office numbers so); an issued document is frozen: its
-- rendered file is kept, never changed, and a change to the record makes a new document.

-- The bodies the office issues for (Tỉnh ủy, Ban Thường vụ, Ủy ban Kiểm tra, Đảng ủy Khối…).
CREATE TABLE issuing_body (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CONSTRAINT issuing_body_name_nonempty CHECK (length(trim(name)) > 0),
    name_folded    TEXT NOT NULL DEFAULT '',
    sort_key       TEXT NOT NULL DEFAULT '',
    superior_line  TEXT,
    issuing_line   TEXT NOT NULL CONSTRAINT issuing_body_issuing_line_nonempty CHECK (length(trim(issuing_line)) > 0),
    place_name     TEXT,
    issuer_code    TEXT NOT NULL CONSTRAINT issuing_body_issuer_code_nonempty CHECK (length(trim(issuer_code)) > 0),
    unit_id        INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    numbering      TEXT NOT NULL DEFAULT 'term' CONSTRAINT issuing_body_numbering CHECK (numbering IN ('term', 'year')),
    is_default     INTEGER NOT NULL DEFAULT 0 CONSTRAINT issuing_body_is_default CHECK (is_default IN (0, 1)),
    closed_on      TEXT CONSTRAINT issuing_body_closed_on_date CHECK (closed_on IS NULL OR date(closed_on, '+0 days') IS closed_on),
    note           TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE UNIQUE INDEX issuing_body_unit_once ON issuing_body (unit_id) WHERE unit_id IS NOT NULL;
CREATE UNIQUE INDEX issuing_body_one_default ON issuing_body (is_default) WHERE is_default = 1;
CREATE INDEX issuing_body_code ON issuing_body (issuer_code);
CREATE INDEX issuing_body_sort ON issuing_body (sort_key);

-- Its terms (nhiệm kỳ): from the day after one congress closes to the day the next one closes.
CREATE TABLE issuing_body_term (
    id               INTEGER PRIMARY KEY,
    issuing_body_id  INTEGER NOT NULL REFERENCES issuing_body(id) ON DELETE CASCADE,
    name             TEXT NOT NULL CONSTRAINT issuing_body_term_name_nonempty CHECK (length(trim(name)) > 0),
    starts_on        TEXT NOT NULL CONSTRAINT issuing_body_term_starts_on_date CHECK (date(starts_on, '+0 days') IS starts_on),
    ends_on          TEXT CONSTRAINT issuing_body_term_ends_on_date CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on),
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT issuing_body_term_order CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX issuing_body_term_body ON issuing_body_term (issuing_body_id, starts_on);

-- Who signs which kind of document for it, and to whom it goes. An empty report kind is the
-- signer of every kind that has none of its own.
CREATE TABLE issuing_body_signer (
    id               INTEGER PRIMARY KEY,
    issuing_body_id  INTEGER NOT NULL REFERENCES issuing_body(id) ON DELETE CASCADE,
    report_kind      TEXT NOT NULL DEFAULT '',
    authority        TEXT NOT NULL CONSTRAINT issuing_body_signer_authority_nonempty CHECK (length(trim(authority)) > 0),
    title            TEXT NOT NULL CONSTRAINT issuing_body_signer_title_nonempty CHECK (length(trim(title)) > 0),
    signer_name      TEXT NOT NULL CONSTRAINT issuing_body_signer_name_nonempty CHECK (length(trim(signer_name)) > 0),
    recipients       TEXT,
    position         INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE UNIQUE INDEX issuing_body_signer_kind_once ON issuing_body_signer (issuing_body_id, report_kind);

-- Types whose numbers share one run (the congress documents: "congress").
ALTER TABLE document_type ADD COLUMN shared_run TEXT;

-- A conference names the body that issues its documents; with none, its organizer's body.
ALTER TABLE conference ADD COLUMN issuing_body_id INTEGER REFERENCES issuing_body(id) ON DELETE RESTRICT;
-- When there is no hour: the whole day, the morning, the afternoon.
ALTER TABLE conference ADD COLUMN day_part TEXT CONSTRAINT conference_day_part CHECK (day_part IS NULL OR day_part IN ('all_day', 'morning', 'afternoon', 'evening'));
-- The delegate list in protocol order (role, then the precedence of the title) or as arranged.
ALTER TABLE conference ADD COLUMN participant_order TEXT NOT NULL DEFAULT 'protocol' CONSTRAINT conference_participant_order CHECK (participant_order IN ('protocol', 'manual'));
CREATE INDEX conference_issuing_body ON conference (issuing_body_id);

-- The register again, numbered per run: "series" names the run a number belongs to (the issuing
-- body, a term or a year of it, and the type or the shared run), unique with the number. Two
-- bodies may share a code: a province's committee after a merger opens its own register under
-- the same "TU".
DROP TABLE IF EXISTS document_register_search;
CREATE TABLE document_register_v5 (
    id                 INTEGER PRIMARY KEY,
    type_code          TEXT NOT NULL REFERENCES document_type(code) ON UPDATE CASCADE ON DELETE RESTRICT,
    issuer_code        TEXT NOT NULL CONSTRAINT document_register_issuer_nonempty CHECK (length(trim(issuer_code)) > 0),
    issuing_body_id    INTEGER REFERENCES issuing_body(id) ON DELETE RESTRICT,
    term_id            INTEGER REFERENCES issuing_body_term(id) ON DELETE RESTRICT,
    series             TEXT NOT NULL CONSTRAINT document_register_series_nonempty CHECK (length(series) > 0),
    year               INTEGER NOT NULL CONSTRAINT document_register_year CHECK (year BETWEEN 1930 AND 9999),
    number             INTEGER NOT NULL CONSTRAINT document_register_number CHECK (number > 0),
    code               TEXT NOT NULL,
    issued_on          TEXT NOT NULL CONSTRAINT document_register_issued_on_date CHECK (date(issued_on, '+0 days') IS issued_on),
    report_kind        TEXT,
    excerpt            TEXT,
    signer             TEXT,
    issued_by          TEXT,
    replaces_id        INTEGER REFERENCES document_register_v5(id) ON DELETE RESTRICT,
    source_sha256      TEXT,
    conference_id      INTEGER REFERENCES conference(id) ON DELETE RESTRICT,
    inspection_target_id INTEGER REFERENCES inspection_target(id) ON DELETE RESTRICT,
    commendation_id    INTEGER REFERENCES commendation(id) ON DELETE RESTRICT,
    legal_document_id  INTEGER REFERENCES legal_document(id) ON DELETE RESTRICT,
    status             TEXT NOT NULL DEFAULT 'issued' CONSTRAINT document_register_status CHECK (status IN (
                           'issued', 'cancelled')),
    cancelled_reason   TEXT,
    search_folded      TEXT NOT NULL DEFAULT '',
    excerpt_key        TEXT NOT NULL DEFAULT '',
    signer_key         TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT document_register_number_unique UNIQUE (issuer_code, series, number),
    CONSTRAINT document_register_year_matches CHECK (CAST(substr(issued_on, 1, 4) AS INTEGER) = year)
);
INSERT INTO document_register_v5 (id, type_code, issuer_code, series, year, number, code, issued_on,
        report_kind, excerpt, signer, conference_id, inspection_target_id, commendation_id,
        legal_document_id, status, cancelled_reason, search_folded, excerpt_key, signer_key,
        version, created_at, updated_at)
    SELECT id, type_code, issuer_code, 'year ' || year || ' ' || type_code, year, number, code,
        issued_on, report_kind, excerpt, signer, conference_id, inspection_target_id,
        commendation_id, legal_document_id, status, cancelled_reason, search_folded, excerpt_key,
        signer_key, version, created_at, updated_at
    FROM document_register;
DROP TABLE document_register;
ALTER TABLE document_register_v5 RENAME TO document_register;
CREATE INDEX document_register_year ON document_register (year, type_code);
CREATE INDEX document_register_conference ON document_register (conference_id);
CREATE INDEX document_register_issued_on ON document_register (issued_on);
CREATE INDEX document_register_excerpt ON document_register (excerpt_key);
CREATE INDEX document_register_signer ON document_register (signer_key);
CREATE INDEX document_register_body ON document_register (issuing_body_id);
CREATE INDEX document_register_term ON document_register (term_id);
CREATE INDEX document_register_replaces ON document_register (replaces_id);

-- The issued file itself, as it was signed: written once with its number, never changed.
CREATE TABLE issued_document (
    register_id   INTEGER PRIMARY KEY REFERENCES document_register(id) ON DELETE RESTRICT,
    media_type    TEXT NOT NULL DEFAULT 'application/pdf',
    content       BLOB NOT NULL,
    sha256        TEXT NOT NULL CONSTRAINT issued_document_sha256 CHECK (length(sha256) = 64),
    issued_by     TEXT,
    created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE TRIGGER issued_document_frozen_update BEFORE UPDATE ON issued_document BEGIN
    SELECT RAISE(ABORT, 'issued_document_frozen');
END;
CREATE TRIGGER issued_document_frozen_delete BEFORE DELETE ON issued_document BEGIN
    SELECT RAISE(ABORT, 'issued_document_frozen');
END;

-- The body the format profile named until now (header, place, code, signer, recipients) becomes
-- the office's default issuing body, numbered per year as its register was, until its terms are
-- entered.
INSERT INTO issuing_body (name, superior_line, issuing_line, place_name, issuer_code, numbering, is_default, note)
SELECT trim(json_extract(value, '$.issuingBody') || ' ' || ifnull(json_extract(value, '$.placeName'), '')),
       json_extract(value, '$.superiorBody'), json_extract(value, '$.issuingBody'),
       json_extract(value, '$.placeName'), json_extract(value, '$.issuerCode'), 'year', 1,
       'Taken over from the format profile on updating to schema 5.'
FROM setting
WHERE key = 'format_profile' AND json_valid(value)
  AND length(trim(ifnull(json_extract(value, '$.issuingBody'), ''))) > 0
  AND length(trim(ifnull(json_extract(value, '$.issuerCode'), ''))) > 0;
INSERT INTO issuing_body_signer (issuing_body_id, report_kind, authority, title, signer_name, recipients)
SELECT b.id, '', json_extract(s.value, '$.signerAuthority'), json_extract(s.value, '$.signerTitle'),
       json_extract(s.value, '$.signerName'),
       (SELECT group_concat(r.value, char(10)) FROM json_each(s.value, '$.recipients') r)
FROM issuing_body b JOIN setting s ON s.key = 'format_profile'
WHERE b.is_default = 1
  AND length(trim(ifnull(json_extract(s.value, '$.signerAuthority'), ''))) > 0
  AND length(trim(ifnull(json_extract(s.value, '$.signerTitle'), ''))) > 0
  AND length(trim(ifnull(json_extract(s.value, '$.signerName'), ''))) > 0;
UPDATE document_register
SET issuing_body_id = (SELECT id FROM issuing_body WHERE is_default = 1),
    series = 'body ' || (SELECT id FROM issuing_body WHERE is_default = 1) || ' ' || series
WHERE issuer_code = (SELECT issuer_code FROM issuing_body WHERE is_default = 1);
