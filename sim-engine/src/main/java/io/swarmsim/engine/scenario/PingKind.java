package io.swarmsim.engine.scenario;

import java.util.Locale;

/** Which ping an image ships. */
public enum PingKind {
    LEGACY, MODERN, BUSYBOX;

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
