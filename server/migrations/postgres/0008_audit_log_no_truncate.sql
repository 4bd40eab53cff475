-- The audit log's rows can be neither changed nor deleted (0003), but TRUNCATE skips row
-- triggers: a statement trigger refuses it too, whoever runs it, the tables' owner included.
-- (SQLite has no TRUNCATE: a DELETE without WHERE still meets the row trigger.)
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
