package io.swarmsim.kernel.netfilter;

import java.util.Set;

/** The NAT targets and the hooks the kernel allows each at. */
public enum NatKind {
    DNAT(Set.of(Hook.PREROUTING, Hook.OUTPUT)),
    SNAT(Set.of(Hook.POSTROUTING, Hook.INPUT)),
    MASQUERADE(Set.of(Hook.POSTROUTING)),
    REDIRECT(Set.of(Hook.PREROUTING, Hook.OUTPUT));

    private final Set<Hook> hooks;

    NatKind(Set<Hook> hooks) {
        this.hooks = hooks;
    }

    public Set<Hook> allowedHooks() {
        return hooks;
    }

    /** Destination NAT kinds rewrite the destination; the others the source. */
    public boolean destination() {
        return this == DNAT || this == REDIRECT;
    }
}
