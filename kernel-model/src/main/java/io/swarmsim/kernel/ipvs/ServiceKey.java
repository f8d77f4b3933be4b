package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.packet.Protocol;

import java.util.Comparator;
import java.util.Objects;

/**
 * How a virtual service is addressed: by firewall mark ({@code ipvsadm -f 279}, printed {@code FWM  279})
 * or by protocol, address and port ({@code ipvsadm -t 10.0.0.4:80}, printed {@code TCP  10.0.0.4:80}).
 * For a fwmark service {@code protocol}, {@code address} and {@code port} are null / 0.
 */
public record ServiceKey(int fwmark, Protocol protocol, IpAddress address, int port) {

    public ServiceKey {
        if (fwmark < 0) {
            throw new IllegalArgumentException("fwmark is unsigned: " + fwmark);
        }
        if (fwmark == 0) {
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(address, "address");
            if (protocol == Protocol.ICMP) {
                throw new IllegalArgumentException("IPVS services are TCP or UDP, not ICMP");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
        } else if (protocol != null || address != null || port != 0) {
            throw new IllegalArgumentException("a fwmark service has no protocol, address or port");
        }
    }

    public static ServiceKey fwmark(int mark) {
        if (mark == 0) {
            throw new IllegalArgumentException("fwmark is an integer greater than zero");
        }
        return new ServiceKey(mark, null, null, 0);
    }

    public static ServiceKey of(Protocol protocol, IpAddress address, int port) {
        return new ServiceKey(0, protocol, address, port);
    }

    public boolean isFwmark() {
        return fwmark != 0;
    }

    /**
     * The sort order of ipvsadm's listing (libipvs/libipvs.c {@code ipvs_cmp_services}): fwmark, then
     * protocol number, then address, then port. libipvs subtracts the addresses as signed ints, which is
     * not transitive across 0x80000000; this model compares them unsigned instead.
     */
    public static final Comparator<ServiceKey> LISTING_ORDER = Comparator
            .comparingLong((ServiceKey k) -> Integer.toUnsignedLong(k.fwmark))
            .thenComparingInt(k -> k.protocol == null ? 0 : k.protocol.number())
            .thenComparing(k -> k.address, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(k -> k.port);

    /** {@code FWM 279} or {@code TCP 10.0.0.4:80}: the name used in reason texts. */
    @Override
    public String toString() {
        return isFwmark() ? "FWM " + Integer.toUnsignedString(fwmark)
                : protocol.keyword().toUpperCase(java.util.Locale.ROOT) + " " + IpvsText.addrPort(address, port);
    }
}
