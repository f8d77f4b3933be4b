package io.swarmsim.live;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code sim live clean}: removes what any earlier run left (namespaces of the prefix family
 * {@code ss<4 hex>-*}, and the lock file), under the lock so it cannot pull namespaces from under a
 * run in progress. Idempotent: a second clean finds nothing and says so.
 */
public final class Cleaner {
    private Cleaner() {
    }

    /** The namespaces removed (empty when there was nothing to clean). */
    public static List<String> clean(CommandRunner runner, Path lockFile, Progress progress) {
        try (LiveLock lock = LiveLock.acquire(lockFile, "clean")) {
            List<String> removed = new Teardown(runner).remove(RunPrefix::family, progress);
            lock.removeFile();
            return removed;
        }
    }
}
