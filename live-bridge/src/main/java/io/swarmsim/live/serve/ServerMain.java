package io.swarmsim.live.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One container's servers in a process of its own, started by the live run as
 * {@code ip netns exec NS java -cp ... io.swarmsim.live.serve.ServerMain} (a JVM cannot enter a
 * network namespace itself). It reads its {@link ServerSpec} from standard input, binds its sockets,
 * prints {@code ready}, and serves until its standard input ends: when the live run closes it, or
 * dies however it dies, the servers exit with it. Exit 2 for a bad spec, 1 when a socket cannot be bound.
 */
public final class ServerMain {
    /** The line a started server prints once its sockets exist. */
    public static final String READY = "ready";

    private ServerMain() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.strip().equals("end")) {
                break;
            }
        }
        ServerSpec spec;
        try {
            spec = ServerSpec.parse(lines);
        } catch (IllegalArgumentException e) {
            System.err.println("swarmsim servers: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            if (spec.dns().isPresent()) {
                new EmbeddedDnsResponder(spec).start();
            }
            if (spec.httpContainerId().isPresent()) {
                new VoteHttpServer(spec.httpContainerId().get()).start();
            }
        } catch (IOException e) {
            System.err.println("swarmsim servers: cannot bind: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println(READY);
        System.out.flush();
        while (in.read() >= 0) {
            // serve until standard input ends
        }
        System.exit(0);
    }
}
