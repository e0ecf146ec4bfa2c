-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne local store, schema 1.
-- Times are INTEGER milliseconds since the Unix epoch, UTC. Ids are UUIDs as text.
-- "revision" is the central database's revision the row was last synced at (NULL: never synced).

CREATE TABLE reporter (
    id TEXT PRIMARY KEY NOT NULL,
    municipality TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    revision INTEGER
);

-- The working copy: synced data with the pending operations of the outbox applied.
CREATE TABLE ticket (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    municipality TEXT NOT NULL,
    reference TEXT NOT NULL UNIQUE,
    provisional INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL,
    reporter_id TEXT REFERENCES reporter(id),
    status TEXT NOT NULL,
    status_class TEXT NOT NULL,
    status_rank INTEGER NOT NULL,
    priority TEXT NOT NULL,
    priority_rank INTEGER NOT NULL,
    service TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    assignee TEXT NOT NULL DEFAULT '',
    due_at INTEGER,
    duplicate_of TEXT,
    forwarded_to TEXT NOT NULL DEFAULT '',
    photo_count INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    acknowledged_at INTEGER,
    resolved_at INTEGER,
    closed_at INTEGER,
    updated_at INTEGER NOT NULL,
    revision INTEGER
);

-- The last synced copy of the tickets that have pending operations (the base they apply on).
CREATE TABLE ticket_synced (
    id TEXT PRIMARY KEY NOT NULL,
    row TEXT NOT NULL,          -- the synced row as JSON
    revision INTEGER
);

CREATE TABLE comment (
    id TEXT PRIMARY KEY NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
    municipality TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'public')),
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    op_id TEXT,
    revision INTEGER
);

CREATE TABLE history (
    id TEXT PRIMARY KEY NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
    municipality TEXT NOT NULL,
    op_id TEXT,
    author TEXT NOT NULL,
    at INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    revision INTEGER
);

CREATE TABLE photo (
    id TEXT PRIMARY KEY NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
    municipality TEXT NOT NULL,
    position INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('demo', 'user')),
    mime TEXT NOT NULL DEFAULT '',
    width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0,
    bytes INTEGER NOT NULL DEFAULT 0,
    data BLOB,
    thumbnail BLOB,
    created_at INTEGER NOT NULL,
    op_id TEXT,
    revision INTEGER
);

CREATE TABLE intervention (
    id TEXT PRIMARY KEY NOT NULL,
    municipality TEXT NOT NULL,
    ticket_id TEXT NOT NULL REFERENCES ticket(id) ON DELETE CASCADE,
    team TEXT NOT NULL,
    scheduled_day TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    result TEXT CHECK (result IS NULL OR result IN ('done', 'not_done', 'impossible')),
    reason TEXT NOT NULL DEFAULT '',
    minutes_spent INTEGER NOT NULL DEFAULT 0,
    materials TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    before_photo TEXT,
    after_photo TEXT,
    acted_at INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    revision INTEGER
);

-- Every local edit, in order, until the central database answers with a receipt.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    op_type TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    municipality TEXT NOT NULL,
    payload TEXT NOT NULL,
    base_revision INTEGER,
    device_time INTEGER NOT NULL,
    author TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'applied', 'conflict', 'rejected')),
    undo_of TEXT,               -- the operation this one undoes
    receipt TEXT
);

CREATE TABLE reference_counter (
    municipality TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (municipality, year)
);

CREATE TABLE saved_filter (
    id TEXT PRIMARY KEY NOT NULL,
    owner TEXT NOT NULL,
    name TEXT NOT NULL,
    filter TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (owner, name)
);

CREATE TABLE setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE INDEX ticket_created ON ticket (created_at);
CREATE INDEX ticket_updated ON ticket (updated_at);
CREATE INDEX ticket_status ON ticket (status, created_at);
CREATE INDEX ticket_class_due ON ticket (status_class, due_at);
CREATE INDEX ticket_category ON ticket (category, created_at);
CREATE INDEX ticket_district ON ticket (district, created_at);
CREATE INDEX ticket_service ON ticket (service, created_at);
CREATE INDEX ticket_team ON ticket (team, created_at);
CREATE INDEX ticket_assignee ON ticket (assignee, status_class, created_at);
CREATE INDEX ticket_priority ON ticket (priority_rank, created_at);
CREATE INDEX ticket_channel ON ticket (channel, created_at);
CREATE INDEX ticket_status_rank ON ticket (status_rank, created_at);
CREATE INDEX ticket_municipality ON ticket (municipality, created_at);
-- Combinations of filters on open tickets, answered from the index alone.
CREATE INDEX ticket_open_filters ON ticket (status_class, category, district, assignee, team, service,
                                            priority_rank, channel, created_at);
CREATE INDEX comment_ticket ON comment (ticket_id, created_at);
CREATE INDEX history_ticket ON history (ticket_id, at);
CREATE INDEX history_op ON history (op_id);
CREATE INDEX photo_ticket ON photo (ticket_id, position);
CREATE INDEX intervention_day ON intervention (team, scheduled_day, position);
CREATE INDEX intervention_ticket ON intervention (ticket_id);
CREATE INDEX outbox_entity ON outbox (entity_id, state);
CREATE INDEX outbox_undo ON outbox (undo_of);

CREATE VIRTUAL TABLE ticket_fts USING fts5 (
    reference, description, address,
    content = 'ticket', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER ticket_fts_insert AFTER INSERT ON ticket BEGIN
    INSERT INTO ticket_fts (rowid, reference, description, address)
    VALUES (new.seq, new.reference, new.description, new.address);
END;

CREATE TRIGGER ticket_fts_delete AFTER DELETE ON ticket BEGIN
    INSERT INTO ticket_fts (ticket_fts, rowid, reference, description, address)
    VALUES ('delete', old.seq, old.reference, old.description, old.address);
END;

CREATE TRIGGER ticket_fts_update AFTER UPDATE OF reference, description, address ON ticket BEGIN
    INSERT INTO ticket_fts (ticket_fts, rowid, reference, description, address)
    VALUES ('delete', old.seq, old.reference, old.description, old.address);
    INSERT INTO ticket_fts (rowid, reference, description, address)
    VALUES (new.seq, new.reference, new.description, new.address);
END;
