-- How the person agreed to share their request, when a staff member recorded it for them (an
-- assisted journey, a call, the counter): 'in-person' or 'phone'; NULL when the person ticked
-- the box themselves online. `consent_at` is then the time the helper recorded it.
ALTER TABLE dossiers ADD COLUMN consent_how TEXT CHECK (consent_how IN ('in-person', 'phone'));
