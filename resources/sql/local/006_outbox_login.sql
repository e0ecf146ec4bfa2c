-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne local store, schema 6: whose edit an operation is, for the central database.
-- A store synced with a central database acts as that login (setting central_login); each
-- operation keeps the login the store acted as when it was made (NULL: made in local-only mode,
-- before any sync). A store pointed at another login never sends the previous login's edits
-- under the new one: they wait in the outbox (shown in Conflits) until that login syncs again,
-- or until someone discards them.
ALTER TABLE outbox ADD COLUMN login TEXT;
UPDATE outbox SET login = (SELECT value FROM setting WHERE key = 'central_login' AND value <> '');
CREATE TRIGGER outbox_login AFTER INSERT ON outbox WHEN new.login IS NULL BEGIN
    UPDATE outbox SET login = (SELECT value FROM setting WHERE key = 'central_login' AND value <> '')
     WHERE seq = new.seq;
END;
