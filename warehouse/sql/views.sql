-- Analytics views over the loaded tables. Applied on every open (CREATE OR REPLACE).

-- Every entity once: its canonical name, how often and in how many articles it is mentioned,
-- and the spellings it was written with.
CREATE OR REPLACE VIEW entity_index AS
SELECT canonical, kind,
       count(*) AS mentions,
       count(DISTINCT doc_id) AS articles,
       list(DISTINCT text ORDER BY text) AS variants
FROM entities
GROUP BY canonical, kind;

-- How often each person is mentioned by each outlet.
CREATE OR REPLACE VIEW person_mentions_by_outlet AS
SELECT coalesce(a.outlet, '(unknown)') AS outlet, e.canonical AS person,
       count(*) AS mentions, count(DISTINCT e.doc_id) AS articles
FROM entities e JOIN articles a USING (doc_id)
WHERE e.kind = 'PERSON'
GROUP BY ALL;

-- Entities named together in one article (each unordered pair once per article).
CREATE OR REPLACE VIEW entity_pairs AS
WITH per_article AS (SELECT DISTINCT doc_id, kind, canonical FROM entities)
SELECT x.kind AS kind_a, x.canonical AS entity_a, y.kind AS kind_b, y.canonical AS entity_b,
       count(*) AS articles
FROM per_article x JOIN per_article y
  ON x.doc_id = y.doc_id AND (x.kind, x.canonical) < (y.kind, y.canonical)
GROUP BY ALL;

-- Meetings and visits by the guest's country and month.
CREATE OR REPLACE VIEW meetings_by_country_month AS
SELECT coalesce(guest_country, '(unknown)') AS guest_country,
       date_trunc('month', date) AS month,
       kind, count(*) AS meetings, list(DISTINCT guest ORDER BY guest) AS guests
FROM meetings
GROUP BY ALL;
