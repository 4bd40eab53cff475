-- A password an administrator set (a new account made on the accounts page, a reset) is
-- replaced by its owner at the next sign-in: until then the account reaches only the
-- change-password page.
ALTER TABLE staff ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
