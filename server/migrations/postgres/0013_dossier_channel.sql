-- How a request reached the desk (the person online, or recorded for them by an operator on
-- the phone or at the counter, or with a mediator), and the account that recorded it.
ALTER TABLE dossiers ADD COLUMN channel TEXT NOT NULL DEFAULT 'online'
    CHECK (channel IN ('online', 'phone', 'counter', 'mediator'));
ALTER TABLE dossiers ADD COLUMN recorded_by BIGINT REFERENCES staff (id);
