-- One schema for PostgreSQL (production) and H2 in PostgreSQL mode (embedded default): only types and
-- statements both understand. Text that can be long (bodies, titles, mention text) is TEXT; anything that
-- is a key, grouped or sorted is VARCHAR with a bound the sink checks before writing, so a too-long value is
-- dead-lettered with a reason instead of failing inside the database.

CREATE TABLE articles (
    id                  VARCHAR(512)             NOT NULL PRIMARY KEY,
    source              VARCHAR(1000),
    url                 TEXT,
    title               TEXT,
    clean_title         TEXT,
    body                TEXT                     NOT NULL,
    clean_body          TEXT                     NOT NULL,
    language            VARCHAR(35)              NOT NULL,
    published_at        TIMESTAMP WITH TIME ZONE,
    ingested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- published_at when known, else ingested_at (the record timestamp of the topics); event_day is its UTC
    -- date, stored so per-day queries need no vendor-specific date functions
    event_time          TIMESTAMP WITH TIME ZONE NOT NULL,
    event_day           DATE                     NOT NULL,
    processed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    content_fingerprint VARCHAR(200),
    pipeline_version    VARCHAR(200)             NOT NULL,
    -- the cleanup audit, as JSON arrays: [{rule,start,end,before,after}] and [{rule,start,end,text}]
    edits               TEXT                     NOT NULL,
    flags               TEXT                     NOT NULL,
    written_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX articles_event_time ON articles (event_time);
CREATE INDEX articles_event_day ON articles (event_day);

CREATE TABLE entities (
    id         VARCHAR(512)             NOT NULL PRIMARY KEY,
    name       VARCHAR(2000)            NOT NULL,
    type       VARCHAR(32)              NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- which entities an article mentions, with what the tagger said about them in that article
CREATE TABLE article_entities (
    article_id    VARCHAR(512)     NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id     VARCHAR(512)     NOT NULL REFERENCES entities (id),
    method        VARCHAR(32)      NOT NULL,
    confidence    DOUBLE PRECISION NOT NULL,
    date_value    VARCHAR(100),
    mention_count INTEGER          NOT NULL,
    PRIMARY KEY (article_id, entity_id)
);

CREATE INDEX article_entities_entity ON article_entities (entity_id);

-- offsets are into the article's clean body; "start"/"end" are reserved words, hence the suffix
CREATE TABLE mentions (
    article_id   VARCHAR(512) NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id    VARCHAR(512) NOT NULL REFERENCES entities (id),
    start_offset INTEGER      NOT NULL,
    end_offset   INTEGER      NOT NULL,
    text         TEXT         NOT NULL,
    PRIMARY KEY (article_id, entity_id, start_offset)
);

CREATE INDEX mentions_entity ON mentions (entity_id);

-- one row per dropped duplicate; no foreign key: the duplicate itself never reaches articles, and its
-- original may arrive later than the notice
CREATE TABLE duplicate_links (
    duplicate_id    VARCHAR(512)             NOT NULL PRIMARY KEY,
    original_id     VARCHAR(512)             NOT NULL,
    kind            VARCHAR(16)              NOT NULL,
    similarity      DOUBLE PRECISION         NOT NULL,
    detected_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(1000),
    original_source VARCHAR(1000),
    title           TEXT,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX duplicate_links_original ON duplicate_links (original_id);
