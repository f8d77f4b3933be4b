package io.swarmsim.engine.apps;

import java.nio.charset.StandardCharsets;

/**
 * The instavote/vote web app's page (served by gunicorn on port 80, see {@link ServerCatalogue}),
 * which names the container that processed the request; and how a client reads a response's body.
 */
public final class VoteServer {
    private VoteServer() {
    }

    /** The page, naming {@code containerId} (or a template placeholder for it). */
    static String page(String containerId) {
        return "<!DOCTYPE html>\n"
                + "<html>\n"
                + "  <head>\n"
                + "    <meta charset=\"utf-8\">\n"
                + "    <title>Cats vs Dogs!</title>\n"
                + "  </head>\n"
                + "  <body>\n"
                + "    <div id=\"content-container\">\n"
                + "      <div id=\"content-container-center\">\n"
                + "        <h3>Cats vs Dogs!</h3>\n"
                + "        <form id=\"choice\" name='form' method=\"POST\" action=\"/\">\n"
                + "          <button id=\"a\" type=\"submit\" name=\"vote\" class=\"a\" value=\"a\">Cats</button>\n"
                + "          <button id=\"b\" type=\"submit\" name=\"vote\" class=\"b\" value=\"b\">Dogs</button>\n"
                + "        </form>\n"
                + "        <div id=\"tip\">\n"
                + "          (Tip: you can change your vote)\n"
                + "        </div>\n"
                + "        <div id=\"hostname\">\n"
                + "          Processed by container ID " + containerId + "\n"
                + "        </div>\n"
                + "      </div>\n"
                + "    </div>\n"
                + "  </body>\n"
                + "</html>\n";
    }

    /** The body of an HTTP response (after the blank line). */
    public static String body(byte[] response) {
        String s = new String(response, StandardCharsets.UTF_8);
        int i = s.indexOf("\r\n\r\n");
        return i < 0 ? s : s.substring(i + 4);
    }
}
