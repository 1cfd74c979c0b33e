package io.wirestream.local.process;

import java.util.regex.Pattern;

/** A maximum heap size in the JVM's own notation ({@code 512m}, {@code 1g}), validated before use. */
public record Heap(String value) {

    private static final Pattern SIZE = Pattern.compile("[1-9][0-9]{0,6}[kKmMgG]");

    public Heap {
        if (value == null || !SIZE.matcher(value).matches()) {
            throw new IllegalArgumentException("heap size must look like 384m or 1g, was '" + value + "'");
        }
    }

    public static Heap of(String value) {
        return new Heap(value);
    }

    public String maxHeapOption() {
        return "-Xmx" + value;
    }
}
