package io.swarmsim.live.diff;

import java.util.List;
import java.util.Locale;

/**
 * The two iptables backends of iptables 1.8.9: nf_tables (the default) and the legacy x_tables.
 * Each run names its backend, since they may differ (in what they refuse, or in policy counters)
 * while the model has to match both.
 */
enum Backend {
    NFT("iptables-nft-restore", "iptables-nft-save"),
    LEGACY("iptables-legacy-restore", "iptables-legacy-save");

    private final String restore;
    private final String save;

    Backend(String restore, String save) {
        this.restore = restore;
        this.save = save;
    }

    String restore() {
        return restore;
    }

    String save() {
        return save;
    }

    /** The program names the backend needs. */
    List<String> tools() {
        return List.of(restore, save);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
