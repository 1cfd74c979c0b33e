-- A copy's own text (its clean body, from the duplicate notice), so a story can set it beside its original's.
-- Null for redeliveries (the same article again) and for notices written before enrich sent the text.
ALTER TABLE duplicate_links ADD COLUMN clean_body TEXT;
