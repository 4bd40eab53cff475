-- Where a desk sends a request on (a service of the catalogue, optionally at a named desk),
-- and how a closed request ended. Both are shown to the person in their language.
ALTER TABLE dossiers ADD COLUMN referred_service TEXT;
ALTER TABLE dossiers ADD COLUMN referred_desk BIGINT REFERENCES desks (id);
ALTER TABLE dossiers ADD COLUMN outcome TEXT
    CHECK (outcome IN ('granted', 'not-eligible', 'no-longer-needed', 'not-reached'));
