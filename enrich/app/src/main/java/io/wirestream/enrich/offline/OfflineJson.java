package io.wirestream.enrich.offline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.Flag;
import io.wirestream.schemas.avro.Mention;
import java.util.List;

/** Writes what the stages added to an article in the offline JSON shapes of DESIGN.md. */
final class OfflineJson {

    private OfflineJson() {
    }

    static void putCleanup(ObjectNode out, ArticleInFlight article) {
        out.put("cleanTitle", article.cleanTitle());
        out.put("cleanBody", article.cleanBody());
        out.put("language", article.language());
        out.set("edits", edits(out, article.edits()));
        out.set("flags", flags(out, article.flags()));
    }

    static ArrayNode edits(ObjectNode factory, List<Edit> edits) {
        ArrayNode array = factory.arrayNode();
        for (Edit edit : edits) {
            array.addObject().put("rule", edit.getRule()).put("start", edit.getStart()).put("end", edit.getEnd())
                    .put("before", edit.getBefore()).put("after", edit.getAfter());
        }
        return array;
    }

    static ArrayNode flags(ObjectNode factory, List<Flag> flags) {
        ArrayNode array = factory.arrayNode();
        for (Flag flag : flags) {
            array.addObject().put("rule", flag.getRule()).put("start", flag.getStart()).put("end", flag.getEnd())
                    .put("text", flag.getText());
        }
        return array;
    }

    static ArrayNode entities(ObjectNode factory, List<Entity> entities) {
        ArrayNode array = factory.arrayNode();
        for (Entity entity : entities) {
            ObjectNode node = array.addObject().put("id", entity.getId()).put("name", entity.getName())
                    .put("type", entity.getType().name());
            ArrayNode mentions = node.putArray("mentions");
            for (Mention mention : entity.getMentions()) {
                mentions.addObject().put("start", mention.getStart()).put("end", mention.getEnd())
                        .put("text", mention.getText());
            }
            if (entity.getValue() != null) {
                node.put("value", entity.getValue());
            }
            node.put("method", entity.getMethod()).put("confidence", entity.getConfidence());
        }
        return array;
    }

    static ObjectNode enriched(EnrichedArticle article) {
        ObjectNode node = JsonLines.JSON.createObjectNode();
        node.put("id", article.getId()).put("source", article.getSource()).put("url", article.getUrl())
                .put("title", article.getTitle()).put("body", article.getBody())
                .put("language", article.getLanguage())
                .put("publishedAt", article.getPublishedAt() == null ? null : article.getPublishedAt().toString())
                .put("cleanTitle", article.getCleanTitle()).put("cleanBody", article.getCleanBody());
        node.set("edits", edits(node, article.getEdits()));
        node.set("flags", flags(node, article.getFlags()));
        node.set("entities", entities(node, article.getEntities()));
        node.put("contentFingerprint", article.getContentFingerprint())
                .put("pipelineVersion", article.getPipelineVersion())
                .put("processedAt", article.getProcessedAt().toString())
                .put("revision", article.getRevision());
        return node;
    }
}
