package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/** glibc {@code getaddrinfo}'s sort block: runs when there are two or more addresses. */
public final class GlibcSorter implements AddressSorter {
    private final String name;
    private final String description;
    private final GlibcComparator comparator;

    private GlibcSorter(String name, String description, ScopeModel scopes, Rule9Ipv4 rule9) {
        this.name = name;
        this.description = description;
        this.comparator = new GlibcComparator(scopes, rule9);
    }

    /** glibc 2.4–2.7: rule 9 on every IPv4 pair (full 32 bits), RFC 1918 site-local scope. */
    public static GlibcSorter old() {
        return new GlibcSorter("glibc-old", "glibc 2.4-2.7 getaddrinfo, RFC 3484 rules, glibc default table,"
            + " rule 9 on every IPv4 pair", ScopeModel.GLIBC_PRE_2_17, Rule9Ipv4.ALL_32BIT);
    }

    /** glibc ≥ 2.17: rule 9 for IPv4 only inside the source subnet and only with non-loopback IPv6. */
    public static GlibcSorter current() {
        return new GlibcSorter("glibc-current", "glibc >= 2.17 getaddrinfo, RFC 3484 rules, glibc default"
            + " table, rule 9 for IPv4 only inside the source subnet and only with a non-loopback IPv6 address",
            ScopeModel.GLIBC_2_17, Rule9Ipv4.SAME_SUBNET_32BIT_IF_V6_PRESENT);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SortResult sort(List<IpAddress> input, ClientHost host) {
        if (input.size() < 2) {
            return new SortResult(input, List.of(name + ": " + input.size() + " address, nothing to sort"));
        }
        List<String> notes = List.of();
        long v4 = input.stream().filter(IpAddress::isV4).count();
        if (comparator.rule9Mode() == Rule9Ipv4.SAME_SUBNET_32BIT_IF_V6_PRESENT && !host.hasNonLoopbackIpv6()
            && v4 >= 2) {
            notes = List.of("note: without the prefix list glibc computes 0xffffffff << 32, undefined behaviour"
                + " in C; the model uses the observed x86-64 result, an all-ones mask");
        }
        return PairwiseSorter.sort(name + ": " + description + "; sorting " + input.size() + " addresses", input, host, comparator, notes);
    }
}
