-- Full-text search gets a narrow table of its own: per article only its id, its event time and its search vector.
-- Why (docs/benchmarks.md, "Search over 100,000 articles"): the vector of a 185-word article is ~2.4 KB, so in
-- the wide articles row PostgreSQL kept it out of line (TOAST), and every row a search checked or ranked cost a
-- TOAST fetch. Here the row holds nothing else, toast_tuple_target lets rows up to a page stay in the heap, and
-- STORAGE MAIN keeps the vector uncompressed while it fits: checking a row is one heap tuple, ranking is free
-- of fetches. The vector is the same as V3's generated column: title (weight A) over clean body (weight B),
-- 'simple' configuration (many languages; no stemmer mangles another language's words).
CREATE TABLE article_search (
    id            VARCHAR(512)             NOT NULL PRIMARY KEY,
    event_time    TIMESTAMP WITH TIME ZONE NOT NULL,
    search_vector TSVECTOR                 NOT NULL
) WITH (toast_tuple_target = 8160);

ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE MAIN;

-- Kept by the database, as the generated column was: whatever writes articles (an upsert, a correction, a
-- delete) keeps the search table in step, no writer has to remember it. No foreign key, so the articles table
-- stays free to change its own keys.
CREATE FUNCTION article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
        DELETE FROM article_search WHERE id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    INSERT INTO article_search (id, event_time, search_vector)
    VALUES (NEW.id, NEW.event_time,
            setweight(to_tsvector('simple'::regconfig, COALESCE(NEW.clean_title, NEW.title, '')), 'A')
            || setweight(to_tsvector('simple'::regconfig, NEW.clean_body), 'B'))
    ON CONFLICT (id) DO UPDATE SET event_time = EXCLUDED.event_time, search_vector = EXCLUDED.search_vector;
    RETURN NEW;
END
$$;

CREATE TRIGGER articles_search_sync
    AFTER INSERT OR DELETE OR UPDATE OF id, title, clean_title, clean_body, event_time ON articles
    FOR EACH ROW EXECUTE FUNCTION article_search_sync();

-- the articles stored so far, oldest first (the heap then follows time, as it does when they arrive)
INSERT INTO article_search (id, event_time, search_vector)
SELECT id, event_time, search_vector FROM articles ORDER BY event_time, id;

-- New rows wait in the index's pending list until it is merged (when full, or by autovacuum), and every search
-- reads the whole list: 256 kB instead of the default 4 MB keeps that read short while writes still batch.
CREATE INDEX article_search_vector ON article_search USING GIN (search_vector) WITH (gin_pending_list_limit = 256);
-- newest first for "the newest matches": read backwards
CREATE INDEX article_search_event_time_id ON article_search (event_time, id);

-- the wide table no longer carries a vector (its GIN index goes with it): smaller rows, cheaper writes
ALTER TABLE articles DROP COLUMN search_vector;
