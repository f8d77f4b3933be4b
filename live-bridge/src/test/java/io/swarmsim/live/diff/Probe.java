package io.swarmsim.live.diff;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.Protocol;
import io.swarmsim.kernel.packet.TcpFlags;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One packet A's user space sends, and how: an ICMP echo request by {@code ping}, a UDP datagram
 * by {@code nc -u} (netcat-openbsd), a TCP SYN by {@code curl} bound to a chosen source port.
 * Nothing listens anywhere, so the only answers are the kernel's own (echo reply, RST, port
 * unreachable), which come at once: a probe's outcome never depends on timing, as long as the
 * tools' waits (well under TCP's first retransmission after 1 s) are longer than a veth hop.
 *
 * @param index   its place in the batch; the model uses it as the echo identifier
 * @param payload bytes of UDP or ICMP echo payload ({@code ping -s}; curl's SYN has none)
 */
record Probe(int index, Protocol protocol, IpAddress dst, int sport, int dport, int payload) {
    /** How long ping and curl wait for an answer that was dropped. */
    static final String WAIT_SECONDS = "0.25";

    /** The program and arguments that send this probe from A's namespace. */
    List<String> command() {
        return switch (protocol) {
            case ICMP -> List.of("ping", "-n", "-q", "-c", "1", "-s", Integer.toString(payload), "-W", WAIT_SECONDS,
                    dst.toString());
            // -w 0: send what the input holds and exit; -q 0 would wait for ever after a refused send
            case UDP -> List.of("nc", "-u", "-n", "-w", "0", "-p", Integer.toString(sport), dst.toString(),
                    Integer.toString(dport));
            case TCP -> List.of("curl", "-s", "-o", "/dev/null", "--connect-timeout", WAIT_SECONDS, "--local-port",
                    Integer.toString(sport), "http://" + dst + ":" + dport + "/");
        };
    }

    /**
     * What the program reads on its standard input: the datagram's payload for nc, nothing
     * otherwise. nc must read it from a file: with {@code -w 0} it polls its input once without
     * waiting, and a pipe might not be filled yet.
     */
    byte[] stdin() {
        return protocol == Protocol.UDP ? "x".repeat(payload).getBytes(StandardCharsets.US_ASCII) : new byte[0];
    }

    /** The model's identifier for an echo request (the real ping's is its own; conntrack views leave it out). */
    int echoId() {
        return 0x1000 + index;
    }

    /** The local port the model binds for this probe's answers: the echo identifier for ping. */
    int localPort() {
        return protocol == Protocol.ICMP ? echoId() : sport;
    }

    /** The packet the real tool's socket writes, with the source address A's routing picks. */
    Packet packet(IpAddress src) {
        long trace = index + 1;
        return switch (protocol) {
            case ICMP -> Packet.icmpEcho(trace, src, dst, Packet.ICMP_ECHO_REQUEST, echoId(), 1,
                    Payload.ofBytes(new byte[payload]));
            case UDP -> Packet.udp(trace, src, sport, dst, dport, Payload.ofBytes(new byte[payload]));
            case TCP -> Packet.tcp(trace, src, sport, dst, dport, TcpFlags.SYN, Payload.EMPTY).withSequence(1000, 0);
        };
    }

    /**
     * What the tool's exit status says about the answer: ping exits 0 on an echo reply and 1
     * without, curl 7 on a refused connection (the RST) and 28 on a timeout. nc exits 0 whether or
     * not its send was refused (EPERM from a local drop), so a datagram's fate shows only in the
     * counters.
     */
    Outcome outcome(int exit) {
        return switch (protocol) {
            case ICMP -> exit == 0 ? Outcome.ANSWERED : exit == 1 ? Outcome.SILENT : Outcome.TOOL_ERROR;
            case TCP -> exit == 7 ? Outcome.ANSWERED : exit == 28 ? Outcome.SILENT : Outcome.TOOL_ERROR;
            case UDP -> exit == 0 ? Outcome.SENT : Outcome.TOOL_ERROR;
        };
    }

    /** What a probe's sender saw. */
    enum Outcome {
        /** An echo reply (ping) or a RST (curl) came back. */
        ANSWERED,
        /** Nothing came back before the tool gave up. */
        SILENT,
        /** nc sent the datagram, or tried to. */
        SENT,
        /** The tool failed in a way the test does not expect: never equal, always reported. */
        TOOL_ERROR
    }

    @Override
    public String toString() {
        String p = protocol.keyword().toUpperCase(Locale.ROOT);
        return switch (protocol) {
            case ICMP -> "#" + index + " " + p + " echo to " + dst + ", " + payload + " bytes (" + String.join(" ", command()) + ")";
            case UDP -> "#" + index + " " + p + " " + sport + " -> " + dst + ":" + dport + ", " + payload
                    + " bytes (" + String.join(" ", command()) + ")";
            case TCP -> "#" + index + " " + p + " SYN " + sport + " -> " + dst + ":" + dport + " ("
                    + String.join(" ", command()) + ")";
        };
    }
}
