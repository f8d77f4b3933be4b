package io.swarmsim.live;

import io.swarmsim.live.capture.Captures;
import io.swarmsim.live.serve.ServerSpec;
import io.swarmsim.live.serve.Servers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What one real namespace runs for a live run, in a process of its own, started as
 * {@code ip netns exec NS java -cp ... io.swarmsim.live.NetnsMain} (a JVM cannot enter a network
 * namespace itself): the container's servers ({@link ServerSpec}, its text first, ending with
 * {@code end}), then its capture points ({@code point NAME DEVICE FILE} lines, then {@code end}).
 * It binds the servers' sockets, opens the captures, prints {@code ready}, and runs until its
 * standard input ends: when the live run closes it, or dies however it dies. Then the captures
 * finish their files, it prints {@code done} and exits. Exit 2 for bad input, 1 when a socket
 * cannot be bound or a device cannot be captured.
 */
public final class NetnsMain {
    /** The line printed once every server and capture runs. */
    public static final String READY = "ready";
    public static final String DONE = "done";

    private NetnsMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        ServerSpec spec;
        List<String[]> points = new ArrayList<>();
        try {
            spec = ServerSpec.parse(section(in));
            List<String> pointLines = section(in);
            for (String line : pointLines.subList(0, Math.max(0, pointLines.size() - 1))) {
                String[] w = line.strip().split(" ");
                if (w.length != 4 || !w[0].equals("point")) {
                    throw new IllegalArgumentException("expected 'point NAME DEVICE FILE' or 'end', not: " + line);
                }
                points.add(w);
            }
            if (pointLines.isEmpty() || !pointLines.get(pointLines.size() - 1).strip().equals("end")) {
                throw new IllegalArgumentException("the capture points end without 'end'");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("swarmsim netns: " + e.getMessage());
            System.exit(2);
            return;
        }
        Captures captures = new Captures();
        try {
            Servers.start(spec);
            for (String[] p : points) {
                captures.open(p[2], p[3]);
            }
        } catch (IOException | org.pcap4j.core.PcapNativeException | org.pcap4j.core.NotOpenException e) {
            System.err.println("swarmsim netns: " + e.getMessage());
            System.exit(1);
            return;
        }
        captures.start();
        System.out.println(READY);
        System.out.flush();
        while (in.read() >= 0) {
            // serve and capture until standard input ends
        }
        captures.stop();
        System.out.println(DONE);
        System.out.flush();
        System.exit(0);
    }

    /** The lines up to {@code end}, with the {@code end}; what there is when the input ends before it. */
    private static List<String> section(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            lines.add(line);
            if (line.strip().equals("end")) {
                break;
            }
        }
        return lines;
    }
}
