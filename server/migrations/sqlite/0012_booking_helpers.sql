-- Someone a person lets follow and manage their booking (a relative, a friend, a mediator),
-- with a PIN of their own for the same code. The person agreed at `consent_at`; when the person
-- removes them, or the booking's personal data goes (cancelled, erased, past the retention
-- period), their name and contact go too, and a removed helper's PIN opens nothing. The row
-- stays, without personal data, for the audit log's lines that name it.
CREATE TABLE booking_helpers (
    id           INTEGER PRIMARY KEY,
    booking_id   INTEGER NOT NULL REFERENCES bookings (id),
    name         TEXT,                               -- personal data
    relationship TEXT    NOT NULL CHECK (relationship IN ('family', 'friend', 'mediator', 'other')),
    contact      TEXT,                               -- personal data
    pin_hash     TEXT,                               -- NULL once removed
    consent_at   INTEGER NOT NULL,
    removed_at   INTEGER
);
CREATE INDEX booking_helpers_booking ON booking_helpers (booking_id);
