package io.wirestream.config;

import java.util.List;

/**
 * The documentation of a list of fields, generated from the fields themselves: a Markdown table (key, type,
 * default, environment variable, meaning) for docs/configuration.md, which each module's test keeps in sync.
 */
public final class FieldTable {

    private FieldTable() {
    }

    /** The Markdown table of {@code fields}. */
    public static String markdown(List<Field<?>> fields) {
        StringBuilder table = new StringBuilder("| key | type | default | meaning |\n|---|---|---|---|\n");
        for (Field<?> field : fields) {
            Object value = field.defaultValue();
            String shown = value == null || String.valueOf(value).isEmpty() ? "(none)" : "`" + value + "`";
            String former = field.deprecatedNames().isEmpty() ? ""
                    : " (formerly `" + String.join("`, `", field.deprecatedNames()) + "`, still read with a warning)";
            table.append("| `").append(field.name()).append("` | ").append(field.type()).append(" | ")
                    .append(shown.replace("|", "\\|")).append(" | ")
                    .append(field.doc().replace("|", "\\|")).append(former).append(" |\n");
        }
        return table.toString();
    }

    /**
     * {@code document} with the part between {@code <!-- fields:NAME -->} and {@code <!-- /fields:NAME -->} replaced
     * by {@code table}; the markers must be there.
     */
    public static String replaceSection(String document, String name, String table) {
        String open = "<!-- fields:" + name + " -->\n";
        String close = "<!-- /fields:" + name + " -->";
        int start = document.indexOf(open);
        int end = document.indexOf(close);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("no section " + open.strip() + " ... " + close + " in the document");
        }
        return document.substring(0, start + open.length()) + table + document.substring(end);
    }
}
