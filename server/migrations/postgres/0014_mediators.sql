-- Cultural mediators: the languages each speaks, and when they are at which desk. The desks'
-- public "a mediator speaks Arabic on Mondays" is read from the presence of active mediator
-- accounts; the days kept by hand in desk_languages go (a language listed there is now one the
-- desk's own staff speak every day). Mediator days set by hand before this version are dropped:
-- administrators give each mediator an account with their presence.
CREATE TABLE mediator_languages (
    staff_id BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    PRIMARY KEY (staff_id, language)
);

CREATE TABLE mediator_presence (
    id       BIGSERIAL PRIMARY KEY,
    staff_id BIGINT NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    desk_id  BIGINT NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    weekday  INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),   -- 1 = Monday, as desk_hours
    starts   INTEGER NOT NULL,                                   -- minutes after midnight
    ends     INTEGER NOT NULL CHECK (ends > starts)
);
CREATE INDEX mediator_presence_staff ON mediator_presence (staff_id);

-- A mediator for one dossier's appointment: asked for by an operator (no mediator yet), or
-- offered by a mediator who will be there. `mediator_id` is who comes; NULL while asked.
-- Cancelled with the booking; asked again (nobody confirmed) when the appointment moves.
CREATE TABLE mediations (
    id           BIGSERIAL PRIMARY KEY,
    dossier_id   BIGINT NOT NULL UNIQUE REFERENCES dossiers (id),
    language     TEXT    NOT NULL,
    day          TEXT    NOT NULL,                               -- YYYY-MM-DD
    asked_by     BIGINT REFERENCES staff (id),
    asked_at     BIGINT NOT NULL,
    mediator_id  BIGINT REFERENCES staff (id),
    confirmed_at BIGINT
);
CREATE INDEX mediations_mediator ON mediations (mediator_id);

DELETE FROM desk_languages WHERE mediator_days <> '';
ALTER TABLE desk_languages DROP COLUMN mediator_days;
