-- schema.sql  --  crowdlens-backend
-- PostgreSQL 15. Apply with: psql -f schema.sql crowdlens

CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE tenant (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    name         text NOT NULL,
    plan         text NOT NULL DEFAULT 'starter',
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE site (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
    name         text NOT NULL,
    timezone     text NOT NULL DEFAULT 'UTC',
    address      text,
    opened_on    date
);

CREATE TABLE camera (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    site_id      uuid NOT NULL REFERENCES site(id) ON DELETE CASCADE,
    label        text NOT NULL,
    rtsp_url     text,
    firmware     text,
    last_seen_at timestamptz
);

CREATE TABLE app_user (
    id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id    uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
    email        citext UNIQUE NOT NULL,
    role         text NOT NULL CHECK (role IN ('owner', 'analyst', 'viewer')),
    password_hash text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE detection (
    id           bigserial PRIMARY KEY,
    camera_id    uuid NOT NULL REFERENCES camera(id) ON DELETE CASCADE,
    track_id     bigint NOT NULL,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL,
    zone         text,
    dwell_ms     integer GENERATED ALWAYS AS (EXTRACT(EPOCH FROM (last_seen - first_seen)) * 1000) STORED
);
CREATE INDEX detection_camera_time ON detection (camera_id, first_seen);

-- Attribute inference results, one row per detection, filled by the attr-worker from the
-- vision model output (see worker/attr.py). Confidence values are 0..1.
CREATE TABLE face_attributes (
    detection_id bigint PRIMARY KEY REFERENCES detection(id) ON DELETE CASCADE,
    age_low      smallint,
    age_high     smallint,
    gender       text CHECK (gender IN ('female', 'male')),
    gender_conf  real,
    race         text CHECK (race IN ('asian', 'black', 'white', 'hispanic', 'indian', 'other')),
    race_conf    real,
    smile        boolean,
    glasses      boolean,
    mask         boolean,
    model_ver    text NOT NULL
);

CREATE TABLE hourly_rollup (
    site_id      uuid NOT NULL REFERENCES site(id) ON DELETE CASCADE,
    hour         timestamptz NOT NULL,
    visitors     integer NOT NULL DEFAULT 0,
    avg_dwell_ms integer,
    by_gender    jsonb NOT NULL DEFAULT '{}'::jsonb,
    by_age       jsonb NOT NULL DEFAULT '{}'::jsonb,
    by_race      jsonb NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (site_id, hour)
);

CREATE TABLE export_job (
    id           bigserial PRIMARY KEY,
    tenant_id    uuid NOT NULL REFERENCES tenant(id) ON DELETE CASCADE,
    requested_by uuid REFERENCES app_user(id),
    format       text NOT NULL CHECK (format IN ('csv', 'parquet')),
    status       text NOT NULL DEFAULT 'queued',
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

CREATE TABLE audit_log (
    id           bigserial PRIMARY KEY,
    tenant_id    uuid,
    actor        uuid,
    action       text NOT NULL,
    payload      jsonb,
    at           timestamptz NOT NULL DEFAULT now()
);

CREATE VIEW v_site_race_share AS
SELECT h.site_id, date_trunc('day', h.hour) AS day, k AS race, SUM((v)::int) AS faces
FROM hourly_rollup h, LATERAL jsonb_each_text(h.by_race) AS e(k, v)
GROUP BY 1, 2, 3;
