-- A request can be sent to a desk without booking a time: its row in `bookings` has no
-- `starts_at` and no `seat` (both or neither). The code, the PIN, the contact and the dossier
-- work as for an appointment.
--
-- SQLite cannot drop NOT NULL in place, so the table is rebuilt under its own name. The
-- migration runs in a transaction, where foreign keys cannot be switched off; deferred, the
-- dossiers lose their booking when the old table goes and find it again when the same rows
-- (same ids) come back, and the commit fails if any is still missing.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE bookings_copy AS SELECT * FROM bookings;
DROP TABLE bookings;
CREATE TABLE bookings (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    request_key TEXT    NOT NULL UNIQUE,             -- from the form: a resubmission finds the first booking
    desk_id     INTEGER NOT NULL REFERENCES desks (id),
    service     TEXT    NOT NULL,
    starts_at   TEXT,                                -- NULL: a request without an appointment
    seat        INTEGER CHECK (seat >= 1),
    status      TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
    name        TEXT,                                -- personal data: removed when cancelled
    contact     TEXT,
    language    TEXT    NOT NULL,
    pin_hash    TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    cancelled_at INTEGER,
    attendance  TEXT    CHECK (attendance IN ('attended', 'no-show')),
    CHECK ((starts_at IS NULL) = (seat IS NULL))
);
INSERT INTO bookings (id, code, request_key, desk_id, service, starts_at, seat, status, name, contact,
                      language, pin_hash, created_at, cancelled_at, attendance)
    SELECT id, code, request_key, desk_id, service, starts_at, seat, status, name, contact,
           language, pin_hash, created_at, cancelled_at, attendance FROM bookings_copy;
DROP TABLE bookings_copy;
CREATE UNIQUE INDEX bookings_one_per_seat ON bookings (desk_id, service, starts_at, seat) WHERE status = 'booked';
CREATE INDEX bookings_desk_day ON bookings (desk_id, starts_at);
