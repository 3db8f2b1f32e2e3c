-- Secretariat schema, version 3: the audit log only grows. A change to a logged row, or its
-- removal, is refused by the file itself, whatever program writes to it.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log_append_only');
END;
