-- Staff accounts and their sessions, the dossiers handed to desks, and the audit log.
-- Instants are Unix seconds.

CREATE TABLE staff (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,           -- trimmed, lower-case: the login
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('operator', 'mediator', 'administrator')),
    password_hash TEXT    NOT NULL,                  -- argon2id, PHC string
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    INTEGER NOT NULL
);

-- The desks an operator works for.
CREATE TABLE staff_desks (
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    desk_id  INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, desk_id)
);

-- A signed-in staff member. The cookie holds a random token; only its SHA-256 is stored, so
-- a copy of this table opens no session.
CREATE TABLE staff_sessions (
    token_hash TEXT    PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    last_seen  INTEGER NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- What the desk receives with a booking. Answers are codes (JSON), never translated text, so
-- any operator reads them in their own language.
CREATE TABLE dossiers (
    id          INTEGER PRIMARY KEY,
    booking_id  INTEGER NOT NULL UNIQUE REFERENCES bookings (id),
    desk_id     INTEGER NOT NULL REFERENCES desks (id),
    service     TEXT    NOT NULL,
    area        TEXT,                                -- NULL when booked without the questions
    answers     TEXT    NOT NULL DEFAULT '{}',       -- personal data: emptied when withdrawn
    have        TEXT    NOT NULL DEFAULT '[]',       -- documents the person said they have
    note        TEXT,                                -- in the person's own words, as written
    filled_by   TEXT    NOT NULL CHECK (filled_by IN ('person', 'relative', 'mediator')),
    language    TEXT    NOT NULL,                    -- the person's language (also the note's)
    consent_at  INTEGER NOT NULL,
    missing     TEXT    NOT NULL DEFAULT '[]',       -- document ids the desk still needs
    status_note TEXT,                                -- the operator's note with the last change
    status      TEXT    NOT NULL DEFAULT 'received'
                CHECK (status IN ('received', 'handling', 'documents-missing', 'referred', 'closed', 'withdrawn')),
    claimed_by  INTEGER REFERENCES staff (id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX dossiers_desk_status ON dossiers (desk_id, status);

-- Who viewed or changed which dossier, when and from where. The application only appends.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         INTEGER NOT NULL,
    staff_id   INTEGER REFERENCES staff (id),
    action     TEXT    NOT NULL,
    dossier_id INTEGER REFERENCES dossiers (id),
    address    TEXT    NOT NULL
);
CREATE INDEX audit_log_dossier ON audit_log (dossier_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Whether the person came, as the desk marks it on the day.
ALTER TABLE bookings ADD COLUMN attendance TEXT CHECK (attendance IN ('attended', 'no-show'));
