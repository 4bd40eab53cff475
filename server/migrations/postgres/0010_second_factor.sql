-- The staff's second factor: a time-based one-time code (RFC 6238) from an authenticator app,
-- or one of ten recovery codes. Until the code is given, a session opened with the password
-- reaches nothing but the second-factor page.

-- The app's secret, base32; set when the account first sees the enrolment page, confirmed by
-- the first right code. A reset by an administrator clears it: the owner enrols again.
ALTER TABLE staff ADD COLUMN totp_secret TEXT;
ALTER TABLE staff ADD COLUMN totp_enrolled BOOLEAN NOT NULL DEFAULT FALSE;
-- The 30-second step of the last code accepted: a code is accepted once, and never one older.
ALTER TABLE staff ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

-- Whether the session has passed the second factor (every session open before this version
-- has not, and asks for it).
ALTER TABLE staff_sessions ADD COLUMN verified BOOLEAN NOT NULL DEFAULT FALSE;

-- Recovery codes not used yet, for a lost phone: only their SHA-256 (they are long and
-- random, like session tokens). A used code is deleted.
CREATE TABLE staff_recovery_codes (
    staff_id  BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    PRIMARY KEY (staff_id, code_hash)
);
