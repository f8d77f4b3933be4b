package io.swarmsim.kernel.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.swarmsim.kernel.net.IpAddress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DigFormatterTest {
    private static final long SEED_WHEN = Instant.parse("2016-07-27T10:15:02Z").getEpochSecond();
    private static final DigFormatter DIG_9_10 = new DigFormatter(DigVersion.V9_10_3_P4_UBUNTU);
    private static final DigFormatter DIG_9_18 = new DigFormatter(DigVersion.V9_18_DEBIAN_12);

    private static IpAddress ip(String s) {
        return IpAddress.parse(s);
    }

    private static String resource(String path) {
        try (InputStream in = DigFormatterTest.class.getResourceAsStream("/dns/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SandboxDnsView seedView() {
        return SandboxDnsView.swarmOrder(List.of(NetworkDnsRecords.empty("overlay1", NetworkKind.SWARM_OVERLAY)
                .withDnsrrService("vote", List.of(ip("10.0.0.3"), ip("10.0.0.4")))
                .withVipService("client", ip("10.0.0.2"), List.of(ip("10.0.0.5")))));
    }

    /** Docker's reply to a dig query (dig 9.10 sends EDNS udp 4096 by default), through the real server logic. */
    private static DnsMessage embeddedReply(int id, String name, RecordType type, List<IpAddress> wantOrder) {
        DockerEmbeddedDns dns = new DockerEmbeddedDns(List.of(), ForwardingPolicy.MOBY_CURRENT);
        DnsMessage q = DnsMessage.query(id, name, type, true, Optional.of(4096));
        for (long seed = 0; seed < 100; seed++) {
            DnsMessage r = assertInstanceOf(Resolution.Reply.class,
                    dns.answer(seedView(), q, Transport.UDP, new SplittableRandom(seed))).message();
            if (wantOrder.isEmpty() || r.answers().stream().map(a -> ((AddressRecord) a).address()).toList()
                    .equals(wantOrder)) {
                return r;
            }
        }
        throw new AssertionError("no seed gives " + wantOrder);
    }

    private static String dig910(String args, DnsMessage reply) {
        return DIG_9_10.format(DigExchange.embedded(args, reply, 1, SEED_WHEN));
    }

    @Test
    void seedPostDigVoteTwoRecords() {
        DnsMessage r = embeddedReply(12345, "vote", RecordType.A, List.of(ip("10.0.0.3"), ip("10.0.0.4")));
        assertEquals(resource("dig-9.10/vote.txt"), dig910("vote", r));
    }

    @Test
    void vipServiceSingleRecord() {
        DnsMessage r = embeddedReply(23456, "client", RecordType.A, List.of());
        assertEquals(resource("dig-9.10/client.txt"), dig910("client", r));
    }

    @Test
    void servfailWhenNoUpstream() {
        DnsMessage r = embeddedReply(34567, "foo.invalid", RecordType.A, List.of());
        assertEquals(Rcode.SERVFAIL, r.rcode());
        assertEquals(resource("dig-9.10/servfail.txt"), dig910("foo.invalid", r));
    }

    @Test
    void aaaaEmptyAnswer() {
        DnsMessage r = embeddedReply(45678, "vote", RecordType.AAAA, List.of());
        assertEquals(resource("dig-9.10/vote_aaaa.txt"), dig910("vote AAAA", r));
    }

    @Test
    void optPseudoSection() {
        DnsMessage r = DnsMessage.builder().id(56789).qr(true).rd(true).ra(true).question(Question.in("edns", RecordType.A))
                .answer(new AddressRecord("edns.", 600, ip("10.0.0.5"))).edns(Optional.of(Edns.of(4096))).build();
        assertEquals(resource("dig-9.10/edns.txt"), dig910("edns", r));
    }

    // ---- against real dig 9.18 output: id, query time and WHEN are taken from the recording ----

    private static void assertMatchesRealDig(String file, String args, DnsMessage replyWithAnyId) {
        String golden = resource("real-dig-9.18/" + file);
        int id = Integer.parseInt(group(golden, "id: (\\d+)"));
        long ms = Long.parseLong(group(golden, "Query time: (\\d+) msec"));
        long when = ZonedDateTime.parse(group(golden, "WHEN: (.*)"),
                DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ENGLISH)).toEpochSecond();
        DnsMessage reply = replyWithAnyId.toBuilder().id(id).build();
        assertEquals(golden, DIG_9_18.format(DigExchange.embedded(args, reply, ms, when)));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex);
        }
        return m.group(1);
    }

    @Test
    void realDig918Goldens() {
        assertMatchesRealDig("vote.txt", "vote", embeddedReply(1, "vote", RecordType.A,
                List.of(ip("10.0.0.3"), ip("10.0.0.4"))));
        assertMatchesRealDig("client.txt", "client", embeddedReply(1, "client", RecordType.A, List.of()));
        assertMatchesRealDig("servfail.txt", "foo.invalid", embeddedReply(1, "foo.invalid", RecordType.A, List.of()));
        assertMatchesRealDig("vote_aaaa.txt", "vote AAAA", embeddedReply(1, "vote", RecordType.AAAA, List.of()));
        assertMatchesRealDig("edns.txt", "edns", DnsMessage.builder().qr(true).rd(true).ra(true)
                .question(Question.in("edns", RecordType.A)).answer(new AddressRecord("edns.", 600, ip("10.0.0.5")))
                .edns(Optional.of(Edns.of(4096))).build());
        String longName = "averyveryverylongservicename.";
        assertMatchesRealDig("long.txt", "averyveryverylongservicename", DnsMessage.builder().qr(true).rd(true)
                .ra(true).question(Question.in(longName, RecordType.A))
                .answer(new AddressRecord(longName, 600, ip("10.0.0.9"))).build());
    }

    @Test
    void shortFormMatchesRealDig() {
        assertEquals(resource("real-dig-9.18/short.txt"), DigFormatter.formatShort(
                embeddedReply(1, "vote", RecordType.A, List.of(ip("10.0.0.3"), ip("10.0.0.4")))));
        assertEquals(resource("real-dig-9.18/short_servfail.txt"),
                DigFormatter.formatShort(embeddedReply(1, "foo.invalid", RecordType.A, List.of())));
    }

    @Test
    void columnRuleForOwnerNamesAroundTheTtlColumn() {
        // From the 9.18 recordings: 22 chars -> tab, 24 chars -> one space before the TTL.
        assertEquals("abcdefghijklmnopqrstuv.\t600\tIN\tA\t10.0.0.11",
                MasterFileColumns.record(new AddressRecord("abcdefghijklmnopqrstuv.", 600, ip("10.0.0.11"))));
        assertEquals("abcdefghijklmnopqrstuvw. 600\tIN\tA\t10.0.0.10",
                MasterFileColumns.record(new AddressRecord("abcdefghijklmnopqrstuvw.", 600, ip("10.0.0.10"))));
        assertEquals(";abcdefghijklmnopqrstuv.\t\tIN\tA",
                MasterFileColumns.question(Question.in("abcdefghijklmnopqrstuv.", RecordType.A)));
        assertEquals("tasks.vote.\t\t600\tIN\tA\t10.0.0.3",
                MasterFileColumns.record(new AddressRecord("tasks.vote.", 600, ip("10.0.0.3"))));
    }

    @Test
    void whenLineAndWarningAndTcFlag() {
        assertEquals("Wed Jul 27 10:15:02 UTC 2016", DigFormatter.when(DigExchange.embedded("vote",
                embeddedReply(1, "vote", RecordType.A, List.of()), 0, SEED_WHEN)));
        DnsMessage noRa = DnsMessage.builder().id(9).qr(true).rd(true).tc(true).aa(true)
                .question(Question.in("x", RecordType.A)).build();
        String out = new DigFormatter(DigVersion.V9_10_3_P4_UBUNTU).format(new DigExchange("@10.0.0.1 x", noRa,
                ip("10.0.0.1"), 53, Transport.UDP, 12, SEED_WHEN, ZoneId.of("Europe/Berlin")));
        assertEquals("""

                ; <<>> DiG 9.10.3-P4-Ubuntu <<>> @10.0.0.1 x
                ; (1 server found)
                ;; global options: +cmd
                ;; Got answer:
                ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 9
                ;; flags: qr aa tc rd; QUERY: 1, ANSWER: 0, AUTHORITY: 0, ADDITIONAL: 0
                ;; WARNING: recursion requested but not available

                ;; QUESTION SECTION:
                ;x.\t\t\t\tIN\tA

                ;; Query time: 12 msec
                ;; SERVER: 10.0.0.1#53(10.0.0.1)
                ;; WHEN: Wed Jul 27 12:15:02 CEST 2016
                ;; MSG SIZE  rcvd: 19

                """, out);
    }
}
