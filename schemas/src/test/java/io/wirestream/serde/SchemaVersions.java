package io.wirestream.serde;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * Later versions of the topic contract's schemas, for evolution tests here and in {@code local} (this module's
 * test-jar): the schema plus one field, and today's record rewritten in it.
 */
public final class SchemaVersions {

    private SchemaVersions() {
    }

    /** The schema as a later release would write it: one more optional string field, defaulted to null. */
    public static Schema withOptionalField(Schema v1, String name) {
        return plus(v1, new Schema.Field(name, Schema.createUnion(Schema.create(Schema.Type.NULL),
                Schema.create(Schema.Type.STRING)), "added in v2", Schema.Field.NULL_DEFAULT_VALUE));
    }

    /** A breaking v2: one more required string field (no default), which BACKWARD compatibility refuses. */
    public static Schema withRequiredField(Schema v1, String name) {
        return plus(v1, new Schema.Field(name, Schema.create(Schema.Type.STRING), "required in v2"));
    }

    private static Schema plus(Schema v1, Schema.Field added) {
        List<Schema.Field> fields = new ArrayList<>();
        v1.getFields().forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        fields.add(added);
        return Schema.createRecord(v1.getName(), v1.getDoc(), v1.getNamespace(), false, fields);
    }

    /** A generated record's fields copied into a generic record of {@code v2}, with {@code added} set to value. */
    public static GenericRecord asV2(SpecificRecord v1, Schema v2, String added, Object value) {
        GenericRecord record = new GenericData.Record(v2);
        for (Schema.Field f : v1.getSchema().getFields()) {
            Object field = v1.get(f.pos());
            // generated classes hold timestamps as Instant; a generic record holds the logical type's long
            record.put(f.name(), GenericData.get().deepCopy(f.schema(), field instanceof Instant t ? t.toEpochMilli() : field));
        }
        record.put(added, value);
        return record;
    }
}
