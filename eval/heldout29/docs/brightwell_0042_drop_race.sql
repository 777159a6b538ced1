-- Migration 0042 - Brightwell Footfall 6.0
-- Race estimation is withdrawn from all Brightwell products as of 6.0.
-- The attribute model no longer produces it, and existing values are deleted,
-- not archived. Customers were notified on 2026-02-01 (notice BW-2026-03).

BEGIN;

DROP VIEW IF EXISTS v_daily_race_mix;

ALTER TABLE visit_faces DROP COLUMN IF EXISTS race;
ALTER TABLE visit_faces DROP COLUMN IF EXISTS race_score;

DELETE FROM attribute_catalog WHERE attr_key IN ('race', 'race_score');

INSERT INTO schema_history (version, description, applied_at)
VALUES ('0042', 'drop race attribute (feature withdrawn)', now());

COMMIT;
