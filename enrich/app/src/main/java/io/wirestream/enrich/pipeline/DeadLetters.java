package io.wirestream.enrich.pipeline;

import io.wirestream.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;

/** Builds the {@link DeadLetter} for a record that failed at a stage: the stage, the error, where it came from, its bytes. */
public final class DeadLetters {

    /** Longer messages are cut: a dead letter must stay well under the broker's record size limit. */
    static final int MAX_MESSAGE_CHARS = 2_000;
    /** Original values above this are left out of the dead letter (it would not fit); the offset still finds them. */
    public static final int MAX_ORIGINAL_BYTES = 900_000;

    private DeadLetters() {
    }

    public static DeadLetter of(Stage stage, Throwable error, Origin origin, String recordId, Instant failedAt) {
        String message = error.getMessage() == null ? error.toString() : error.getMessage();
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, MAX_MESSAGE_CHARS) + "…";
        }
        byte[] value = origin.valueBytes();
        return DeadLetter.newBuilder()
                .setStage(stage.label())
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(message)
                .setRecordId(recordId)
                .setSourceTopic(origin.topic())
                .setSourcePartition(origin.partition())
                .setSourceOffset(origin.offset())
                .setOriginalKey(origin.keyBytes() == null ? null : ByteBuffer.wrap(origin.keyBytes()))
                .setOriginalValue(value == null || value.length > MAX_ORIGINAL_BYTES ? null : ByteBuffer.wrap(value))
                .setFailedAt(failedAt)
                .build();
    }
}
