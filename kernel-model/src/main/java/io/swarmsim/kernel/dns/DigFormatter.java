package io.swarmsim.kernel.dns;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Prints what BIND {@code dig} prints for a completed query, byte for byte: the default form and
 * {@code +short}. Layout verified against real dig 9.18 (goldens in the tests); the banner and the
 * {@code SERVER:} line follow the chosen {@link DigVersion}.
 */
public final class DigFormatter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy",
            Locale.ENGLISH);

    private final DigVersion version;

    public DigFormatter(DigVersion version) {
        this.version = Objects.requireNonNull(version);
    }

    /** The full default output of {@code dig <commandArgs>}. */
    public String format(DigExchange e) {
        DnsMessage m = e.reply();
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append("; <<>> DiG ").append(version.banner()).append(" <<>> ").append(e.commandArgs())
                .append('\n');
        if (e.commandArgs().matches("(^|.*\\s)@\\S+.*")) {
            sb.append("; (1 server found)\n");
        }
        sb.append(";; global options: +cmd\n");
        sb.append(";; Got answer:\n");
        sb.append(";; ->>HEADER<<- opcode: ").append(m.opcode()).append(", status: ").append(m.rcode())
                .append(", id: ").append(m.id()).append('\n');
        sb.append(";; flags:").append(flags(m)).append("; QUERY: ").append(m.questions().size())
                .append(", ANSWER: ").append(m.answers().size()).append(", AUTHORITY: ").append(m.authority().size())
                .append(", ADDITIONAL: ").append(m.additionalCount()).append('\n');
        if (m.rd() && !m.ra()) {
            sb.append(";; WARNING: recursion requested but not available\n");
        }
        sb.append('\n');
        m.edns().ifPresent(edns -> sb.append(";; OPT PSEUDOSECTION:\n").append("; EDNS: version: ")
                .append(edns.version()).append(", flags:").append(edns.dnssecOk() ? " do" : "").append("; udp: ")
                .append(edns.udpPayloadSize()).append('\n'));
        if (!m.questions().isEmpty()) {
            sb.append(";; QUESTION SECTION:\n");
            m.questions().forEach(q -> sb.append(MasterFileColumns.question(q)).append('\n'));
            sb.append('\n');
        }
        section(sb, "ANSWER", m.answers());
        section(sb, "AUTHORITY", m.authority());
        section(sb, "ADDITIONAL", m.additional());
        sb.append(";; Query time: ").append(e.queryTimeMillis()).append(" msec\n");
        sb.append(";; SERVER: ").append(e.server()).append('#').append(e.port()).append('(').append(e.server())
                .append(')').append(version.serverLineShowsTransport() ? " (" + e.transport() + ")" : "").append('\n');
        sb.append(";; WHEN: ").append(when(e)).append('\n');
        sb.append(";; MSG SIZE  rcvd: ").append(m.length()).append('\n');
        sb.append('\n');
        return sb.toString();
    }

    /** {@code dig +short}: the RDATA of each answer record, one per line; nothing when there is none. */
    public static String formatShort(DnsMessage reply) {
        StringBuilder sb = new StringBuilder();
        reply.answers().forEach(r -> sb.append(r.rdataText()).append('\n'));
        return sb.toString();
    }

    /** dig's {@code WHEN:} text, strftime {@code "%a %b %d %H:%M:%S %Z %Y"}. */
    static String when(DigExchange e) {
        return WHEN.format(Instant.ofEpochSecond(e.whenEpochSeconds()).atZone(e.zone()));
    }

    private static String flags(DnsMessage m) {
        StringBuilder f = new StringBuilder();
        if (m.qr()) {
            f.append(" qr");
        }
        if (m.aa()) {
            f.append(" aa");
        }
        if (m.tc()) {
            f.append(" tc");
        }
        if (m.rd()) {
            f.append(" rd");
        }
        if (m.ra()) {
            f.append(" ra");
        }
        if (m.ad()) {
            f.append(" ad");
        }
        if (m.cd()) {
            f.append(" cd");
        }
        return f.toString();
    }

    private static void section(StringBuilder sb, String title, List<ResourceRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        sb.append(";; ").append(title).append(" SECTION:\n");
        records.forEach(r -> sb.append(MasterFileColumns.record(r)).append('\n'));
        sb.append('\n');
    }
}
