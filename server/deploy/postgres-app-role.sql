-- What the application role `ponte_app` may do on a PostgreSQL deployment (README,
-- "Deploying"): read and write the data, but not own the tables, so it can neither change the
-- schema nor change, delete or truncate the audit log. Run it as the tables' owner after every
-- `server migrate` (it is idempotent, and new tables need their grants):
--
--   psql "$OWNER_URL" -v ON_ERROR_STOP=1 -f server/deploy/postgres-app-role.sql
--
-- The role itself is created once: CREATE ROLE ponte_app LOGIN PASSWORD '...';
-- server/tests/instances.rs runs this file and checks what the role can and cannot do.
GRANT USAGE ON SCHEMA public, tower_sessions TO ponte_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ponte_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA tower_sessions TO ponte_app;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ponte_app;
-- The audit log: appended to and read, never changed.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ponte_app;
-- The schema's version: read (to check it at start), never written.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON _sqlx_migrations FROM ponte_app;
