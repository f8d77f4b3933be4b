package io.swarmsim.kernel.netfilter;

/** The five IPv4 netfilter hooks, in the order a forwarded packet meets them. */
public enum Hook {
    PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING;

    /** The name of the built-in chain attached to this hook (same as the hook). */
    public String chainName() {
        return name();
    }

    /** The hook whose built-in chain is named {@code name}, or null. */
    public static Hook ofChain(String name) {
        for (Hook h : values()) {
            if (h.name().equals(name)) {
                return h;
            }
        }
        return null;
    }
}
