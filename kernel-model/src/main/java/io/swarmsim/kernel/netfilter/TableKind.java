package io.swarmsim.kernel.netfilter;

import java.util.List;

/**
 * The four iptables tables this model knows, in the order the model's iptables-save prints them,
 * each with the built-in chains the kernel registers for it.
 */
public enum TableKind {
    RAW("raw", List.of(Hook.PREROUTING, Hook.OUTPUT)),
    MANGLE("mangle", List.of(Hook.PREROUTING, Hook.INPUT, Hook.FORWARD, Hook.OUTPUT, Hook.POSTROUTING)),
    FILTER("filter", List.of(Hook.INPUT, Hook.FORWARD, Hook.OUTPUT)),
    NAT("nat", List.of(Hook.PREROUTING, Hook.INPUT, Hook.OUTPUT, Hook.POSTROUTING));

    private final String tableName;
    private final List<Hook> hooks;

    TableKind(String tableName, List<Hook> hooks) {
        this.tableName = tableName;
        this.hooks = hooks;
    }

    /** The name used after {@code -t} and {@code *}. */
    public String tableName() {
        return tableName;
    }

    /** Hooks with a built-in chain in this table, in kernel order. */
    public List<Hook> hooks() {
        return hooks;
    }

    public boolean hasHook(Hook hook) {
        return hooks.contains(hook);
    }

    /** This table's priority at {@code hook}; nat is a destination NAT before routing, source NAT after. */
    public int priority(Hook hook) {
        return switch (this) {
            case RAW -> HookPriority.RAW;
            case MANGLE -> HookPriority.MANGLE;
            case FILTER -> HookPriority.FILTER;
            case NAT -> (hook == Hook.PREROUTING || hook == Hook.OUTPUT) ? HookPriority.NAT_DST : HookPriority.NAT_SRC;
        };
    }

    public static TableKind byName(String name) {
        for (TableKind k : values()) {
            if (k.tableName.equals(name)) {
                return k;
            }
        }
        return null;
    }
}
