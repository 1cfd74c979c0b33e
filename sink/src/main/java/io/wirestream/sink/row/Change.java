package io.wirestream.sink.row;

/** One change the sink makes to its database, decoded from one Kafka record. */
public sealed interface Change {

    /** The key the change is about: later changes with the same key replace earlier ones. */
    String key();

    /** An article (new or a newer version of one already stored). */
    record UpsertArticle(ArticleRow article) implements Change {
        @Override
        public String key() {
            return "article:" + article.id();
        }
    }

    /** A tombstone on the compacted enriched topic: the article is withdrawn. */
    record DeleteArticle(String articleId) implements Change {
        @Override
        public String key() {
            return "article:" + articleId;
        }
    }

    /** A duplicate notice. */
    record UpsertDuplicateLink(DuplicateLinkRow link) implements Change {
        @Override
        public String key() {
            return "duplicate:" + link.duplicateId();
        }
    }
}
