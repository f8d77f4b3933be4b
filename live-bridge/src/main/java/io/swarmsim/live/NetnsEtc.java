package io.swarmsim.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A namespace's own {@code /etc} files: {@code ip netns exec NS} bind-mounts every file of
 * {@code /etc/netns/NS/} over the one of the same name in {@code /etc} for the program it starts,
 * so a real client in a container reads the container's {@code resolv.conf} and {@code hosts}, as
 * in Docker. Only the run's own directories are written or removed (their names are the run's
 * validated namespace names), and {@code /etc/netns} itself is removed again when removing them left
 * it empty (iproute2 makes it for nothing else).
 */
public final class NetnsEtc {
    /** Where iproute2 looks. */
    public static final Path SYSTEM = Path.of("/etc/netns");
    private final Path root;

    public NetnsEtc(Path root) {
        this.root = root;
    }

    /** Writes {@code file} (a plain name such as {@code resolv.conf}) for namespace {@code netns}. */
    public void write(String netns, String file, String text) {
        if (!RunPrefix.family(netns) || file.contains("/")) {
            throw new IllegalArgumentException("not a run's namespace file: " + netns + "/" + file);
        }
        try {
            Files.createDirectories(root.resolve(netns));
            Files.writeString(root.resolve(netns).resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LiveException("cannot write " + root.resolve(netns).resolve(file) + ": " + e.getMessage());
        }
    }

    /** The namespaces that have a directory here, {@code which} of them. */
    public List<String> list(Predicate<String> which) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.map(p -> p.getFileName().toString()).filter(RunPrefix::family).filter(which).sorted().toList();
        } catch (IOException e) {
            throw new LiveException("cannot list " + root + ": " + e.getMessage());
        }
    }

    /**
     * Removes the directories of the namespaces {@code which} accepts (only run names ever match),
     * then {@code root} if that left it empty.
     *
     * @return the namespaces whose directory was removed
     */
    public List<String> remove(Predicate<String> which) {
        List<String> removed = new ArrayList<>();
        for (String ns : list(which)) {
            Path dir = root.resolve(ns);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(dir);
                removed.add(ns);
            } catch (IOException e) {
                throw new LiveException("cannot remove " + dir + ": " + e.getMessage());
            }
        }
        if (!removed.isEmpty()) {
            try (Stream<Path> left = Files.list(root)) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(root);
                }
            } catch (IOException e) {
                // someone else's files are there, or it is gone: not ours to force
            }
        }
        return removed;
    }
}
