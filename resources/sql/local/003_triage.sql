-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne local store, schema 3: routing, forwarding, paused deadlines and notifications.

-- The routing rule that sent the ticket where it is ('' : the category's service and team;
-- 'manual': an agent assigned it by hand).
ALTER TABLE ticket ADD COLUMN routing_rule TEXT NOT NULL DEFAULT '';
-- A forwarded ticket: sent to the authority, acknowledged by it, or sent back ('' : never forwarded).
ALTER TABLE ticket ADD COLUMN forward_state TEXT NOT NULL DEFAULT ''
    CHECK (forward_state IN ('', 'sent', 'acknowledged', 'returned'));
-- The deadline's clock stops while the ticket waits on the reporter or a third party: since when,
-- and the working minutes of the pauses already over (due_at includes them).
ALTER TABLE ticket ADD COLUMN paused_at INTEGER;
ALTER TABLE ticket ADD COLUMN paused_minutes INTEGER NOT NULL DEFAULT 0;

CREATE INDEX ticket_duplicate_of ON ticket (duplicate_of) WHERE duplicate_of IS NOT NULL;
-- The kanban: a status's recently resolved tickets; the open tickets of a team, a service or a
-- district (without them a filter on the board reads every ticket of five years of that team).
CREATE INDEX ticket_status_resolved ON ticket (status, resolved_at);
CREATE INDEX ticket_team_open ON ticket (team, status_class, due_at);
CREATE INDEX ticket_service_open ON ticket (service, status_class, due_at);
CREATE INDEX ticket_district_open ON ticket (district, status_class, due_at);

-- Messages to reporters, queued for sending (e-mail is sent by the central side later). The
-- recipient is the reporter of ticket_id: a duplicate's reporter is told about the original
-- through a notification on the duplicate.
CREATE TABLE notification (
    id TEXT PRIMARY KEY NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
    municipality TEXT NOT NULL,
    event TEXT NOT NULL CHECK (event IN ('reply', 'acknowledgement', 'forwarded', 'duplicate', 'resolved')),
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed')),
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    op_id TEXT,
    revision INTEGER
);
CREATE INDEX notification_ticket ON notification (ticket_id, created_at);
CREATE INDEX notification_queue ON notification (state, created_at);
CREATE INDEX notification_op ON notification (op_id);
