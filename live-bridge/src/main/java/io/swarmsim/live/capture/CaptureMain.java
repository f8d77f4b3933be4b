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
 * device is opened live (whole frames, not promiscuous) and dumped into its file by libpcap's own
 * loop; {@code ready} is printed once every handle is capturing. When standard input ends, the
 * loops are broken, the files flushed and closed, {@code done} printed, and the process exits.
 */
public final class CaptureMain {
    public static final String READY = "ready";
    public static final String DONE = "done";
    private static final int SNAPLEN = 65536;

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
        for (Capture c : captures) {
            c.handle().breakLoop();
        }
        for (Capture c : captures) {
            c.loop().join(2000);
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
        PcapDumper d = h.dumpOpen(file);
        Thread t = new Thread(() -> {
            try {
                h.loop(-1, d);
            } catch (InterruptedException e) {
                // breakLoop: the capture is over
            } catch (PcapNativeException | NotOpenException e) {
                System.err.println("capture on " + device + " failed: " + e.getMessage());
            }
        }, "capture-" + device);
        t.setDaemon(true);
        return new Capture(h, d, t);
    }
}
