package io.wirestream.serde;

/** The TopicNameStrategy: a topic's value schema lives under {@code <topic>-value}, its key under {@code <topic>-key}. */
public final class Subjects {

    private Subjects() {
    }

    public static String forTopic(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
