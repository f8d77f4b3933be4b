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
                          Optional<Path> pcapDir, IpvsApply ipvs) {
    /** nft, namespaces removed, the default lock, no progress, the pid's prefix, no captures kept, IPVS as this machine can ({@link IpvsApply#detect}). */
    public static LiveOptions defaults() {
        return new LiveOptions(IptablesBackend.NFT, false, LiveLock.DEFAULT, Progress.none(), Optional.empty(), Optional.empty(), IpvsApply.detect());
    }

    /** Keep both captures under {@code dir} ({@code model/} and {@code real/}, a pcap file per capture point). */
    public LiveOptions withPcapDir(Path dir) {
        return new LiveOptions(backend, keep, lockFile, progress, prefix, Optional.of(dir), ipvs);
    }

    public LiveOptions withBackend(IptablesBackend b) {
        return new LiveOptions(b, keep, lockFile, progress, prefix, pcapDir, ipvs);
    }

    public LiveOptions withKeep(boolean k) {
        return new LiveOptions(backend, k, lockFile, progress, prefix, pcapDir, ipvs);
    }

    public LiveOptions withProgress(Progress p) {
        return new LiveOptions(backend, keep, lockFile, p, prefix, pcapDir, ipvs);
    }

    public LiveOptions withLockFile(Path f) {
        return new LiveOptions(backend, keep, f, progress, prefix, pcapDir, ipvs);
    }

    public LiveOptions withPrefix(RunPrefix p) {
        return new LiveOptions(backend, keep, lockFile, progress, Optional.of(p), pcapDir, ipvs);
    }

    /** Load IPVS services as {@code i} says (the kernel's needs IP_VS and ipvsadm). */
    public LiveOptions withIpvs(IpvsApply i) {
        return new LiveOptions(backend, keep, lockFile, progress, prefix, pcapDir, i);
    }
}
