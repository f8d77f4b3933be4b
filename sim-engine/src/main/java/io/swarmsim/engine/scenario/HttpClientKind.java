package io.swarmsim.engine.scenario;

import java.util.Locale;

/** Which HTTP client an image ships. */
public enum HttpClientKind {
    CURL, BUSYBOX, JAVA;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
