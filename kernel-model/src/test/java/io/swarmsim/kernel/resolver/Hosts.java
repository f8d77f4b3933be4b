package io.swarmsim.kernel.resolver;

/** Client namespaces of the golden cases (§14): interface v0 is index 2, lo is index 1. */
final class Hosts {
    static final String LINK_LOCAL = "fe80::42:aff:fe00:2/64";

    private Hosts() {
    }

    /** {@code 10.0.0.2/24} on v0, default via 10.0.0.1, with or without the kernel's fe80:: on v0. */
    static StaticClientHost docker(boolean ipv6LinkLocal) {
        return client("10.0.0.2/24", "10.0.0.1", ipv6LinkLocal);
    }

    /** IPv6 disabled on v0 but {@code ::1} kept on lo: still no non-loopback IPv6. */
    static StaticClientHost dockerLoopbackIpv6Only() {
        return StaticClientHost.builder().loopback(true).address(2, "10.0.0.2/24").defaultRoute("10.0.0.1", 2).build();
    }

    static StaticClientHost client(String prefix, String gateway, boolean ipv6LinkLocal) {
        StaticClientHost.Builder b = StaticClientHost.builder().loopback(ipv6LinkLocal).address(2, prefix);
        if (ipv6LinkLocal) {
            b.address(2, LINK_LOCAL);
        }
        return b.defaultRoute(gateway, 2).build();
    }
}
