-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne local store, schema 2: what the agent decided about a refused operation.
-- An operation the central database answered "conflict" or "rejected" stays in the outbox with
-- its receipt; the Conflicts view lists it until the agent chooses (keep the server's value, send
-- theirs again as a new operation, or acknowledge a refusal).

ALTER TABLE outbox ADD COLUMN resolution TEXT
    CHECK (resolution IS NULL OR resolution IN ('kept_server', 'resent', 'acknowledged'));
ALTER TABLE outbox ADD COLUMN resolved_at INTEGER;
ALTER TABLE outbox ADD COLUMN resolved_by TEXT;
ALTER TABLE outbox ADD COLUMN resent_as TEXT;  -- the operation that sent the agent's value again

CREATE INDEX outbox_refused ON outbox (state, resolution) WHERE state IN ('conflict', 'rejected');
