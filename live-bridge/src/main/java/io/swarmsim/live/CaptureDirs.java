package io.swarmsim.live;

import io.swarmsim.engine.pcap.CaptureRecorder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the two captures go: {@code <dir>/model} and {@code <dir>/real} when {@code --pcap DIR} asks
 * to keep them, otherwise a temporary directory removed at the end.
 */
final class CaptureDirs implements AutoCloseable {
    private final Path root;
    private final boolean temporary;

    private CaptureDirs(Path root, boolean temporary) {
        this.root = root;
        this.temporary = temporary;
    }

    static CaptureDirs open(Optional<Path> keep) {
        try {
            Path root = keep.isPresent() ? keep.get() : Files.createTempDirectory("swarmsim-live-pcap");
            Files.createDirectories(root.resolve("model"));
            Files.createDirectories(root.resolve("real"));
            return new CaptureDirs(root, keep.isEmpty());
        } catch (IOException e) {
            throw new LiveException("cannot make the capture directory " + keep.map(Path::toString).orElse("(temporary)") + ": " + e.getMessage());
        }
    }

    Path model() {
        return root.resolve("model");
    }

    Path real() {
        return root.resolve("real");
    }

    void writeModel(CaptureRecorder recorder) {
        try {
            recorder.writeAll(model());
        } catch (IOException e) {
            throw new LiveException("cannot write the model's capture into " + model() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless; the system's tmp cleaning removes it
        }
    }
}
