package io.swarmsim.live.serve;

import io.swarmsim.engine.apps.VoteServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The vote app for real: port {@value #PORT} on every address of the container, each
 * request answered with the model's response bytes ({@link VoteServer#response}) naming this
 * task's container, then the connection closed (gunicorn's {@code Connection: close}).
 */
public final class VoteHttpServer {
    /** The vote app's port (gunicorn's, in the image catalogue). */
    public static final int PORT = 80;

    private final byte[] response;
    private final ServerSocket server = new ServerSocket();

    VoteHttpServer(String shortContainerId) throws IOException {
        this.response = VoteServer.response(shortContainerId);
    }

    void start() throws IOException {
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(PORT));
        EmbeddedDnsResponder.daemon(this::serve, "vote-http").start();
    }

    private void serve() {
        while (true) {
            try {
                Socket s = server.accept();
                EmbeddedDnsResponder.daemon(() -> answer(s), "vote-http-conn").start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket s) {
        try (s) {
            readHead(s.getInputStream());
            OutputStream out = s.getOutputStream();
            out.write(response);
            out.flush();
        } catch (IOException e) {
            // the client went away before the page was sent
        }
    }

    /** Reads the request up to its blank line (requests here have no body). */
    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) >= 0) {
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
        }
    }
}
