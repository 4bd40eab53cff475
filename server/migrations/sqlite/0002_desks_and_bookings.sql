-- The desk directory and appointments. Times of day are minutes after midnight, dates are
-- 'YYYY-MM-DD', appointment starts are Europe/Rome wall-clock 'YYYY-MM-DDTHH:MM'; instants
-- are Unix seconds.
CREATE TABLE desks (
    id                 INTEGER PRIMARY KEY,
    slug               TEXT    NOT NULL UNIQUE,      -- public, stable id (URLs, HSDS exports)
    name               TEXT    NOT NULL,
    kind               TEXT    NOT NULL,             -- a provider id of content/providers.toml
    municipality       TEXT    NOT NULL REFERENCES municipalities (istat_code),
    address            TEXT    NOT NULL,
    postcode           TEXT    NOT NULL,
    latitude           REAL    NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude          REAL    NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    phone              TEXT,
    email              TEXT,
    step_free          BOOLEAN,
    hearing_loop       BOOLEAN,
    accessible_toilet  BOOLEAN,
    patron_saint       TEXT,                         -- 'MM-DD'
    min_notice_minutes INTEGER NOT NULL DEFAULT 1440 CHECK (min_notice_minutes >= 0),
    is_demo            BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX desks_municipality ON desks (municipality);

CREATE TABLE desk_services (
    desk_id      INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    service      TEXT    NOT NULL,                   -- a service id of content/services.toml
    bookable     BOOLEAN NOT NULL DEFAULT TRUE,
    slot_minutes INTEGER NOT NULL DEFAULT 30 CHECK (slot_minutes BETWEEN 5 AND 480),
    capacity     INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 50),
    PRIMARY KEY (desk_id, service)
);
CREATE INDEX desk_services_service ON desk_services (service);

CREATE TABLE desk_languages (
    desk_id       INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    language      TEXT    NOT NULL,
    mediator_days TEXT    NOT NULL DEFAULT '',       -- 'tue,thu'; empty = staff speak it every day
    PRIMARY KEY (desk_id, language)
);

CREATE TABLE desk_hours (
    desk_id INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens   INTEGER NOT NULL CHECK (opens BETWEEN 0 AND 1440),
    closes  INTEGER NOT NULL CHECK (closes BETWEEN 0 AND 1440),
    CHECK (opens < closes)
);
CREATE INDEX desk_hours_desk ON desk_hours (desk_id);

CREATE TABLE desk_closures (
    desk_id   INTEGER NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    first_day TEXT    NOT NULL,
    last_day  TEXT    NOT NULL,
    CHECK (first_day <= last_day)
);
CREATE INDEX desk_closures_desk ON desk_closures (desk_id);

-- One row per appointment. A slot of capacity N has seats 1..N; the partial unique index makes
-- a second active booking of the same seat impossible, whatever the application does.
CREATE TABLE bookings (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    request_key TEXT    NOT NULL UNIQUE,             -- from the form: a resubmission finds the first booking
    desk_id     INTEGER NOT NULL REFERENCES desks (id),
    service     TEXT    NOT NULL,
    starts_at   TEXT    NOT NULL,
    seat        INTEGER NOT NULL CHECK (seat >= 1),
    status      TEXT    NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
    name        TEXT,                                -- personal data: removed when cancelled
    contact     TEXT,
    language    TEXT    NOT NULL,
    pin_hash    TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    cancelled_at INTEGER
);
CREATE UNIQUE INDEX bookings_one_per_seat ON bookings (desk_id, service, starts_at, seat) WHERE status = 'booked';
CREATE INDEX bookings_desk_day ON bookings (desk_id, starts_at);
