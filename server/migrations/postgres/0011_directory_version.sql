-- The directory's version: one more whenever desks or municipalities are written (in the same
-- transaction). Each server keeps the directory in memory for the desk search and reads this
-- one row to know whether it is still the database's (also after another instance wrote).
CREATE TABLE IF NOT EXISTS directory_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO directory_version (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
