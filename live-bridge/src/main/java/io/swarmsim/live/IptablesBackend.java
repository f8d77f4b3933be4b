package io.swarmsim.live;

import java.util.Locale;
import java.util.Optional;

/**
 * Which iptables a run uses, always named by its own program ({@code iptables-nft-restore},
 * {@code iptables-legacy}) rather than the {@code iptables} alternative, so the backend is the one
 * the report names whatever the machine's default is. One backend per run: the two must not be
 * mixed in a namespace. With nft the built-in chains' policy counters stay 0.
 */
public enum IptablesBackend {
    NFT("nft"), LEGACY("legacy");

    private final String word;

    IptablesBackend(String word) {
        this.word = word;
    }

    /** {@code nft} or {@code legacy}, as {@code --iptables} takes it. */
    public String word() {
        return word;
    }

    public static Optional<IptablesBackend> parse(String text) {
        for (IptablesBackend b : values()) {
            if (b.word.equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** {@code iptables-nft} or {@code iptables-legacy}. */
    public String iptables() {
        return "iptables-" + word;
    }

    public String restore() {
        return "iptables-" + word + "-restore";
    }

    public String save() {
        return "iptables-" + word + "-save";
    }
}
