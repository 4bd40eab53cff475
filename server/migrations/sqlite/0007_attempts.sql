-- Attempts counted per key (an address, a booking code, an account, an address at a desk) in
-- a fixed window, in the database so that every instance behind the proxy shares the counts.
-- Only counts and times: a key is an address or a hash of what was tried, never a PIN.
CREATE TABLE attempts (
    attempt_key  TEXT   NOT NULL PRIMARY KEY,
    n            BIGINT NOT NULL,
    window_start BIGINT NOT NULL
);
CREATE INDEX attempts_window_start ON attempts (window_start);
