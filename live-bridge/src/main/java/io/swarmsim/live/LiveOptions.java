package io.swarmsim.live;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run: the iptables backend, whether to keep the namespaces afterwards ({@code --keep}: for
 * looking around with {@code ip netns exec}; {@code sim live clean} removes them), where the lock
 * lives, who hears the steps, (for tests) a fixed run prefix instead of the pid's, and where to
 * keep the captures ({@code --pcap DIR}).
 */
public record LiveOptions(IptablesBackend backend, boolean keep, Path lockFile, Progress progress, Optional<RunPrefix> prefix,
                          Optional<Path> pcapDir) {
    public static LiveOptions defaults() {
        return new LiveOptions(IptablesBackend.NFT, false, LiveLock.DEFAULT, Progress.none(), Optional.empty(), Optional.empty());
    }

    /** Keep both captures under {@code dir} ({@code model/} and {@code real/}, a pcap file per capture point). */
    public LiveOptions withPcapDir(Path dir) {
        return new LiveOptions(backend, keep, lockFile, progress, prefix, Optional.of(dir));
    }

    public LiveOptions withBackend(IptablesBackend b) {
        return new LiveOptions(b, keep, lockFile, progress, prefix, pcapDir);
    }

    public LiveOptions withKeep(boolean k) {
        return new LiveOptions(backend, k, lockFile, progress, prefix, pcapDir);
    }

    public LiveOptions withProgress(Progress p) {
        return new LiveOptions(backend, keep, lockFile, p, prefix, pcapDir);
    }

    public LiveOptions withLockFile(Path f) {
        return new LiveOptions(backend, keep, f, progress, prefix, pcapDir);
    }

    public LiveOptions withPrefix(RunPrefix p) {
        return new LiveOptions(backend, keep, lockFile, progress, Optional.of(p), pcapDir);
    }
}
