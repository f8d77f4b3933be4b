package io.swarmsim.kernel.dns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DnsMessageWireTest {
    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replaceAll("\\s", ""));
    }

    private static DnsMessage voteReply(boolean compress) {
        return DnsMessage.builder().id(0x3039).qr(true).rd(true).ra(true)
                .question(Question.in("vote.", RecordType.A))
                .answer(new AddressRecord("vote.", 600, IpAddress.parse("10.0.0.3")))
                .answer(new AddressRecord("vote.", 600, IpAddress.parse("10.0.0.4")))
                .compress(compress).build();
    }

    /** Docker 1.12's reply to {@code dig vote}: uncompressed, no OPT, 62 octets (dig: "MSG SIZE rcvd: 62"). */
    @Test
    void goldenUncompressedReply() {
        byte[] expected = hex("""
                3039 8180 0001 0002 0000 0000
                04766f746500 0001 0001
                04766f746500 0001 0001 00000258 0004 0a000003
                04766f746500 0001 0001 00000258 0004 0a000004
                """);
        DnsMessage m = voteReply(false);
        assertArrayEquals(expected, m.encode());
        assertEquals(62, m.length());
        assertEquals(m, DnsMessage.decode(expected));
    }

    @Test
    void goldenCompressedReply() {
        byte[] expected = hex("""
                3039 8180 0001 0002 0000 0000
                04766f746500 0001 0001
                c00c 0001 0001 00000258 0004 0a000003
                c00c 0001 0001 00000258 0004 0a000004
                """);
        DnsMessage m = voteReply(true);
        assertArrayEquals(expected, m.encode());
        assertEquals(54, m.length());
    }

    @Test
    void compressionPointersAreDecoded() {
        // www.example.com CNAME example.com (target a pointer into the owner), example.com A 192.0.2.1
        byte[] wire = hex("""
                0007 8180 0001 0002 0000 0000
                03777777 076578616d706c65 03636f6d 00 0001 0001
                c00c 0005 0001 0000012c 0002 c010
                c010 0001 0001 0000012c 0004 c0000201
                """);
        DnsMessage m = DnsMessage.decode(wire);
        assertEquals("www.example.com.", m.question().name());
        assertEquals(new NameRecord("www.example.com.", RecordType.CNAME, DnsClass.IN, 300, "example.com."),
                m.answers().get(0));
        assertEquals(new AddressRecord("example.com.", 300, IpAddress.parse("192.0.2.1")), m.answers().get(1));
        // Re-encoding with compression gives back the same octets.
        assertArrayEquals(wire, m.toBuilder().compress(true).build().encode());
    }

    @Test
    void roundTripsEveryField() {
        DnsMessage m = DnsMessage.builder().id(65535).qr(true).opcode(Opcode.QUERY).aa(true).tc(true).rd(true)
                .ra(true).ad(true).cd(true).rcode(Rcode.NXDOMAIN)
                .question(Question.in("Tasks.Vote.", RecordType.AAAA))
                .answer(new AddressRecord("Tasks.Vote.", 0, IpAddress.parse("fd00::1")))
                .authority(new RawRecord("Vote.", RecordType.SOA, DnsClass.IN, 3600, new byte[] {1, 2, 3}))
                .additional(new NameRecord("a.", RecordType.PTR, DnsClass.IN, 5, "b.c."))
                .edns(Optional.of(new Edns(1232, 0, 0, true))).build();
        for (boolean compress : new boolean[] {false, true}) {
            DnsMessage c = m.toBuilder().compress(compress).build();
            DnsMessage back = DnsMessage.decode(c.encode());
            assertEquals(m, back);
            assertEquals(2, back.additionalCount());
            assertEquals("Tasks.Vote.", back.question().name());
        }
    }

    @Test
    void compressionIsCaseInsensitiveLikeBind() {
        DnsMessage m = DnsMessage.builder().id(1).qr(true).question(Question.in("Vote.", RecordType.A))
                .answer(new AddressRecord("vote.", 600, IpAddress.parse("10.0.0.3"))).compress(true).build();
        // The owner is a pointer to the question name, so its spelling follows the question.
        assertEquals("Vote.", DnsMessage.decode(m.encode()).answers().get(0).name());
        assertEquals("vote.", DnsMessage.decode(m.toBuilder().compress(false).build().encode())
                .answers().get(0).name());
    }

    @Test
    void queryBuilderWithAndWithoutEdns() {
        DnsMessage plain = DnsMessage.query(7, "vote", RecordType.A, true, Optional.empty());
        assertArrayEquals(hex("0007 0100 0001 0000 0000 0000 04766f746500 0001 0001"), plain.encode());
        DnsMessage edns = DnsMessage.query(7, "vote", RecordType.A, true, Optional.of(4096));
        assertArrayEquals(hex("0007 0100 0001 0000 0000 0001 04766f746500 0001 0001 00 0029 1000 00000000 0000"),
                edns.encode());
        assertEquals(Optional.of(Edns.of(4096)), DnsMessage.decode(edns.encode()).edns());
        assertFalse(DnsMessage.decode(plain.encode()).qr());
    }

    @Test
    void malformedInputIsRejected() {
        byte[] good = voteReply(false).encode();
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 1);
        assertThrows(DnsWireException.class, () -> DnsMessage.decode(cut));
        byte[] loop = hex("0001 0000 0001 0000 0000 0000 c00c 0001 0001");
        assertThrows(DnsWireException.class, () -> DnsMessage.decode(loop));
        assertThrows(IllegalArgumentException.class, () -> Question.in("a".repeat(64) + ".", RecordType.A));
    }

    @Test
    void payloadLengthIsEncodedLength() {
        DnsMessage m = voteReply(false);
        assertEquals(m.encode().length, m.length());
        assertTrue(m.length() < voteReply(false).toBuilder()
                .answer(new AddressRecord("vote.", 600, IpAddress.parse("10.0.0.5"))).build().length());
    }
}
