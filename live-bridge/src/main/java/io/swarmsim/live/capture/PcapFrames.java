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

    /** The frames of {@code file}; none when it does not exist (a point that saw nothing on a side that wrote no file). */
    public static List<byte[]> read(Path file) {
        List<byte[]> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (PcapHandle h = Pcaps.openOffline(file.toString())) {
            while (true) {
                try {
                    out.add(h.getNextRawPacketEx());
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
