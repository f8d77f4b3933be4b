package io.swarmsim.kernel.resolver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of client profiles by name: {@code glibc-old}, {@code glibc-current}, {@code musl},
 * {@code go-pure}, {@code java-default}, {@code curl}, {@code ping-legacy}, {@code ping-modern},
 * {@code dig}, {@code busybox}. Immutable.
 */
public final class ClientProfiles {
    private final Map<String, ClientProfile> byName;

    private ClientProfiles(Map<String, ClientProfile> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The standard profiles of the reference notes (§13.3). */
    public static ClientProfiles standard() {
        Map<String, ClientProfile> m = new LinkedHashMap<>();
        ClientProfile glibcOld = ClientProfile.libc("glibc-old", "glibc 2.4-2.7 getaddrinfo",
            "glibc getaddrinfo (AF_UNSPEC)", AnswerAssembly.A_THEN_AAAA, GlibcSorter.old());
        ClientProfile glibc = ClientProfile.libc("glibc-current", "glibc >= 2.17 getaddrinfo",
            "glibc getaddrinfo (AF_UNSPEC)", AnswerAssembly.A_THEN_AAAA, GlibcSorter.current());
        ClientProfile musl = ClientProfile.libc("musl", "musl >= 1.1.3 getaddrinfo (Alpine)",
            "musl getaddrinfo (AF_UNSPEC)", AnswerAssembly.AAAA_THEN_A, new MuslSorter());
        ClientProfile go = ClientProfile.libc("go-pure", "Go pure resolver (CGO_ENABLED=0 or netgo)",
            "Go pure resolver", AnswerAssembly.RESPONSE_ARRIVAL, new GoSorter())
            .withConnectPolicy(ConnectPolicy.SEQUENTIAL_ON_REFUSED);
        put(m, glibcOld);
        put(m, glibc);
        put(m, musl);
        put(m, go);
        put(m, glibc.application("java-default", "OpenJDK on glibc: libc order, IPv4 first, 30 s InetAddress"
                + " cache; HttpURLConnection/HttpClient try the first address only")
            .withFamilyReorder(FamilyReorder.IPV4_FIRST)
            .withCache(CachePolicy.fixedSeconds(30, "JVM InetAddress cache")));
        put(m, glibc.application("curl", "curl on glibc: getaddrinfo order, first address, next address on"
                + " connect failure (Happy Eyeballs between families not modelled)")
            .withCache(CachePolicy.fixedSeconds(60, "curl per-handle DNS cache"))
            .withConnectPolicy(ConnectPolicy.SEQUENTIAL_ON_REFUSED));
        put(m, glibc.application("ping-legacy", "iputils ping <= s20151218: gethostbyname, DNS order, first"
                + " address")
            .withLookup("glibc gethostbyname", ClientProfile.A_ONLY,
                new NoSorter("gethostbyname (iputils <= s20151218)")));
        put(m, glibc.application("ping-modern", "iputils ping >= s20160308: getaddrinfo order, next address"
                + " only on EHOSTUNREACH/ENETUNREACH")
            .withConnectPolicy(ConnectPolicy.NEXT_ON_UNREACHABLE_ONLY));
        put(m, glibc.application("dig", "dig: prints the answer as received")
            .withLookup("dig (its own DNS client)", ClientProfile.A_ONLY, new NoSorter("dig")));
        put(m, musl.application("busybox", "BusyBox ping/wget on musl (Alpine): first address, no fallback"));
        return new ClientProfiles(m);
    }

    private static void put(Map<String, ClientProfile> m, ClientProfile p) {
        if (m.putIfAbsent(p.name(), p) != null) {
            throw new IllegalStateException("duplicate profile " + p.name());
        }
    }

    public Optional<ClientProfile> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The profile, or an exception listing the known names. */
    public ClientProfile get(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException(
            "unknown client profile '" + name + "'; known: " + names()));
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
