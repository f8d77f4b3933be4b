package io.swarmsim.live.capture;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.Pcaps;

/** The frames of a pcap file, in file order, read with pcap4j (the model's files and the kernel's alike). */
public final class PcapFrames {
    private PcapFrames() {
    }

    /** A frame and when it was captured, in microseconds since the epoch (for the model: since the run's start). */
    public record Frame(long micros, byte[] data) {
    }

    /** The frames of {@code file}; none when it does not exist (a point that saw nothing on a side that wrote no file). */
    public static List<byte[]> read(Path file) {
        return readTimed(file).stream().map(Frame::data).toList();
    }

    /** The frames of {@code file} with their capture times; none when it does not exist. */
    public static List<Frame> readTimed(Path file) {
        List<Frame> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (PcapHandle h = Pcaps.openOffline(file.toString())) {
            while (true) {
                try {
                    byte[] data = h.getNextRawPacketEx();
                    java.sql.Timestamp t = h.getTimestamp();
                    out.add(new Frame(t.getTime() / 1000 * 1_000_000 + t.getNanos() / 1000, data));
                } catch (EOFException e) {
                    return out;
                } catch (java.util.concurrent.TimeoutException e) {
                    // not for a file; go on
                }
            }
        } catch (Exception e) {
            throw new io.swarmsim.live.LiveException("cannot read the capture " + file + ": " + e.getMessage());
        }
    }
}
