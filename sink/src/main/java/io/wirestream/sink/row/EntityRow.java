package io.wirestream.sink.row;

/**
 * An entity as one article mentions it: the shared identity (id, name, type) plus what the tagger said in
 * this article (method, confidence, DATE value) and how many mentions it has there.
 */
public record EntityRow(String id, String name, String type, String method, double confidence, String dateValue,
                        int mentionCount) {
}
