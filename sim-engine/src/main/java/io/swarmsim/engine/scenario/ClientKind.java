package io.swarmsim.engine.scenario;

/** How a workload's client turns the service name into an address, and for how long it keeps it. */
public enum ClientKind {
    /** The JVM's default: getaddrinfo, then InetAddress's own cache for 30 s whatever the TTL; the first address. */
    JAVA_DEFAULT("java-default"),
    /** Resolves once when it starts and keeps that address for its whole life (a connection pool, a config value). */
    RESOLVE_ONCE("resolve-once"),
    /** nginx with the name in proxy_pass: resolved at start only, every address kept, round robin, next address on error. */
    NGINX("nginx"),
    /** glibc getaddrinfo on every request, no cache (nscd off, as in containers); rule 9 sort, the first address. */
    GLIBC("glibc"),
    /** A caching stub resolver (dnsmasq, systemd-resolved) that keeps answers for their TTL (600 s from Docker's DNS). */
    CACHING_STUB("caching-stub");

    private final String word;

    ClientKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }
}
