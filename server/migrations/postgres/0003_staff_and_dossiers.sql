-- Staff accounts and their sessions, the dossiers handed to desks, and the audit log.
-- Instants are Unix seconds.

CREATE TABLE staff (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE,           -- trimmed, lower-case: the login
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('operator', 'mediator', 'administrator')),
    password_hash TEXT    NOT NULL,                  -- argon2id, PHC string
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    BIGINT  NOT NULL
);

-- The desks an operator works for.
CREATE TABLE staff_desks (
    staff_id BIGINT  NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    desk_id  BIGINT  NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    PRIMARY KEY (staff_id, desk_id)
);

-- A signed-in staff member. The cookie holds a random token; only its SHA-256 is stored, so
-- a copy of this table opens no session.
CREATE TABLE staff_sessions (
    token_hash TEXT    PRIMARY KEY,
    staff_id   BIGINT  NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    created_at BIGINT  NOT NULL,
    last_seen  BIGINT  NOT NULL
);
CREATE INDEX staff_sessions_staff ON staff_sessions (staff_id);

-- What the desk receives with a booking. Answers are codes (JSON), never translated text, so
-- any operator reads them in their own language.
CREATE TABLE dossiers (
    id          BIGSERIAL PRIMARY KEY,
    booking_id  BIGINT  NOT NULL UNIQUE REFERENCES bookings (id),
    desk_id     BIGINT  NOT NULL REFERENCES desks (id),
    service     TEXT    NOT NULL,
    area        TEXT,                                -- NULL when booked without the questions
    answers     TEXT    NOT NULL DEFAULT '{}',       -- personal data: emptied when withdrawn
    have        TEXT    NOT NULL DEFAULT '[]',       -- documents the person said they have
    note        TEXT,                                -- in the person's own words, as written
    filled_by   TEXT    NOT NULL CHECK (filled_by IN ('person', 'relative', 'mediator')),
    language    TEXT    NOT NULL,                    -- the person's language (also the note's)
    consent_at  BIGINT  NOT NULL,
    missing     TEXT    NOT NULL DEFAULT '[]',       -- document ids the desk still needs
    status_note TEXT,                                -- the operator's note with the last change
    status      TEXT    NOT NULL DEFAULT 'received'
                CHECK (status IN ('received', 'handling', 'documents-missing', 'referred', 'closed', 'withdrawn')),
    claimed_by  BIGINT  REFERENCES staff (id),
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL
);
CREATE INDEX dossiers_desk_status ON dossiers (desk_id, status);

-- Who viewed or changed which dossier, when and from where. The application only appends.
CREATE TABLE audit_log (
    id         BIGSERIAL PRIMARY KEY,
    at         BIGINT  NOT NULL,
    staff_id   BIGINT  REFERENCES staff (id),
    action     TEXT    NOT NULL,
    dossier_id BIGINT  REFERENCES dossiers (id),
    address    TEXT    NOT NULL
);
CREATE INDEX audit_log_dossier ON audit_log (dossier_id);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- Whether the person came, as the desk marks it on the day.
ALTER TABLE bookings ADD COLUMN attendance TEXT CHECK (attendance IN ('attended', 'no-show'));
