-- Versions of an article (a corrected feed item keeps its link, so its id): the row holds the newest version,
-- ordered by (ingested_at, ingest_sequence); an older version read later (a replay) is not written. version
-- counts the contents this sink has stored for the id: 1, then one more for each later version with other
-- content. ingest_sequence is null where the producer set none, and for rows written before this migration.
ALTER TABLE articles ADD COLUMN ingest_sequence BIGINT;
ALTER TABLE articles ADD COLUMN version INTEGER DEFAULT 1 NOT NULL;
