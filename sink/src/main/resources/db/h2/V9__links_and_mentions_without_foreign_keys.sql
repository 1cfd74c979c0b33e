-- H2 only (PostgreSQL keeps its foreign keys). H2 checks a foreign key on every inserted row by locking the row it
-- references, and every mention and entity link references its article and a shared entity: those checks were half
-- of the sink's CPU on news text (about 100 mentions and 25 links an article; docs/benchmarks.md). SinkStore is the
-- only writer and keeps the references itself, in one transaction: entities are upserted before the links and
-- mentions that name them and are never deleted, and an article's links and mentions are deleted before the article
-- (SinkStoreContract checks that no link or mention is left without its article or entity). The tables are rebuilt
-- because H2 named the constraints itself.

CREATE TABLE article_entities_v9 (
    article_id    VARCHAR(512)     NOT NULL,
    entity_id     VARCHAR(512)     NOT NULL,
    method        VARCHAR(32)      NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    date_value    VARCHAR(100),
    mention_count INTEGER          NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);
INSERT INTO article_entities_v9 (article_id, entity_id, method, confidence, date_value, mention_count)
    SELECT article_id, entity_id, method, confidence, date_value, mention_count FROM article_entities;
DROP TABLE article_entities;
ALTER TABLE article_entities_v9 RENAME TO article_entities;
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE mentions_v9 (
    article_id   VARCHAR(512) NOT NULL,
    entity_id    VARCHAR(512) NOT NULL,
    start_offset INTEGER      NOT NULL,
    end_offset   INTEGER      NOT NULL,
    text         TEXT         NOT NULL,
    PRIMARY KEY (article_id, entity_id, start_offset)
);
INSERT INTO mentions_v9 (article_id, entity_id, start_offset, end_offset, text)
    SELECT article_id, entity_id, start_offset, end_offset, text FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_v9 RENAME TO mentions;
