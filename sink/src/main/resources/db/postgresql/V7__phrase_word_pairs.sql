-- Quoted phrases get an index of their own: every pair of adjacent words of an article ('harbour bridge'),
-- hashed into one of 2^20 buckets, in an int array beside the search vector.
-- Why (docs/benchmarks.md, "Search over 100,000 articles"): the GIN index over words knows which articles hold a
-- word, not where, so "two common words side by side" had to read every article holding both words to check
-- their positions: thousands of rows for a phrase found in a few hundred. With the pairs, the candidates are the
-- articles holding every adjacent pair of the phrase (plus the few that share a bucket by chance, which the
-- position check removes), and the planner may still walk the newest articles instead when a pair is common.
-- The pairs come from the same vector as the words (positions p and p + 1, title then body, as the phrase
-- operator <-> reads them), so "holds every pair" never rejects an article the phrase would match.
-- Buckets rather than the pairs' text: the index stays as small as the word index and cheap to write (the text
-- of every pair doubled the write cost of an article); 2^20 buckets keep chance collisions to ~0.02 % of the
-- articles per pair. hashtext is the hash PostgreSQL's own hash indexes and partitions keep stable across
-- upgrades; the buckets are only ever compared with buckets computed by the same function in the same database.

CREATE FUNCTION word_pair_buckets(pairs TEXT[]) RETURNS INT4[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT COALESCE(array_agg(DISTINCT hashtext(pair) & 1048575), '{}') FROM unnest(pairs) pair
$$;

-- The buckets of a vector's adjacent pairs: its words ordered by position, each with the next one when that one
-- stands at the next position.
CREATE FUNCTION word_pair_buckets(words TSVECTOR) RETURNS INT4[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT word_pair_buckets(COALESCE(array_agg(pair), '{}')) FROM (
        SELECT lexeme || ' ' || lead(lexeme) OVER byPosition AS pair, lead(p) OVER byPosition = p + 1 AS adjacent
        FROM (SELECT w.lexeme, p FROM unnest(words) w, unnest(w.positions) p) positioned
        WINDOW byPosition AS (ORDER BY p)) pairs
    WHERE adjacent
$$;

ALTER TABLE article_search ADD COLUMN pair_buckets INT4[];

-- V5's trigger, now also keeping the pairs
CREATE OR REPLACE FUNCTION article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    words TSVECTOR;
BEGIN
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.id <> NEW.id) THEN
        DELETE FROM article_search WHERE id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    words := setweight(to_tsvector('simple'::regconfig, COALESCE(NEW.clean_title, NEW.title, '')), 'A')
            || setweight(to_tsvector('simple'::regconfig, NEW.clean_body), 'B');
    INSERT INTO article_search (id, event_time, search_vector, pair_buckets)
    VALUES (NEW.id, NEW.event_time, words, word_pair_buckets(words))
    ON CONFLICT (id) DO UPDATE SET event_time = EXCLUDED.event_time, search_vector = EXCLUDED.search_vector,
                                   pair_buckets = EXCLUDED.pair_buckets;
    RETURN NEW;
END
$$;

UPDATE article_search SET pair_buckets = word_pair_buckets(search_vector);
ALTER TABLE article_search ALTER COLUMN pair_buckets SET NOT NULL;

-- At PostgreSQL's default pending list (4 MB), unlike the word index's 256 kB: only phrase searches read this
-- list, and with ~190 pairs per article the smaller list made writing an article 0.4 ms dearer (20,000 articles
-- inserted in psql: 18.2 s at 4 MB, 23.5 s at 256 kB, 10.6 s without this index).
CREATE INDEX article_search_pair_buckets ON article_search USING GIN (pair_buckets);
