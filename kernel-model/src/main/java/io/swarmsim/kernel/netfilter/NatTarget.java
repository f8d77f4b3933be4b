package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;

/**
 * {@code -j DNAT --to-destination [a[-b]][:p[-q]]}, {@code -j SNAT --to-source ...},
 * {@code -j MASQUERADE [--to-ports p[-q]]}, {@code -j REDIRECT [--to-ports p[-q]]}. Terminal.
 *
 * @param addressMin null when only ports are given (or for MASQUERADE/REDIRECT)
 * @param ports      null to keep the port
 */
public record NatTarget(NatKind kind, IpAddress addressMin, IpAddress addressMax, PortRange ports) implements Target {

    public NatAction action() {
        return new NatAction(kind, addressMin, addressMax,
                ports == null ? 0 : ports.low(), ports == null ? 0 : ports.high());
    }

    @Override
    public String name() {
        return kind.name();
    }

    /** {@code a[-b][:p[-q]]} as libxt_DNAT/SNAT print a range. */
    String rangeText() {
        StringBuilder sb = new StringBuilder();
        if (addressMin != null) {
            sb.append(addressMin);
            if (!addressMax.equals(addressMin)) {
                sb.append('-').append(addressMax);
            }
        }
        if (ports != null) {
            sb.append(':').append(ports.format('-'));
        }
        return sb.toString();
    }

    @Override
    public String listText() {
        return switch (kind) {
            case DNAT, SNAT -> " to:" + rangeText();
            case REDIRECT -> ports == null ? "" : " redir ports " + ports.format('-');
            case MASQUERADE -> ports == null ? "" : " masq ports: " + ports.format('-');
        };
    }

    @Override
    public String saveText() {
        return switch (kind) {
            case DNAT -> " -j DNAT --to-destination " + rangeText();
            case SNAT -> " -j SNAT --to-source " + rangeText();
            case REDIRECT, MASQUERADE -> " -j " + kind.name() + (ports == null ? "" : " --to-ports " + ports.format('-'));
        };
    }
}
