package io.swarmsim.engine.pcap;

import io.swarmsim.kernel.packet.Frame;
import io.swarmsim.kernel.packet.FrameCodec;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes frames as a classic libpcap file (not pcapng) with nanosecond timestamps: magic
 * {@code 0xa1b23c4d}, version 2.4, snaplen 262144, link type 1 (Ethernet). Fields are written
 * little-endian (readers detect the byte order from the magic). Each record carries the frame as
 * {@link FrameCodec} encodes it, so IPv4, TCP, UDP and ICMP checksums are valid and a VXLAN
 * packet carries its inner frame. Records are written in the order given; the same records always
 * give the same bytes.
 */
public final class PcapWriter {
    public static final int MAGIC_NANOS = 0xa1b23c4d;
    public static final int VERSION_MAJOR = 2;
    public static final int VERSION_MINOR = 4;
    public static final int SNAPLEN = 262_144;
    public static final int LINKTYPE_ETHERNET = 1;
    public static final int FILE_HEADER_LENGTH = 24;
    public static final int RECORD_HEADER_LENGTH = 16;

    private final PcapClock clock;

    public PcapWriter(PcapClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A writer whose simulated time 0 is {@code epochSeconds} of UNIX time. */
    public PcapWriter(long epochSeconds) {
        this(new PcapClock(epochSeconds));
    }

    public PcapClock clock() {
        return clock;
    }

    /** Writes the file header and one record per frame; does not close {@code out}. */
    public void write(List<PcapRecord> records, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        out.write(fileHeader());
        for (PcapRecord r : List.copyOf(records)) {
            byte[] frame = encode(r.frame());
            out.write(recordHeader(r.timeNanos(), frame.length));
            out.write(frame, 0, Math.min(frame.length, SNAPLEN));
        }
        out.flush();
    }

    /** Writes (creating or replacing) {@code file}; its parent directory must exist. */
    public void write(List<PcapRecord> records, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(records, out);
        }
    }

    /** The whole file as bytes. */
    public byte[] toBytes(List<PcapRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(records, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The 24-byte global header. */
    public static byte[] fileHeader() {
        ByteBuffer b = ByteBuffer.allocate(FILE_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC_NANOS).putShort((short) VERSION_MAJOR).putShort((short) VERSION_MINOR);
        b.putInt(0).putInt(0); // thiszone (GMT), sigfigs
        b.putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
        return b.array();
    }

    /** The 16-byte record header: ts_sec, ts_nsec, incl_len, orig_len. */
    byte[] recordHeader(long timeNanos, int frameLength) {
        ByteBuffer b = ByteBuffer.allocate(RECORD_HEADER_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt((int) clock.seconds(timeNanos)).putInt(clock.nanosOfSecond(timeNanos));
        b.putInt(Math.min(frameLength, SNAPLEN)).putInt(frameLength);
        return b.array();
    }

    /** The frame's wire bytes, after checking that the codec can represent it. */
    static byte[] encode(Frame frame) {
        WireLimits.requireEncodable(frame);
        byte[] bytes = FrameCodec.encode(frame);
        if (bytes.length != frame.length()) {
            throw new IllegalStateException("encoded " + bytes.length + " bytes for a frame of length "
                    + frame.length() + ": " + frame.summary());
        }
        return bytes;
    }
}
