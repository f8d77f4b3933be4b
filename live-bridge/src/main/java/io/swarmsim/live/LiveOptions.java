package io.swarmsim.live;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to run: the iptables backend, whether to keep the namespaces afterwards ({@code --keep}: for
 * looking around with {@code ip netns exec}; {@code sim live clean} removes them), where the lock
 * lives, who hears the steps, and (for tests) a fixed run prefix instead of the pid's.
 */
public record LiveOptions(IptablesBackend backend, boolean keep, Path lockFile, Progress progress, Optional<RunPrefix> prefix) {
    public static LiveOptions defaults() {
        return new LiveOptions(IptablesBackend.NFT, false, LiveLock.DEFAULT, Progress.none(), Optional.empty());
    }

    public LiveOptions withBackend(IptablesBackend b) {
        return new LiveOptions(b, keep, lockFile, progress, prefix);
    }

    public LiveOptions withKeep(boolean k) {
        return new LiveOptions(backend, k, lockFile, progress, prefix);
    }

    public LiveOptions withProgress(Progress p) {
        return new LiveOptions(backend, keep, lockFile, p, prefix);
    }

    public LiveOptions withLockFile(Path f) {
        return new LiveOptions(backend, keep, f, progress, prefix);
    }

    public LiveOptions withPrefix(RunPrefix p) {
        return new LiveOptions(backend, keep, lockFile, progress, Optional.of(p));
    }
}
