package io.swarmsim.live.capture;

import java.util.ArrayList;
import java.util.List;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapDumper;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface;
import org.pcap4j.core.Pcaps;

/**
 * The capture points of the namespace this process runs in, with pcap4j (libpcap sees the devices
 * of the namespace it runs in). Each device is opened live (whole frames, not promiscuous,
 * non-blocking: an idle device never holds a read) and each frame read is dumped into its file.
 * {@link #stop()} lets each capture go on until its device has been quiet for {@link #QUIET_MILLIS}
 * ms (frames still in the kernel's ring are written, not lost), then flushes and closes the files.
 */
public final class Captures {
    private static final int SNAPLEN = 65536;
    /** How long a stopping capture's device must be quiet before the capture is complete. */
    static final int QUIET_MILLIS = 100;
    private static final int IDLE_SLEEP_MILLIS = 2;
    private volatile boolean stopping;
    private final List<Capture> captures = new ArrayList<>();

    private record Capture(PcapHandle handle, PcapDumper dumper, Thread loop) {
    }

    /** Opens {@code device} for capture into pcap file {@code file}; {@link #start()} starts them all. */
    public void open(String device, String file) throws PcapNativeException, NotOpenException {
        PcapNetworkInterface nif = Pcaps.getDevByName(device);
        if (nif == null) {
            throw new PcapNativeException("no device " + device + " in this namespace");
        }
        PcapHandle h = nif.openLive(SNAPLEN, PcapNetworkInterface.PromiscuousMode.NONPROMISCUOUS, 10);
        h.setBlockingMode(PcapHandle.BlockingMode.NONBLOCKING);
        PcapDumper d = h.dumpOpen(file);
        Thread t = new Thread(() -> loop(device, h, d), "capture-" + device);
        t.setDaemon(true);
        captures.add(new Capture(h, d, t));
    }

    public void start() {
        captures.forEach(c -> c.loop().start());
    }

    /** Ends every capture once its device is quiet, with its file complete. */
    public void stop() throws InterruptedException, NotOpenException, PcapNativeException {
        stopping = true;
        for (Capture c : captures) {
            c.loop().join(5000);
            c.dumper().flush();
            c.dumper().close();
            c.handle().close();
        }
    }

    private void loop(String device, PcapHandle h, PcapDumper d) {
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
    }
}
