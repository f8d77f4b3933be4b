package io.swarmsim.kernel.resolver;

import java.util.Set;

/** Whatever answers the client's queries (the simulator's embedded DNS); called once per lookup that misses the cache. */
@FunctionalInterface
public interface DnsServer {
    Answer query(String name, Set<RecordType> types);
}
