package io.swarmsim.engine.pcap;

import io.swarmsim.kernel.packet.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Collects the frames each named capture point sees during a run and writes one
 * {@code <point>.pcap} per point. Within a point, records are written in simulated-time order;
 * frames recorded with the same time keep the order in which they were recorded. Not
 * thread-safe: the simulator's event loop owns it.
 */
public final class CaptureRecorder implements FrameTap {
    private static final Comparator<PcapRecord> BY_TIME = Comparator.comparingLong(PcapRecord::timeNanos);

    private final PcapWriter writer;
    private final Map<String, List<PcapRecord>> byPoint = new TreeMap<>();

    public CaptureRecorder(PcapWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** A recorder whose simulated time 0 is {@code epochSeconds} of UNIX time. */
    public CaptureRecorder(long epochSeconds) {
        this(new PcapWriter(epochSeconds));
    }

    /** Remembers that {@code point} saw {@code frame} at simulated time {@code timeNanos}. */
    @Override
    public void record(String point, long timeNanos, Frame frame) {
        PcapRecord r = new PcapRecord(timeNanos, frame);
        PcapWriter.encode(frame); // fail now, at the frame's origin, rather than at export
        recordsOf(point).add(r);
    }

    /**
     * Declares a capture point so that it gets a file even if it sees no frame (an empty capture
     * is an answer too: "nothing reached vote.1-eth0").
     */
    public void declare(String point) {
        recordsOf(point);
    }

    /** The capture points, sorted. */
    public List<String> points() {
        return List.copyOf(byPoint.keySet());
    }

    /** What {@code point} saw, in time order; empty for an unknown point. */
    public List<PcapRecord> records(String point) {
        List<PcapRecord> rs = new ArrayList<>(byPoint.getOrDefault(point, List.of()));
        rs.sort(BY_TIME); // List.sort is stable
        return List.copyOf(rs);
    }

    /** Number of frames recorded over all points. */
    public int frameCount() {
        return byPoint.values().stream().mapToInt(List::size).sum();
    }

    /** The file name each point is written to, by point. */
    public Map<String, String> fileNames() {
        return CaptureFileNames.assign(byPoint.keySet());
    }

    /**
     * Writes one pcap per capture point into {@code directory} (created if missing), replacing
     * files of the same name, and returns the files written, in the sorted order of the points.
     */
    public List<Path> writeAll(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> e : fileNames().entrySet()) {
            Path file = directory.resolve(e.getValue());
            writer.write(records(e.getKey()), file);
            written.add(file);
        }
        return List.copyOf(written);
    }

    private List<PcapRecord> recordsOf(String point) {
        CaptureFileNames.base(point); // rejects null and empty names
        return byPoint.computeIfAbsent(point, p -> new ArrayList<>());
    }
}
