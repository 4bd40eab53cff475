-- Municipalities of the network (the Ambito): used to find the nearest desk.
CREATE TABLE municipalities (
    id          BIGSERIAL PRIMARY KEY,
    istat_code  TEXT             NOT NULL UNIQUE,
    name        TEXT             NOT NULL,
    province    TEXT             NOT NULL,
    postcode    TEXT             NOT NULL,
    latitude    DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude   DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    is_demo     BOOLEAN          NOT NULL DEFAULT FALSE
);
CREATE INDEX municipalities_postcode ON municipalities (postcode);
