-- Northmarch Electoral Commission - results warehouse
CREATE TABLE party (
    party_id     SERIAL PRIMARY KEY,
    short_name   VARCHAR(12) NOT NULL UNIQUE,
    full_name    TEXT NOT NULL,
    ideology     TEXT          -- as self-described in the party register
);

CREATE TABLE constituency_result (
    election_id      INT      NOT NULL,
    constituency_id  INT      NOT NULL,
    party_id         INT      NOT NULL REFERENCES party(party_id),
    votes            INT      NOT NULL CHECK (votes >= 0),
    vote_share       NUMERIC(5,2),
    elected          BOOLEAN  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (election_id, constituency_id, party_id)
);

INSERT INTO party (short_name, full_name, ideology) VALUES
  ('LAB', 'Northmarch Labour Party', 'social democratic'),
  ('CON', 'Conservative Union', 'conservative'),
  ('GRN', 'Green Alliance', 'green'),
  ('LIB', 'Liberal Reform', 'liberal');

CREATE VIEW party_totals AS
SELECT r.election_id, p.short_name, sum(r.votes) AS votes
FROM   constituency_result r JOIN party p USING (party_id)
GROUP  BY r.election_id, p.short_name;
