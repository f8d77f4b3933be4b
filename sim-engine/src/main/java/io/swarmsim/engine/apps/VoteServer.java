package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.TcpServer;
import io.swarmsim.kernel.netns.NetNamespace;
import java.nio.charset.StandardCharsets;

/**
 * The instavote/vote web app (gunicorn on port 80): answers every request with its page, which
 * names the container that processed it. (Who asked is in the trace: the source address of the
 * connection's first SYN as it reached the server's socket.)
 */
public final class VoteServer {
    public VoteServer(Fabric fabric, NetNamespace ns, int port, String shortContainerId) {
        byte[] page = response(shortContainerId);
        new TcpServer(fabric, ns, port, (from, request) -> page);
    }

    /**
     * The HTTP response of the task with container {@code shortContainerId}: headers as gunicorn
     * sends them and the page's lines around the container ID (the live bridge's real server sends
     * these very bytes).
     */
    public static byte[] response(String shortContainerId) {
        String body = page(shortContainerId);
        String head = "HTTP/1.1 200 OK\r\n"
                + "Server: gunicorn/19.6.0\r\n"
                + "Connection: close\r\n"
                + "Content-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }

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
