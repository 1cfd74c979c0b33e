-- mentions are read only by article (the primary key's first column: an article's page, the rewrite of a new
-- version), never by entity, and entities are never deleted (no foreign-key check needs it): every mention
-- written paid for an index nothing read. Entity pages and co-occurrence go through article_entities, whose
-- entity index stays.
DROP INDEX mentions_entity;
