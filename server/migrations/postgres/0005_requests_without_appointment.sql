-- A request can be sent to a desk without booking a time: its row in `bookings` has no
-- `starts_at` and no `seat` (both or neither). The code, the PIN, the contact and the dossier
-- work as for an appointment. (The unique seat index ignores rows without a start.)
ALTER TABLE bookings ALTER COLUMN starts_at DROP NOT NULL;
ALTER TABLE bookings ALTER COLUMN seat DROP NOT NULL;
ALTER TABLE bookings ADD CONSTRAINT bookings_slot_whole CHECK ((starts_at IS NULL) = (seat IS NULL));
