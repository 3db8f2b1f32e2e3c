-- Secretariat schema, version 4: a province's years of records. Every list sorts by a stored key
-- through an index, the directory is matched by exact names through an index, and (made by the
-- program from its catalogue, after this script) every list searches a full-text index.

-- The exact name a delegate list is matched by (VietnameseText::matchKey: tones count, case and
-- tone placement do not); folded names only suggest.
ALTER TABLE person ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX person_name_key ON person (name_key, unit_id);
CREATE INDEX person_name_folded ON person (name_folded);
CREATE INDEX person_phone ON person (phone);

CREATE INDEX unit_issuer_code ON unit (issuer_code);
CREATE INDEX unit_valid_to ON unit (valid_to);

CREATE INDEX legal_document_sort ON legal_document (sort_key);
CREATE INDEX legal_document_issued_on ON legal_document (issued_on);
CREATE INDEX legal_document_excerpt ON legal_document (excerpt_key);

CREATE INDEX document_register_issued_on ON document_register (issued_on);
CREATE INDEX document_register_excerpt ON document_register (excerpt_key);
CREATE INDEX document_register_signer ON document_register (signer_key);

CREATE INDEX audit_log_action ON audit_log (action);
CREATE INDEX audit_log_label ON audit_log (label_folded);

-- A coded column sorts in the order its choices are offered (a CASE over the code): read from an
-- index of the code alone, not from the rows.
CREATE INDEX unit_kind ON unit (kind);
CREATE INDEX conference_kind ON conference (kind);
CREATE INDEX conference_status ON conference (status);
CREATE INDEX document_register_status ON document_register (status);
