package io.swarmsim.engine.scenario;

import java.util.Locale;

/** The stub resolver built into an image's C library or runtime. */
public enum ResolverKind {
    GLIBC_OLD, GLIBC_CURRENT, MUSL, GO_PURE, JAVA_DEFAULT;

    /** The name used in scenario files, e.g. {@code glibc-old}. */
    public String text() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
