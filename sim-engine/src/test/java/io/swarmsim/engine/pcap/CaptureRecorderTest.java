package io.swarmsim.engine.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptureRecorderTest {
    private static final long EPOCH = 1469613600L;

    @Test
    void writesOnePcapPerPointIntoACreatedDirectory(@TempDir Path tmp) throws Exception {
        CaptureRecorder rec = new CaptureRecorder(EPOCH);
        rec.record("node1-eth0", 0, SampleFrames.vxlanSyn());
        rec.record("client.1-eth0", 10, SampleFrames.arpRequest());
        rec.record("client.1-eth0", 20, SampleFrames.arpReply());
        rec.declare("vote.1-eth0");
        Path dir = tmp.resolve("captures/run1");

        List<Path> files = rec.writeAll(dir);

        assertEquals(List.of(dir.resolve("client.1-eth0.pcap"), dir.resolve("node1-eth0.pcap"),
                dir.resolve("vote.1-eth0.pcap")), files);
        PcapWriter w = new PcapWriter(EPOCH);
        assertArrayEquals(w.toBytes(List.of(new PcapRecord(10, SampleFrames.arpRequest()),
                new PcapRecord(20, SampleFrames.arpReply()))), Files.readAllBytes(files.get(0)));
        assertArrayEquals(w.toBytes(List.of(new PcapRecord(0, SampleFrames.vxlanSyn()))), Files.readAllBytes(files.get(1)));
        assertArrayEquals(PcapWriter.fileHeader(), Files.readAllBytes(files.get(2)), "declared point, empty capture");
        assertEquals(3, rec.frameCount());
    }

    @Test
    void recordsComeOutInTimeOrderAndTiesKeepRecordingOrder() {
        CaptureRecorder rec = new CaptureRecorder(EPOCH);
        Frame a = SampleFrames.arpRequest();
        Frame b = SampleFrames.arpReply();
        Frame c = SampleFrames.echoRequest();
        rec.record("p", 500, c);
        rec.record("p", 100, b);
        rec.record("p", 100, a);
        assertEquals(List.of(new PcapRecord(100, b), new PcapRecord(100, a), new PcapRecord(500, c)), rec.records("p"));
        assertEquals(List.of(), rec.records("unknown"));
    }

    @Test
    void fileNamesAreSafeAndUnique() {
        assertEquals("client.1-eth0", CaptureFileNames.base("client.1-eth0"));
        assertEquals("ns_a_b_eth0", CaptureFileNames.base("ns/a b:eth0"));
        assertEquals("_.", CaptureFileNames.base(".."));
        assertEquals("_bashrc", CaptureFileNames.base(".bashrc"));
        assertEquals("_._etc_passwd", CaptureFileNames.base("../etc/passwd"));
        assertEquals(CaptureFileNames.MAX_BASE_LENGTH, CaptureFileNames.base("x".repeat(500)).length());
        Map<String, String> names = CaptureFileNames.assign(List.of("a/b", "a_b", "A_B", "a:b"));
        assertEquals(Map.of("A_B", "A_B.pcap", "a/b", "a_b-2.pcap", "a:b", "a_b-3.pcap", "a_b", "a_b-4.pcap"), names);
        assertThrows(IllegalArgumentException.class, () -> CaptureFileNames.base(""));
    }

    @Test
    void collidingPointsGetDistinctFiles(@TempDir Path tmp) throws Exception {
        CaptureRecorder rec = new CaptureRecorder(EPOCH);
        rec.record("br/0", 0, SampleFrames.arpRequest());
        rec.record("br:0", 0, SampleFrames.arpReply());
        List<Path> files = rec.writeAll(tmp);
        assertEquals(List.of(tmp.resolve("br_0.pcap"), tmp.resolve("br_0-2.pcap")), files);
        for (Path f : files) {
            assertTrue(f.getParent().equals(tmp) && Files.size(f) == 24 + 16 + 42, f.toString());
        }
    }

    @Test
    void badFramesFailWhenRecordedNotAtExport() {
        CaptureRecorder rec = new CaptureRecorder(EPOCH);
        Frame v6 = Frame.ip(SampleFrames.M2, SampleFrames.M3, Packet.tcp(1, IpAddress.parse("fd00::1"), 1,
                IpAddress.parse("fd00::2"), 80, TcpFlags.SYN, Payload.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> rec.record("p", 0, v6));
        assertThrows(IllegalArgumentException.class, () -> rec.record("p", -5, SampleFrames.arpRequest()));
        assertThrows(IllegalArgumentException.class, () -> rec.record("", 0, SampleFrames.arpRequest()));
        assertEquals(List.of(), rec.points());
    }

    @Test
    void isAFrameTap() {
        CaptureRecorder rec = new CaptureRecorder(EPOCH);
        FrameTap tap = rec;
        tap.record("node2-eth0", 7, SampleFrames.vxlanSyn());
        FrameTap.NONE.record("node2-eth0", 8, SampleFrames.vxlanSyn());
        assertEquals(List.of(new PcapRecord(7, SampleFrames.vxlanSyn())), rec.records("node2-eth0"));
    }
}
