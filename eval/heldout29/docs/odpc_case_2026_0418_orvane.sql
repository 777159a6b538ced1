-- Audit working file, Office of the Data Protection Commissioner (case 2026-0418)
-- Source: database dump that Stellan Retail received from its camera vendor,
--         Orvane Systems, loaded read-only into schema orvane_export.
-- Finding 1: the vendor's table fr_visits carries an "ethnic_group" column filled
--            for 94 % of rows; Orvane's appliance assigned it from the shopper's face.
-- Finding 2: Stellan staff were not aware the column existed (interview 12 May).

SELECT count(*)                                          AS rows_total,
       count(ethnic_group)                               AS rows_with_ethnic_group,
       round(100.0 * count(ethnic_group) / count(*), 1)  AS pct
FROM   orvane_export.fr_visits;

SELECT ethnic_group, count(*) AS n
FROM   orvane_export.fr_visits
GROUP  BY ethnic_group
ORDER  BY n DESC;
-- result 2026-05-14: asian 41203 | white 38877 | black 9114 | arab 3560 | NULL 5940

-- Finding 3: the column is written by the vendor's firmware, not by Stellan's CRM:
SELECT DISTINCT writer_component
FROM   orvane_export.column_lineage
WHERE  column_name = 'ethnic_group';
-- result: 'orvane-edge/attr-service 5.2'
