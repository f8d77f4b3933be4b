package io.swarmsim.engine.apps;

/**
 * How a curl version words a failed connect (lib/connect.c). Up to 7.74 it names the system error after
 * the port ("port 80: Connection refused", curl 7.47 on the seed's Ubuntu 16.04); 7.75 added the time
 * spent ("port 80 after 0 ms: Connection refused", as Ubuntu 22.04's 7.81 prints); from 7.87's connect
 * rewrite the text is curl's own error string ("after 0 ms: Couldn't connect to server", recorded with
 * curl 7.88.1 here; taken to hold for 8.x too). The 7.75 and 7.87 boundaries are the releases between
 * the versions observed, not checked release by release.
 */
final class CurlWording {
    private CurlWording() {
    }

    static String connectFailed(String curlVersion, String host, int port, long elapsedMs, String systemError) {
        String head = "curl: (7) Failed to connect to " + host + " port " + port;
        if (below(curlVersion, 7, 75)) {
            return head + ": " + systemError + "\n";
        }
        String after = head + " after " + elapsedMs + " ms: ";
        return below(curlVersion, 7, 87) ? after + systemError + "\n" : after + "Couldn't connect to server\n";
    }

    /**
     * What curl makes of an answer that is not HTTP (a redis or any plain TCP server's bytes): curl
     * before 7.66 takes it for HTTP/0.9 and prints it; from 7.66 HTTP/0.9 is off by default and the
     * transfer fails (lib/http.c: CURLE_UNSUPPORTED_PROTOCOL), as curl 7.88.1 does here.
     */
    static java.util.Optional<String> notHttp(String curlVersion) {
        return below(curlVersion, 7, 66) ? java.util.Optional.empty()
                : java.util.Optional.of("curl: (1) Received HTTP/0.9 when not allowed\n");
    }

    /**
     * {@code curl -v}'s line before a connect: {@code *   Trying 10.0.0.4...} (7.47, Ubuntu 18.04's
     * 7.58) or with the port, {@code *   Trying 10.0.0.4:80...} (7.68 of Ubuntu 20.04 on; 7.88.1
     * recorded here). The releases between are taken to print the older form.
     */
    static String trying(String curlVersion, String address, int port) {
        return "*   Trying " + address + (below(curlVersion, 7, 68) ? "" : ":" + port) + "...\n";
    }

    /**
     * {@code curl -v}'s lines after a refused connect: the system error, then curl's failure in the
     * version's words ({@link #connectFailed}) as an info line.
     */
    static String verboseRefused(String curlVersion, String host, String address, int port, long elapsedMs, String systemError) {
        String failed = connectFailed(curlVersion, host, port, elapsedMs, systemError).substring("curl: (7) ".length());
        return "* connect to " + address + " port " + port + " failed: " + systemError + "\n* " + failed;
    }

    /** {@code * Rebuilt URL to: vote/}: curl before 7.62 said so when the URL had no path. */
    static boolean rebuildsUrl(String curlVersion) {
        return below(curlVersion, 7, 62);
    }

    /** Whether {@code version} (e.g. "7.47.0") is older than major.minor; an unreadable one counts as new. */
    static boolean below(String version, int major, int minor) {
        String[] p = version.split("\\.");
        try {
            int ma = Integer.parseInt(p[0]);
            int mi = p.length > 1 ? Integer.parseInt(p[1]) : 0;
            return ma < major || ma == major && mi < minor;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
