package io.swarmsim.live.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.apps.TaskServers;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.ServerSpec.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A real server socket answers with the model's bytes for the same task, peer and request (HTTP and plain TCP). */
class AppServerSocketTest {
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static DesiredState.AppServer app(Protocol protocol, int port, String response) {
        return new DesiredState.AppServer(new io.swarmsim.engine.scenario.ServerSpec(protocol, port, response, "whoami", "x-sim.services.web.serves[0]"),
                "0123456789ab", "web.2", "web", "node1", List.of("10.0.0.7", "10.255.0.9"));
    }

    private static byte[] exchange(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            byte[] got = s.getInputStream().readAllBytes();
            String peer = "127.0.0.1:" + s.getLocalPort();
            return concat(got, peer.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        out[a.length] = '|';
        System.arraycopy(b, 0, out, a.length + 1, b.length);
        return out;
    }

    @Test
    void anHttpServerAnswersAsTheModelsServerForThisPeerAndRequest() throws IOException {
        DesiredState.AppServer app = app(Protocol.HTTP, freePort(), "Hostname: {{.Hostname}}\n{{.IPLines}}RemoteAddr: {{.RemoteAddr}}\n{{.Request}}");
        new AppServerSocket(app).start();
        String request = "GET / HTTP/1.1\r\nHost: web\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n";
        byte[] got = exchange(app.spec().port(), request);
        String text = new String(got, StandardCharsets.ISO_8859_1);
        String peer = text.substring(text.lastIndexOf('|') + 1);
        byte[] want = concat(TaskServers.answer(app, peer, request), peer.getBytes(StandardCharsets.ISO_8859_1));
        assertArrayEquals(want, got, text);
        assertTrue(text.startsWith("HTTP/1.1 200 OK\r\nServer: whoami\r\n") && text.contains("IP: 10.255.0.9\nRemoteAddr: " + peer), text);
    }

    @Test
    void aTcpServerAnswersTheFirstSegmentWithItsTemplate() throws IOException {
        DesiredState.AppServer app = app(Protocol.TCP, freePort(), "{{.TaskName}} on {{.NodeName}} got {{.Request}}");
        new AppServerSocket(app).start();
        byte[] got = exchange(app.spec().port(), "ping\n");
        String text = new String(got, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("web.2 on node1 got ping\n|127.0.0.1:"), text);
    }
}
