-- migrations/0042_eeo_self_identification.sql  (peoplebase HRIS)
-- Voluntary EEO-1 self-identification. Employees fill this in themselves in the
-- onboarding portal; every answer may be "declined". Nothing here is derived.

CREATE TYPE eeo_race_ethnicity AS ENUM (
    'hispanic_or_latino',
    'white',
    'black_or_african_american',
    'native_hawaiian_or_pacific_islander',
    'asian',
    'american_indian_or_alaska_native',
    'two_or_more_races',
    'declined'
);

CREATE TABLE eeo_self_identification (
    employee_id      uuid PRIMARY KEY REFERENCES employee(id) ON DELETE CASCADE,
    race_ethnicity   eeo_race_ethnicity NOT NULL DEFAULT 'declined',
    gender           text CHECK (gender IN ('female', 'male', 'nonbinary', 'declined')),
    veteran_status   text CHECK (veteran_status IN ('protected', 'not_protected', 'declined')),
    disability       text CHECK (disability IN ('yes', 'no', 'declined')),
    submitted_at     timestamptz NOT NULL DEFAULT now(),
    form_version     text NOT NULL DEFAULT 'CC-305-2023'
);

-- Only the compliance role can read individual rows; everyone else sees the aggregate view.
REVOKE ALL ON eeo_self_identification FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON eeo_self_identification TO hris_compliance;

CREATE VIEW eeo1_component1 AS
SELECT e.job_category, s.race_ethnicity, s.gender, count(*) AS headcount
FROM employee e JOIN eeo_self_identification s ON s.employee_id = e.id
WHERE e.active
GROUP BY 1, 2, 3
HAVING count(*) >= 5;
