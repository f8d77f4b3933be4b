package io.swarmsim.engine.net;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTTP/1.1 persistent connections as the model's servers see them: a request that says {@code Connection: keep-alive}. */
public final class KeepAlive {
    public static final String HEADER = "Connection: keep-alive";

    private KeepAlive() {
    }

    /** Whether the request's head asks to keep the connection open. */
    public static boolean requested(byte[] request) {
        String head = new String(request, StandardCharsets.ISO_8859_1);
        int end = head.indexOf("\r\n\r\n");
        return (end < 0 ? head : head.substring(0, end)).toLowerCase(Locale.ROOT).contains("\r\nconnection: keep-alive");
    }
}
