-- SPDX-License-Identifier: GPL-3.0-or-later
-- Lanterne local store, schema 5: field teams' interventions.
-- A stop's planned time ('HH:MM', Europe/Paris, or NULL: any time of the day).
ALTER TABLE intervention ADD COLUMN planned_time TEXT CHECK (planned_time IS NULL OR planned_time GLOB '[0-2][0-9]:[0-5][0-9]');
-- The "after" photo of an intervention (not one of the ticket's 4 photos): the picture is kept
-- here when taken on this workstation; one from the central database comes without its bytes,
-- fetched when first shown.
CREATE TABLE intervention_photo (
    id TEXT PRIMARY KEY NOT NULL,
    intervention_id TEXT NOT NULL REFERENCES intervention(id) ON DELETE CASCADE,
    municipality TEXT NOT NULL,
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
CREATE INDEX intervention_photo_intervention ON intervention_photo (intervention_id);
