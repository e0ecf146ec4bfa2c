-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne local store, schema 4: the supervisors' figures.
-- The figures of a period read the tickets created in it and those resolved in it. These two
-- indexes hold every column the figures read (times, the filters' columns, the position), so a
-- period is one range of each index, without reading the table's rows.
DROP INDEX ticket_created;
CREATE INDEX ticket_created ON ticket (created_at, resolved_at, acknowledged_at, due_at, municipality, category,
    channel, district, service, team, forwarded_to, duplicate_of, latitude, longitude);
CREATE INDEX ticket_resolved ON ticket (resolved_at, created_at, acknowledged_at, due_at, municipality, category,
    channel, district, service, team);
-- The load of the teams now: the open tickets alone, with what the figures read.
CREATE INDEX ticket_open_load ON ticket (team, due_at, paused_at, municipality, service, category, district,
    channel) WHERE status_class = 'open';
