package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How one libc, runtime or application turns a DNS answer into the address it uses. Immutable;
 * application profiles are built from a libc profile with the {@code with...} methods.
 *
 * @param name registry name, e.g. {@code curl}
 * @param description one line for learners
 * @param basedOn the libc profile this composes on (its own name for a libc profile)
 * @param resolverPath the lookup call, e.g. {@code glibc getaddrinfo (AF_UNSPEC)}
 * @param queries the query types sent
 * @param assembly how the A and AAAA sections are concatenated
 * @param sorter the libc/runtime sort
 * @param familyReorder the runtime's regrouping after the sort
 * @param cache the process-level positive cache
 * @param connectPolicy what happens when an address fails
 */
public record ClientProfile(String name, String description, String basedOn, String resolverPath,
                            Set<RecordType> queries, AnswerAssembly assembly, AddressSorter sorter,
                            FamilyReorder familyReorder, CachePolicy cache, ConnectPolicy connectPolicy) {
    public static final Set<RecordType> A_ONLY = Set.of(RecordType.A);
    public static final Set<RecordType> A_AND_AAAA = Set.of(RecordType.A, RecordType.AAAA);

    public ClientProfile {
        queries = Set.copyOf(EnumSet.copyOf(queries));
        if (queries.isEmpty()) {
            throw new IllegalArgumentException(name + " sends no query");
        }
    }

    /** A libc or runtime profile: first address, no cache, no family reorder. */
    public static ClientProfile libc(String name, String description, String resolverPath,
                                     AnswerAssembly assembly, AddressSorter sorter) {
        return new ClientProfile(name, description, name, resolverPath, A_AND_AAAA, assembly, sorter,
            FamilyReorder.NONE, CachePolicy.NONE, ConnectPolicy.NONE);
    }

    /** An application composed on this profile: same lookup, new name. */
    public ClientProfile application(String appName, String appDescription) {
        return new ClientProfile(appName, appDescription, name, resolverPath, queries, assembly, sorter,
            familyReorder, cache, connectPolicy);
    }

    /** A different lookup call (e.g. {@code gethostbyname}: A only, no sort). */
    public ClientProfile withLookup(String path, Set<RecordType> types, AddressSorter newSorter) {
        return new ClientProfile(name, description, basedOn, path, types, assembly, newSorter, familyReorder,
            cache, connectPolicy);
    }

    public ClientProfile withFamilyReorder(FamilyReorder reorder) {
        return new ClientProfile(name, description, basedOn, resolverPath, queries, assembly, sorter, reorder,
            cache, connectPolicy);
    }

    public ClientProfile withCache(CachePolicy policy) {
        return new ClientProfile(name, description, basedOn, resolverPath, queries, assembly, sorter,
            familyReorder, policy, connectPolicy);
    }

    public ClientProfile withConnectPolicy(ConnectPolicy policy) {
        return new ClientProfile(name, description, basedOn, resolverPath, queries, assembly, sorter,
            familyReorder, cache, policy);
    }

    /** Whether this profile sends an AAAA query next to the A query (glibc getaddrinfo with AF_UNSPEC does). */
    public boolean sendsAaaa() {
        return queries.contains(RecordType.AAAA);
    }

    /**
     * Orders a fresh answer (no cache involved) and says why, step by step: the result carries this
     * profile's name, the assembled input, the final order and the typed pairs that decided it.
     */
    public Resolution order(Answer answer, ClientHost host) {
        List<String> reasons = new ArrayList<>();
        reasons.add(assembly.describe(resolverPath, answer, queries));
        List<IpAddress> input = assembly.assemble(answer, queries);
        SortResult sorted = sorter.sort(input, host);
        reasons.addAll(sorted.reasons());
        List<IpAddress> out = familyReorder.apply(sorted.addresses());
        String reorder = familyReorder.describe(name, sorted.addresses());
        if (reorder != null) {
            reasons.add(reorder);
        }
        reasons.add(name + ": uses the first address, " + (out.isEmpty() ? "none" : out.get(0)));
        return new Resolution(name, input, out, familyReorder.pairs(name, sorted.addresses(), sorted.pairs()),
            reasons, false);
    }

    /** Where this application ends up, given the ordered list and what each address does. */
    public ConnectResult connect(List<IpAddress> ordered, Function<IpAddress, ConnectOutcome> outcomeOf) {
        return ConnectFallback.run(name, connectPolicy, ordered, outcomeOf);
    }

    /** A fresh per-process cache for this profile (empty if the policy does not cache). */
    public PositiveCache newCache() {
        return cache.newCache();
    }
}
