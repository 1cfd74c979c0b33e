package io.wirestream.sink.row;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wirestream.schemas.avro.Edit;
import io.wirestream.schemas.avro.Flag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cleanup audit (edits and flags) as the JSON text stored in the articles table: the dashboards show it
 * whole and never query inside it, so a JSON column per vendor would buy nothing.
 */
final class AuditJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditJson() {
    }

    static String edits(List<Edit> edits) {
        List<Map<String, Object>> out = new ArrayList<>(edits.size());
        for (Edit edit : edits) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", StorableText.of(edit.getRule()));
            item.put("start", edit.getStart());
            item.put("end", edit.getEnd());
            item.put("before", StorableText.of(edit.getBefore()));
            item.put("after", StorableText.of(edit.getAfter()));
            out.add(item);
        }
        return write(out);
    }

    static String flags(List<Flag> flags) {
        List<Map<String, Object>> out = new ArrayList<>(flags.size());
        for (Flag flag : flags) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("rule", StorableText.of(flag.getRule()));
            item.put("start", flag.getStart());
            item.put("end", flag.getEnd());
            item.put("text", StorableText.of(flag.getText()));
            out.add(item);
        }
        return write(out);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // plain maps of strings and ints always serialise; reaching this is a bug
            throw new IllegalStateException("cannot write audit JSON: " + e.getMessage(), e);
        }
    }
}
