-- Territorial competence: a municipality's services are delivered by the desk of the
-- municipality where the person lives (or by the Ambito's desk, a Polo, the PUA). A desk lists
-- the municipalities whose residents it serves; a desk with none (a CAF, Caritas, the
-- anti-violence centre) is open to anyone.
CREATE TABLE desk_municipalities (
    desk_id      BIGINT NOT NULL REFERENCES desks (id) ON DELETE CASCADE,
    municipality TEXT   NOT NULL REFERENCES municipalities (istat_code),
    PRIMARY KEY (desk_id, municipality)
);
CREATE INDEX desk_municipalities_municipality ON desk_municipalities (municipality);

-- Networks loaded before: each Sportello Sociale serves the residents of its own municipality.
INSERT INTO desk_municipalities (desk_id, municipality)
    SELECT id, municipality FROM desks WHERE kind = 'sportello-sociale';
