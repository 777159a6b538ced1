-- Republic of Estvara, 2030 Population and Housing Census
-- Person record, as keyed from the household questionnaire (self-reported).

CREATE TABLE census_person (
    household_id   CHAR(12)     NOT NULL,
    person_no      SMALLINT     NOT NULL,
    relationship   SMALLINT     NOT NULL,  -- Q2, relationship to head
    sex            CHAR(1)      NOT NULL,
    age_years      SMALLINT,
    ethnicity      SMALLINT,               -- Q7, "What is your ethnic group?" (code list E1)
    religion       SMALLINT,               -- Q8, optional; 99 = prefer not to say
    mother_tongue  CHAR(3),
    PRIMARY KEY (household_id, person_no)
);

CREATE TABLE code_ethnicity (
    code   SMALLINT PRIMARY KEY,
    label  TEXT NOT NULL
);

INSERT INTO code_ethnicity (code, label) VALUES
    (1, 'Estvaran'),
    (2, 'Korrin'),
    (3, 'Dalesh'),
    (4, 'Other'),
    (99, 'Not stated');
