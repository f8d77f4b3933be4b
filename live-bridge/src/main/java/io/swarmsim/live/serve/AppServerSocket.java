package io.swarmsim.live.serve;

import io.swarmsim.engine.apps.TaskServers;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.ServerSpec.Protocol;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One of a task's servers for real: its port on every address of the container, each connection
 * answered with the bytes the model's server sends ({@link TaskServers#answer}: the response
 * template filled with this task's values and the peer's address), then closed (the model's
 * servers, like gunicorn, send {@code Connection: close}). An HTTP server reads the request's head
 * first; a plain TCP server answers what the first read brings (the model's answers the first
 * segment it gets).
 */
final class AppServerSocket {
    private final DesiredState.AppServer app;
    private final ServerSocket server = new ServerSocket();

    AppServerSocket(DesiredState.AppServer app) throws IOException {
        this.app = app;
    }

    void start() throws IOException {
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(app.spec().port()));
        EmbeddedDnsResponder.daemon(this::serve, "server-" + app.spec().port()).start();
    }

    private void serve() {
        while (true) {
            try {
                Socket s = server.accept();
                EmbeddedDnsResponder.daemon(() -> answer(s), "server-conn-" + app.spec().port()).start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s) {
            String request = app.spec().protocol() == Protocol.HTTP ? readHead(s.getInputStream()) : readSome(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write(TaskServers.answer(app, s.getInetAddress().getHostAddress() + ":" + s.getPort(), request));
            out.flush();
        } catch (IOException e) {
            // the client went away before the answer was sent
        }
    }

    /** Reads the request up to its blank line (requests here have no body). */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) >= 0) {
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String readSome(InputStream in) throws IOException {
        byte[] buf = new byte[65536];
        int n = in.read(buf);
        return n <= 0 ? "" : new String(buf, 0, n, StandardCharsets.ISO_8859_1);
    }
}
