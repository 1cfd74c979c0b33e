-- PostgreSQL only (H2 searches with LIKE): a full-text vector of each article, title weighted above body,
-- kept by the database itself (a generated column: no writer has to remember it), and a GIN index over it.
-- The 'simple' configuration lower-cases and splits words without stemming or stop words: the articles come
-- in many languages, and one language's stemmer would mangle the others' words.
ALTER TABLE articles ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple'::regconfig, COALESCE(clean_title, title, '')), 'A')
    || setweight(to_tsvector('simple'::regconfig, clean_body), 'B')
) STORED;

CREATE INDEX articles_search_vector ON articles USING GIN (search_vector);
