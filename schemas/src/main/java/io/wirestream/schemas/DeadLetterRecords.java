package io.wirestream.schemas;

import io.wirestream.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds the {@link DeadLetter} for a record a stage rejected: the stage, the error, where the record came
 * from and its original bytes. One builder for every service, so a letter reads the same whoever wrote it: the
 * message is cut to {@link #MAX_MESSAGE_CHARS}, and an original key or value too large to send is left out
 * with a note saying so (its topic, partition and offset still find it).
 */
public final class DeadLetterRecords {

    /** Error messages may quote input (Avro's do); a dead letter must stay far below the record size limit. */
    public static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetterRecords() {
    }

    /**
     * Where a rejected record came from. Offline input has no topic position: partition and offset -1.
     *
     * @param recordId the article id when the stage knows it; null to take the key when it is readable text
     */
    public record Source(String topic, int partition, long offset, byte[] key, byte[] value, String recordId) {
    }

    /**
     * @param maxOriginalBytes an original key, or key plus value, above this is left out of the letter (a letter
     *                         over the producer's request size could never be sent)
     */
    public static DeadLetter of(String stage, Throwable error, Source source, int maxOriginalBytes, Instant failedAt) {
        String message = abbreviate(error.getMessage() == null ? error.toString() : error.getMessage());
        byte[] key = source.key();
        byte[] value = source.value();
        ByteBuffer originalKey = null;
        ByteBuffer originalValue = null;
        if (key != null && key.length > maxOriginalBytes) {
            message += " [original key of " + key.length + " bytes omitted: larger than " + maxOriginalBytes + " bytes]";
        } else if (key != null) {
            originalKey = ByteBuffer.wrap(key);
        }
        int keptKeyBytes = originalKey == null ? 0 : key.length;
        if (value != null && value.length + keptKeyBytes > maxOriginalBytes) {
            message += " [original value of " + value.length + " bytes omitted: larger than " + maxOriginalBytes
                    + " bytes]";
        } else if (value != null) {
            originalValue = ByteBuffer.wrap(value);
        }
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(message)
                .setRecordId(source.recordId() != null ? source.recordId() : readableKey(key))
                .setSourceTopic(source.topic())
                .setSourcePartition(source.partition())
                .setSourceOffset(source.offset())
                .setOriginalKey(originalKey)
                .setOriginalValue(originalValue)
                .setFailedAt(failedAt)
                .build();
    }

    private static String abbreviate(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + "... [" + message.length() + " characters]";
    }

    /** The key as text when it is well-formed UTF-8 of a sane length (article ids are), else null. */
    private static String readableKey(byte[] key) {
        if (key == null || key.length > 1024) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(key)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
