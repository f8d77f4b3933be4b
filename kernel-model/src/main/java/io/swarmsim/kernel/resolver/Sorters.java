package io.swarmsim.kernel.resolver;

import java.util.List;
import java.util.Optional;

/** The sorters by name: {@code glibc-old}, {@code glibc-current}, {@code musl}, {@code go-pure}, {@code none}. */
public final class Sorters {
    public static final List<String> NAMES = List.of("glibc-old", "glibc-current", "musl", "go-pure", "none");

    private Sorters() {
    }

    public static Optional<AddressSorter> byName(String name) {
        return Optional.ofNullable(switch (name) {
            case "glibc-old" -> GlibcSorter.old();
            case "glibc-current" -> GlibcSorter.current();
            case "musl" -> new MuslSorter();
            case "go-pure" -> new GoSorter();
            case "none" -> new NoSorter("none");
            default -> null;
        });
    }
}
