-- Secretariat schema, version 7: commendations from the proposal to the decision, its list and
-- the certificates, and the Party membership badge (COMMENDATIONS.md).
--
-- A commendation is now one record from proposal to decision (hồ sơ khen thưởng): who proposes,
-- which body decides, for which form and reason; its recipients are rows of their own, each
-- reviewed (accepted or not) and, once the decision is made, frozen. Forms are a directory the
-- office edits: who may give each, to whom, and where its certificate's text goes on the stock.

-- The forms (Bằng khen, Giấy khen, Cờ thi đua, Huy hiệu Đảng 30 … 90 năm).
CREATE TABLE commendation_form (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CONSTRAINT commendation_form_name_nonempty CHECK (length(trim(name)) > 0),
    name_folded     TEXT NOT NULL DEFAULT '',
    sort_key        TEXT NOT NULL DEFAULT '',
    recipients      TEXT NOT NULL DEFAULT 'both' CONSTRAINT commendation_form_recipients CHECK (recipients IN (
                        'collective', 'individual', 'both')),
    -- A Party membership badge: the years of Party membership it marks.
    badge_years     INTEGER CONSTRAINT commendation_form_badge_years CHECK (badge_years IS NULL OR badge_years BETWEEN 30 AND 90),
    -- The certificate stock, in millimetres (A4 landscape unless set).
    page_width_mm   REAL NOT NULL DEFAULT 297 CONSTRAINT commendation_form_page_width CHECK (page_width_mm BETWEEN 50 AND 1000),
    page_height_mm  REAL NOT NULL DEFAULT 210 CONSTRAINT commendation_form_page_height CHECK (page_height_mm BETWEEN 50 AND 1000),
    position        INTEGER NOT NULL DEFAULT 0,
    note            TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE UNIQUE INDEX commendation_form_name_unique ON commendation_form (name);
CREATE UNIQUE INDEX commendation_form_badge_once ON commendation_form (badge_years) WHERE badge_years IS NOT NULL;
CREATE INDEX commendation_form_sort ON commendation_form (position, sort_key);

INSERT INTO commendation_form (name, recipients, position) VALUES
    ('Bằng khen', 'both', 1), ('Giấy khen', 'both', 2), ('Cờ thi đua', 'collective', 3);
INSERT INTO commendation_form (name, recipients, badge_years, position)
    SELECT 'Huy hiệu ' || years || ' năm tuổi Đảng', 'individual', years, 3 + years / 5
    FROM (SELECT 30 AS years UNION ALL SELECT 40 UNION ALL SELECT 45 UNION ALL SELECT 50
          UNION ALL SELECT 55 UNION ALL SELECT 60 UNION ALL SELECT 65 UNION ALL SELECT 70
          UNION ALL SELECT 75 UNION ALL SELECT 80 UNION ALL SELECT 85 UNION ALL SELECT 90);

-- The bodies that may give a form.
CREATE TABLE commendation_form_authority (
    id               INTEGER PRIMARY KEY,
    form_id          INTEGER NOT NULL REFERENCES commendation_form(id) ON DELETE CASCADE,
    issuing_body_id  INTEGER NOT NULL REFERENCES issuing_body(id) ON DELETE RESTRICT,
    position         INTEGER NOT NULL DEFAULT 0,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE UNIQUE INDEX commendation_form_authority_once ON commendation_form_authority (form_id, issuing_body_id);
CREATE INDEX commendation_form_authority_body ON commendation_form_authority (issuing_body_id);
-- By default a standing board gives the Bằng khen, the flag and the badges; a Party committee the
-- Giấy khen. The office edits this.
INSERT INTO commendation_form_authority (form_id, issuing_body_id)
    SELECT f.id, b.id FROM commendation_form f, issuing_body b JOIN unit u ON u.id = b.unit_id
    WHERE (u.kind = 'standing_board' AND f.name <> 'Giấy khen')
       OR (u.kind = 'party_committee' AND f.name = 'Giấy khen');

-- Where a certificate's text goes on the pre-printed stock: one line or block per field, its left
-- edge and top in millimetres from the sheet's top left corner, its width, its type.
CREATE TABLE certificate_field (
    id         INTEGER PRIMARY KEY,
    form_id    INTEGER NOT NULL REFERENCES commendation_form(id) ON DELETE CASCADE,
    field      TEXT NOT NULL CONSTRAINT certificate_field_field CHECK (field IN (
                   'recipient_name', 'recipient_detail', 'achievement', 'decision', 'place_date',
                   'signer_authority', 'signer_title', 'signer_name', 'badge_number', 'text')),
    content    TEXT,
    x_mm       REAL NOT NULL CONSTRAINT certificate_field_x CHECK (x_mm >= 0),
    y_mm       REAL NOT NULL CONSTRAINT certificate_field_y CHECK (y_mm >= 0),
    width_mm   REAL NOT NULL CONSTRAINT certificate_field_width CHECK (width_mm > 0),
    font_pt    REAL NOT NULL DEFAULT 14 CONSTRAINT certificate_field_font CHECK (font_pt BETWEEN 6 AND 72),
    bold       INTEGER NOT NULL DEFAULT 0 CONSTRAINT certificate_field_bold CHECK (bold IN (0, 1)),
    italic     INTEGER NOT NULL DEFAULT 0 CONSTRAINT certificate_field_italic CHECK (italic IN (0, 1)),
    align      TEXT NOT NULL DEFAULT 'center' CONSTRAINT certificate_field_align CHECK (align IN ('left', 'center', 'right')),
    position   INTEGER NOT NULL DEFAULT 0,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT certificate_field_text_has_content CHECK (field <> 'text' OR length(trim(ifnull(content, ''))) > 0)
);
CREATE INDEX certificate_field_form ON certificate_field (form_id, position);
-- A layout to start from, on A4 landscape: the name in the middle, the achievement below it, the
-- date and the signature at the bottom right, the decision at the bottom left.
INSERT INTO certificate_field (form_id, field, x_mm, y_mm, width_mm, font_pt, bold, italic, position)
    SELECT f.id, l.field, l.x, l.y, l.w, l.pt, l.b, l.i, l.p
    FROM commendation_form f, (
        SELECT 'recipient_name' AS field, 38.0 AS x, 92.0 AS y, 221.0 AS w, 22.0 AS pt, 1 AS b, 0 AS i, 1 AS p
        UNION ALL SELECT 'recipient_detail', 38, 106, 221, 15, 0, 0, 2
        UNION ALL SELECT 'achievement', 38, 118, 221, 15, 0, 1, 3
        UNION ALL SELECT 'place_date', 150, 146, 120, 13, 0, 1, 4
        UNION ALL SELECT 'signer_authority', 150, 153, 120, 13, 1, 0, 5
        UNION ALL SELECT 'signer_title', 150, 159, 120, 13, 1, 0, 6
        UNION ALL SELECT 'signer_name', 150, 186, 120, 14, 1, 0, 7
        UNION ALL SELECT 'decision', 25, 186, 110, 11, 0, 1, 8) l;
INSERT INTO certificate_field (form_id, field, x_mm, y_mm, width_mm, font_pt, position)
    SELECT id, 'badge_number', 25, 176, 110, 11, 9 FROM commendation_form WHERE badge_years IS NOT NULL;

-- The commendation: proposed by a body (a lower committee, a Ban) to the body that decides, for
-- a form and a reason; reviewed; decided by a numbered decision, after which its list is frozen.
-- A round of Party membership badges has no single form: each recipient has the badge due.
CREATE TABLE commendation_v7 (
    id                 INTEGER PRIMARY KEY,
    issuing_body_id    INTEGER REFERENCES issuing_body(id) ON DELETE RESTRICT,
    form_id            INTEGER REFERENCES commendation_form(id) ON DELETE RESTRICT,
    kind               TEXT NOT NULL DEFAULT 'thematic' CONSTRAINT commendation_kind CHECK (kind IN (
                           'regular', 'periodic', 'thematic', 'one_off', 'party_badge')),
    reason             TEXT NOT NULL CONSTRAINT commendation_reason_nonempty CHECK (length(trim(reason)) > 0),
    reason_key         TEXT NOT NULL DEFAULT '',
    search_folded      TEXT NOT NULL DEFAULT '',
    proposing_unit_id  INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    proposal_code      TEXT,
    proposed_on        TEXT CONSTRAINT commendation_proposed_on_date CHECK (proposed_on IS NULL OR date(proposed_on, '+0 days') IS proposed_on),
    -- A badge round: the day the badges are presented (3/2, 19/5, 2/9, 7/11).
    round_on           TEXT CONSTRAINT commendation_round_on_date CHECK (round_on IS NULL OR date(round_on, '+0 days') IS round_on),
    conference_id      INTEGER REFERENCES conference(id) ON DELETE RESTRICT,
    status             TEXT NOT NULL DEFAULT 'proposed' CONSTRAINT commendation_status CHECK (status IN (
                           'proposed', 'reviewed', 'decided', 'withdrawn')),
    decision_code      TEXT,
    decided_on         TEXT CONSTRAINT commendation_decided_on_date CHECK (decided_on IS NULL OR date(decided_on, '+0 days') IS decided_on),
    signer             TEXT,
    note               TEXT,
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT commendation_decided_after_proposal CHECK (decided_on IS NULL OR proposed_on IS NULL OR decided_on >= proposed_on),
    CONSTRAINT commendation_decided_has_date CHECK (status <> 'decided' OR decided_on IS NOT NULL),
    CONSTRAINT commendation_badge_round_has_no_form CHECK (kind <> 'party_badge' OR form_id IS NULL),
    CONSTRAINT commendation_has_form CHECK (kind = 'party_badge' OR form_id IS NOT NULL)
);

-- The rows kept until now were one recipient each; those of one decision (the same body, form,
-- reason, date and conference) become one commendation, numbered by its first row. A recipient
-- recorded twice in one decision goes to a second commendation alike, so that no list names
-- anyone twice and nothing is dropped.
CREATE TEMP TABLE commendation_row AS
    SELECT c.id AS old_id,
        CASE c.recipient_kind WHEN 'collective' THEN (SELECT u.name FROM unit u WHERE u.id = c.recipient_unit_id)
            ELSE (SELECT p.full_name FROM person p WHERE p.id = c.recipient_person_id) END AS name,
        c.form || '|' || ifnull(c.authority_unit_id, '') || '|' || c.reason || '|' || ifnull(c.decided_on, '')
            || '|' || ifnull(c.conference_id, '') || '|' || ifnull(c.decision_document_id, '') AS decision
    FROM commendation c;
CREATE TEMP TABLE commendation_group AS
    SELECT old_id, name, min(old_id) OVER (PARTITION BY decision, twice) AS new_id
    FROM (SELECT old_id, name, decision,
              row_number() OVER (PARTITION BY decision, lower(trim(name)) ORDER BY old_id) AS twice
          FROM commendation_row);
INSERT INTO commendation_form (name, recipients, position)
    SELECT 'Huy hiệu Đảng', 'individual', 30 WHERE EXISTS (SELECT 1 FROM commendation WHERE form = 'party_badge');
INSERT INTO commendation_form (name, recipients, position)
    SELECT 'Hình thức khác', 'both', 31 WHERE EXISTS (SELECT 1 FROM commendation WHERE form = 'other');
INSERT INTO commendation_v7 (id, issuing_body_id, form_id, kind, reason, status, decision_code,
        decided_on, signer, conference_id, note, version, created_at, updated_at)
    SELECT c.id,
        (SELECT b.id FROM issuing_body b WHERE b.unit_id = c.authority_unit_id),
        (SELECT f.id FROM commendation_form f WHERE f.name = CASE c.form
            WHEN 'certificate_of_merit' THEN 'Bằng khen' WHEN 'certificate_of_commendation' THEN 'Giấy khen'
            WHEN 'emulation_flag' THEN 'Cờ thi đua' WHEN 'party_badge' THEN 'Huy hiệu Đảng'
            ELSE 'Hình thức khác' END),
        'one_off', c.reason,
        CASE WHEN c.decided_on IS NULL THEN 'proposed' ELSE 'decided' END,
        (SELECT d.code FROM legal_document d WHERE d.id = c.decision_document_id),
        c.decided_on,
        (SELECT p.full_name FROM person p WHERE p.id = c.signer_person_id),
        c.conference_id, c.note, c.version, c.created_at, c.updated_at
    FROM commendation c WHERE c.id IN (SELECT new_id FROM commendation_group);

-- Its recipients: a unit (tập thể) or a person (cá nhân), named as the list prints them, with the
-- unit or title held then, the achievement, the review and, for a badge, its number.
CREATE TABLE commendation_recipient (
    id               INTEGER PRIMARY KEY,
    commendation_id  INTEGER NOT NULL REFERENCES commendation_v7(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL DEFAULT 0,
    form_id          INTEGER REFERENCES commendation_form(id) ON DELETE RESTRICT,
    recipient_kind   TEXT NOT NULL CONSTRAINT commendation_recipient_kind CHECK (recipient_kind IN ('collective', 'individual')),
    unit_id          INTEGER REFERENCES unit(id) ON DELETE RESTRICT,
    person_id        INTEGER REFERENCES person(id) ON DELETE RESTRICT,
    name             TEXT NOT NULL CONSTRAINT commendation_recipient_name_nonempty CHECK (length(trim(name)) > 0),
    name_key         TEXT NOT NULL DEFAULT '',
    detail           TEXT,
    achievement      TEXT,
    search_folded    TEXT NOT NULL DEFAULT '',
    review           TEXT NOT NULL DEFAULT 'pending' CONSTRAINT commendation_recipient_review CHECK (review IN (
                         'pending', 'accepted', 'rejected')),
    review_note      TEXT,
    -- A badge: given early for a grave illness, posthumously (list 4B), or again for a lost one (4A).
    early            INTEGER NOT NULL DEFAULT 0 CONSTRAINT commendation_recipient_early CHECK (early IN (0, 1)),
    posthumous       INTEGER NOT NULL DEFAULT 0 CONSTRAINT commendation_recipient_posthumous CHECK (posthumous IN (0, 1)),
    replacement      INTEGER NOT NULL DEFAULT 0 CONSTRAINT commendation_recipient_replacement CHECK (replacement IN (0, 1)),
    badge_number     TEXT,
    note             TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    CONSTRAINT commendation_recipient_who CHECK (
        (recipient_kind = 'collective' AND unit_id IS NOT NULL AND person_id IS NULL)
        OR (recipient_kind = 'individual' AND person_id IS NOT NULL AND unit_id IS NULL))
);
-- The program derives each name's key when it opens the file; until then each row's is its own.
INSERT INTO commendation_recipient (commendation_id, position, recipient_kind, unit_id,
        person_id, name, name_key, detail, review, note, created_at, updated_at)
    SELECT g.new_id, c.position, c.recipient_kind,
        CASE c.recipient_kind WHEN 'collective' THEN c.recipient_unit_id END,
        CASE c.recipient_kind WHEN 'individual' THEN c.recipient_person_id END,
        g.name, 'schema6:' || c.id,
        CASE c.recipient_kind WHEN 'individual' THEN coalesce(c.recipient_title_held,
            (SELECT p.title FROM person p WHERE p.id = c.recipient_person_id)) END,
        CASE WHEN c.decided_on IS NULL THEN 'pending' ELSE 'accepted' END,
        CASE WHEN c.id = g.new_id THEN NULL ELSE c.note END,
        c.created_at, c.updated_at
    FROM commendation c JOIN commendation_group g ON g.old_id = c.id
    ORDER BY g.new_id, c.position, c.id;
-- The register's entries and the attachments of a merged row belong to its commendation.
UPDATE document_register SET commendation_id = (SELECT new_id FROM commendation_group WHERE old_id = commendation_id)
    WHERE commendation_id IS NOT NULL;
UPDATE attachment SET commendation_id = (SELECT new_id FROM commendation_group WHERE old_id = commendation_id)
    WHERE commendation_id IS NOT NULL;
DROP TABLE commendation_group;
DROP TABLE commendation_row;
DROP TABLE commendation;
ALTER TABLE commendation_v7 RENAME TO commendation;
CREATE INDEX commendation_body ON commendation (issuing_body_id, decided_on);
CREATE INDEX commendation_form_used ON commendation (form_id);
CREATE INDEX commendation_proposing_unit ON commendation (proposing_unit_id);
CREATE INDEX commendation_conference ON commendation (conference_id);
CREATE INDEX commendation_decided ON commendation (decided_on);
CREATE INDEX commendation_proposed ON commendation (proposed_on);
CREATE INDEX commendation_reason ON commendation (reason_key);

-- Nobody is twice on one list for the same form (names compared as the list is matched).
CREATE UNIQUE INDEX commendation_recipient_once ON commendation_recipient (commendation_id, name_key, ifnull(form_id, 0));
CREATE UNIQUE INDEX commendation_recipient_badge_number ON commendation_recipient (badge_number) WHERE badge_number IS NOT NULL;
CREATE INDEX commendation_recipient_list ON commendation_recipient (commendation_id, position);
CREATE INDEX commendation_recipient_unit ON commendation_recipient (unit_id);
CREATE INDEX commendation_recipient_person ON commendation_recipient (person_id);
CREATE INDEX commendation_recipient_form ON commendation_recipient (form_id);
CREATE INDEX commendation_recipient_name ON commendation_recipient (name_key);

-- A decided list is frozen: its rows are neither added, changed nor removed (a badge's number,
-- given when it is presented, and a note may still be written).
CREATE TRIGGER commendation_recipient_frozen_insert BEFORE INSERT ON commendation_recipient
WHEN (SELECT status FROM commendation WHERE id = NEW.commendation_id) = 'decided' BEGIN
    SELECT RAISE(ABORT, 'commendation_decided_frozen');
END;
CREATE TRIGGER commendation_recipient_frozen_update BEFORE UPDATE ON commendation_recipient
WHEN ((SELECT status FROM commendation WHERE id = OLD.commendation_id) = 'decided'
      OR (SELECT status FROM commendation WHERE id = NEW.commendation_id) = 'decided')
  AND (NEW.commendation_id IS NOT OLD.commendation_id OR NEW.position IS NOT OLD.position
      OR NEW.form_id IS NOT OLD.form_id OR NEW.recipient_kind IS NOT OLD.recipient_kind
      OR NEW.unit_id IS NOT OLD.unit_id OR NEW.person_id IS NOT OLD.person_id
      OR NEW.name IS NOT OLD.name OR NEW.detail IS NOT OLD.detail
      OR NEW.achievement IS NOT OLD.achievement OR NEW.review IS NOT OLD.review
      OR NEW.review_note IS NOT OLD.review_note OR NEW.early IS NOT OLD.early
      OR NEW.posthumous IS NOT OLD.posthumous OR NEW.replacement IS NOT OLD.replacement) BEGIN
    SELECT RAISE(ABORT, 'commendation_decided_frozen');
END;
CREATE TRIGGER commendation_recipient_frozen_delete BEFORE DELETE ON commendation_recipient
WHEN (SELECT status FROM commendation WHERE id = OLD.commendation_id) = 'decided' BEGIN
    SELECT RAISE(ABORT, 'commendation_decided_frozen');
END;
-- The decision itself: what it decided stays (the conference it is presented at and a note may
-- change).
CREATE TRIGGER commendation_frozen_update BEFORE UPDATE ON commendation
WHEN OLD.status = 'decided'
  AND (NEW.issuing_body_id IS NOT OLD.issuing_body_id OR NEW.form_id IS NOT OLD.form_id
      OR NEW.kind IS NOT OLD.kind OR NEW.reason IS NOT OLD.reason
      OR NEW.proposing_unit_id IS NOT OLD.proposing_unit_id OR NEW.proposal_code IS NOT OLD.proposal_code
      OR NEW.proposed_on IS NOT OLD.proposed_on OR NEW.round_on IS NOT OLD.round_on
      OR NEW.status IS NOT OLD.status OR NEW.decision_code IS NOT OLD.decision_code
      OR NEW.decided_on IS NOT OLD.decided_on OR NEW.signer IS NOT OLD.signer) BEGIN
    SELECT RAISE(ABORT, 'commendation_decided_frozen');
END;
CREATE TRIGGER commendation_frozen_delete BEFORE DELETE ON commendation
WHEN OLD.status = 'decided' BEGIN
    SELECT RAISE(ABORT, 'commendation_decided_frozen');
END;

-- People carry what the Party membership badge is counted from, and the disciplines that delay it.
ALTER TABLE person ADD COLUMN admitted_on TEXT CONSTRAINT person_admitted_on_date CHECK (admitted_on IS NULL OR date(admitted_on, '+0 days') IS admitted_on);
ALTER TABLE person ADD COLUMN official_on TEXT CONSTRAINT person_official_on_date CHECK (official_on IS NULL OR date(official_on, '+0 days') IS official_on);
ALTER TABLE person ADD COLUMN deceased_on TEXT CONSTRAINT person_deceased_on_date CHECK (deceased_on IS NULL OR date(deceased_on, '+0 days') IS deceased_on);
ALTER TABLE person ADD COLUMN gravely_ill INTEGER NOT NULL DEFAULT 0 CONSTRAINT person_gravely_ill CHECK (gravely_ill IN (0, 1));
CREATE INDEX person_admitted ON person (admitted_on) WHERE admitted_on IS NOT NULL;

CREATE TABLE person_discipline (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CONSTRAINT person_discipline_kind CHECK (kind IN (
                    'reprimand', 'warning', 'dismissal', 'expulsion')),
    decided_on  TEXT NOT NULL CONSTRAINT person_discipline_decided_on_date CHECK (date(decided_on, '+0 days') IS decided_on),
    decided_by  TEXT,
    reason      TEXT,
    position    INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now')),
    updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now'))
);
CREATE INDEX person_discipline_person ON person_discipline (person_id, decided_on);
