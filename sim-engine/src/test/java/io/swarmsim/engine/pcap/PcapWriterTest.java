package io.swarmsim.engine.pcap;

import static io.swarmsim.engine.pcap.WireCheck.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.packet.VxlanPayload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapWriterTest {
    private static final long EPOCH = 1469613600L; // 2016-07-27 10:00:00 UTC
    private final PcapWriter writer = new PcapWriter(EPOCH);

    // magic a1b23c4d (nanoseconds), v2.4, thiszone 0, sigfigs 0, snaplen 262144, linktype 1; little-endian
    private static final String FILE_HEADER = "4d3cb2a1 0200 0400 00000000 00000000 00000400 01000000";

    @Test
    void fileHeaderIsNanosecondEthernetLibpcap() {
        assertArrayEquals(hex(FILE_HEADER), PcapWriter.fileHeader());
        assertArrayEquals(hex(FILE_HEADER), writer.toBytes(List.of()));
    }

    @Test
    void arpRequestRecordMatchesHandEncodedBytes() {
        byte[] file = writer.toBytes(List.of(new PcapRecord(1_000_000_001L, SampleFrames.arpRequest())));
        byte[] expected = hex(FILE_HEADER
                // ts_sec 1469613601, ts_nsec 1, incl_len 42, orig_len 42
                + "21869857 01000000 2a000000 2a000000"
                // Ethernet: broadcast <- 02:42:0a:00:00:02, type ARP
                + "ffffffffffff 02420a000002 0806"
                // ARP: htype 1, ptype IPv4, hlen 6, plen 4, op request
                + "0001 0800 06 04 0001"
                // sender 02:42:0a:00:00:02 10.0.0.2, target 00:00:00:00:00:00 10.0.0.3
                + "02420a000002 0a000002 000000000000 0a000003");
        assertArrayEquals(expected, file);
    }

    @Test
    void dnsQueryRecordMatchesHandComputedChecksums() {
        byte[] file = writer.toBytes(List.of(new PcapRecord(1_500, SampleFrames.dnsQueryFrame())));
        byte[] expected = hex(FILE_HEADER
                // ts_sec 1469613600, ts_nsec 1500, 64 bytes
                + "20869857 dc050000 40000000 40000000"
                + "000000000000 000000000000 0800"
                // IPv4: len 50, id 7 (trace id), DF, ttl 64, UDP, checksum 0x3ca8, 127.0.0.1 -> 127.0.0.11
                + "4500 0032 0007 4000 40 11 3ca8 7f000001 7f00000b"
                // UDP 40000 -> 53, length 30, checksum 0x790e (pseudo header included)
                + "9c40 0035 001e 790e"
                // DNS: id 0x1234, RD, 1 question: vote. A IN
                + "1234 0100 0001 0000 0000 0000 04766f746500 0001 0001");
        assertArrayEquals(expected, file);
    }

    @Test
    void timestampsAreEpochPlusSimulatedTime() {
        long t = 3_600_000_400_999L; // one hour, 400 999 ns
        List<WireCheck.Rec> recs = WireCheck.records(writer.toBytes(List.of(new PcapRecord(t, SampleFrames.echoReply()))));
        assertEquals(EPOCH + 3600, recs.get(0).seconds());
        assertEquals(400_999, recs.get(0).nanos());
        assertEquals(SampleFrames.echoReply().length(), recs.get(0).origLen());
        assertEquals(recs.get(0).origLen(), recs.get(0).inclLen());
    }

    @Test
    void recordsKeepTheGivenOrderAndCarryTheEncodedFrames() {
        List<PcapRecord> all = SampleFrames.all();
        List<WireCheck.Rec> recs = WireCheck.records(writer.toBytes(all));
        assertEquals(all.size(), recs.size());
        for (int i = 0; i < all.size(); i++) {
            assertArrayEquals(io.swarmsim.kernel.packet.FrameCodec.encode(all.get(i).frame()), recs.get(i).data());
            assertEquals(EPOCH + all.get(i).timeNanos() / 1_000_000_000L, recs.get(i).seconds());
            assertEquals(all.get(i).timeNanos() % 1_000_000_000L, recs.get(i).nanos());
        }
    }

    @Test
    void vxlanRecordCarriesTheInnerFrameAfterTheVxlanHeader() {
        byte[] data = WireCheck.records(writer.toBytes(List.of(new PcapRecord(0, SampleFrames.vxlanSyn())))).get(0).data();
        int vxlan = 14 + 20 + 8;
        assertEquals(4789, WireCheck.u16(data, 14 + 20 + 2));
        assertArrayEquals(hex("08000000 00010000"), Arrays.copyOfRange(data, vxlan, vxlan + 8), "flags I, VNI 256");
        byte[] inner = io.swarmsim.kernel.packet.FrameCodec.encode(SampleFrames.innerSyn());
        assertArrayEquals(inner, Arrays.copyOfRange(data, vxlan + 8, data.length));
        assertTrue(WireCheck.ipHeaderVerifies(data, 14) && WireCheck.transportVerifies(data, 14));
        assertTrue(WireCheck.ipHeaderVerifies(data, vxlan + 8 + 14) && WireCheck.transportVerifies(data, vxlan + 8 + 14));
    }

    @Test
    void sameFramesGiveSameBytes() {
        assertArrayEquals(writer.toBytes(SampleFrames.all()), new PcapWriter(EPOCH).toBytes(SampleFrames.all()));
    }

    @Test
    void writesToAPath(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.pcap");
        writer.write(SampleFrames.all(), f);
        assertArrayEquals(writer.toBytes(SampleFrames.all()), Files.readAllBytes(f));
    }

    @Test
    void rejectsWhatTheCodecCannotEncode() {
        IpAddress v6a = IpAddress.parse("fd00::1");
        IpAddress v6b = IpAddress.parse("fd00::2");
        Frame v6 = Frame.ip(SampleFrames.M2, SampleFrames.M3, Packet.tcp(1, v6a, 1, v6b, 80, TcpFlags.SYN, Payload.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> writer.toBytes(List.of(new PcapRecord(0, v6))));
        Frame v6Inside = Frame.ip(SampleFrames.NODE1_MAC, SampleFrames.NODE2_MAC,
                Packet.udp(2, SampleFrames.NODE1, 1, SampleFrames.NODE2, 4789, new VxlanPayload(256, v6)));
        assertThrows(IllegalArgumentException.class, () -> writer.toBytes(List.of(new PcapRecord(0, v6Inside))));
        Frame huge = Frame.ip(SampleFrames.M2, SampleFrames.M3,
                Packet.udp(3, SampleFrames.C2, 1, SampleFrames.C3, 2, Payload.ofBytes(new byte[65_535 - 27])));
        assertThrows(IllegalArgumentException.class, () -> writer.toBytes(List.of(new PcapRecord(0, huge))));
        Frame largest = Frame.ip(SampleFrames.M2, SampleFrames.M3,
                Packet.udp(3, SampleFrames.C2, 1, SampleFrames.C3, 2, Payload.ofBytes(new byte[65_535 - 28])));
        assertEquals(65_535 + 14, WireCheck.records(writer.toBytes(List.of(new PcapRecord(0, largest)))).get(0).inclLen());
    }

    @Test
    void rejectsNegativeTimesAndTimesPastTheUnsigned32BitSeconds() {
        assertThrows(IllegalArgumentException.class, () -> new PcapRecord(-1, SampleFrames.arpRequest()));
        assertThrows(IllegalArgumentException.class, () -> new PcapClock(-1));
        PcapClock clock = new PcapClock(0xffffffffL);
        assertEquals(0xffffffffL, clock.seconds(999_999_999L));
        assertThrows(IllegalArgumentException.class, () -> clock.seconds(1_000_000_000L));
    }
}
