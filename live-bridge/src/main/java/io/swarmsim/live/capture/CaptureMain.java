package io.swarmsim.live.capture;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;

/**
 * Captures one namespace's capture points with pcap4j (libpcap), started by the live run as
 * {@code ip netns exec NS java ... CaptureMain} (pcap sees the devices of the namespace it runs in).
 * Standard input gives one {@code point NAME DEVICE FILE} line per point, then {@code end}; each
 * device is opened live (whole frames, not promiscuous, non-blocking: an idle device never holds a
 * read) and each frame read is dumped into its file; {@code ready} is printed once every handle is
 * capturing. When standard input ends, each capture goes on until its device has been quiet for
 * {@link #QUIET_MILLIS} ms (frames still in the kernel's ring are written, not lost), then the files
 * are flushed and closed, {@code done} is printed, and the process exits.
 */
public final class CaptureMain {
    public static final String READY = "ready";
    public static final String DONE = "done";
    private static final int SNAPLEN = 65536;
    /** How long a stopping capture's device must be quiet before the capture is complete. */
    static final int QUIET_MILLIS = 100;
    private static final int IDLE_SLEEP_MILLIS = 2;
    private static volatile boolean stopping;

    private record Capture(PcapHandle handle, PcapDumper dumper, Thread loop) {
    }

    private CaptureMain() {
    }

    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        List<Capture> captures = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.strip().equals("end")) {
            String[] w = line.strip().split(" ");
            if (w.length != 4 || !w[0].equals("point")) {
                System.err.println("capture: expected 'point NAME DEVICE FILE' or 'end', not: " + line);
                System.exit(2);
            }
            captures.add(open(w[2], w[3]));
        }
        captures.forEach(c -> c.loop().start());
        System.out.println(READY);
        System.out.flush();
        while (in.read() >= 0) {
            // capture until standard input ends
        }
        stopping = true;
        for (Capture c : captures) {
            c.loop().join(5000);
            c.dumper().flush();
            c.dumper().close();
            c.handle().close();
        }
        System.out.println(DONE);
        System.out.flush();
        System.exit(0);
    }

    private static Capture open(String device, String file) throws PcapNativeException, NotOpenException {
        PcapNetworkInterface nif = Pcaps.getDevByName(device);
        if (nif == null) {
            throw new PcapNativeException("no device " + device + " in this namespace");
        }
        PcapHandle h = nif.openLive(SNAPLEN, PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS, 10);
        h.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        PcapDumper d = h.dumpOpen(file);
        Thread t = new Thread(() -> {
            try {
                int quiet = 0;
                while (!stopping || quiet < QUIET_MILLIS) {
                    byte[] frame = h.getNextRawPacket();
                    if (frame == null) {
                        quiet += IDLE_SLEEP_MILLIS;
                        Thread.sleep(IDLE_SLEEP_MILLIS);
                    } else {
                        quiet = 0;
                        d.dumpRaw(frame, h.getTimestamp());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (NotOpenException e) {
                System.err.println("capture on " + device + " failed: " + e.getMessage());
            }
        }, "capture-" + device);
        t.setDaemon(true);
        return new Capture(h, d, t);
    }
}
