package io.wirestream.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate generated classes from packages it does not trust. Our generated classes
 * live in {@code io.wirestream.schemas.avro}: add that package to whatever the JVM already trusts (its
 * defaults and the {@code org.apache.avro.SERIALIZABLE_*} properties), once.
 */
final class TrustedPackages {

    static final String OUR_PACKAGE = "io.wirestream.schemas.avro";

    private static boolean installed;

    private TrustedPackages() {
    }

    static synchronized void allowOurGeneratedClasses() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate ours = type -> OUR_PACKAGE.equals(type.getPackageName());
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), ours));
        installed = true;
    }
}
