-- Quillmark Retail Vision 3.2 - analytics schema
-- Applied by qm-migrate on first boot of the store appliance.

CREATE TYPE gender_class AS ENUM ('female', 'male', 'unknown');
CREATE TYPE race_class AS ENUM ('east_asian', 'south_asian', 'black', 'white', 'latino', 'middle_eastern', 'unknown');

CREATE TABLE face_events (
    event_id       BIGSERIAL PRIMARY KEY,
    camera_id      TEXT        NOT NULL REFERENCES cameras(camera_id),
    captured_at    TIMESTAMPTZ NOT NULL,
    track_id       UUID        NOT NULL,
    bbox           INT4[4]     NOT NULL,
    age            SMALLINT,
    gender         gender_class,
    race           race_class,
    race_score     REAL CHECK (race_score BETWEEN 0 AND 1),
    dwell_ms       INTEGER
);

COMMENT ON COLUMN face_events.race IS 'Race estimated by the on-device attribute model from the face crop';
COMMENT ON COLUMN face_events.race_score IS 'Confidence of the race estimate';

CREATE INDEX face_events_cam_time ON face_events (camera_id, captured_at);

CREATE VIEW hourly_demographics AS
SELECT camera_id,
       date_trunc('hour', captured_at) AS hour,
       race,
       gender,
       count(*)                 AS visitors,
       avg(age)::numeric(4,1)   AS mean_age
FROM   face_events
WHERE  race_score >= 0.6
GROUP  BY 1, 2, 3, 4;
