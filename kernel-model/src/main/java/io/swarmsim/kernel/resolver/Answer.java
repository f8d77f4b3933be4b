package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * A DNS answer as it came off the wire. The A and AAAA sections stay separate and each keeps its
 * arrival order, because libraries concatenate them differently (glibc A then AAAA, musl AAAA then
 * A, Go in response-arrival order).
 *
 * @param a the A records, in answer order (IPv4 only)
 * @param aaaa the AAAA records, in answer order (IPv6 only)
 * @param firstResponse which of the two parallel responses arrived first (matters for Go only)
 * @param ttlSeconds the record TTL the server announced (Docker's embedded DNS uses 600)
 */
public record Answer(List<IpAddress> a, List<IpAddress> aaaa, RecordType firstResponse, long ttlSeconds) {
    public static final long DOCKER_TTL_SECONDS = 600;

    public Answer {
        a = List.copyOf(a);
        aaaa = List.copyOf(aaaa);
        if (firstResponse == null) {
            throw new IllegalArgumentException("firstResponse is required");
        }
        if (ttlSeconds < 0) {
            throw new IllegalArgumentException("negative TTL " + ttlSeconds);
        }
        for (IpAddress x : a) {
            if (!x.isV4()) {
                throw new IllegalArgumentException("A record with an IPv6 address: " + x);
            }
        }
        for (IpAddress x : aaaa) {
            if (!x.isV6()) {
                throw new IllegalArgumentException("AAAA record with an IPv4 address: " + x);
            }
        }
    }

    /** A and AAAA sections, A response first, Docker's TTL. */
    public static Answer of(List<IpAddress> a, List<IpAddress> aaaa) {
        return new Answer(a, aaaa, RecordType.A, DOCKER_TTL_SECONDS);
    }

    /** An IPv4-only answer from address texts, in the given order. */
    public static Answer ofA(String... addresses) {
        return of(parse(addresses), List.of());
    }

    /** Parses address texts in order. */
    public static List<IpAddress> parse(String... addresses) {
        List<IpAddress> out = new ArrayList<>();
        for (String s : addresses) {
            out.add(IpAddress.parse(s));
        }
        return List.copyOf(out);
    }

    public Answer withFirstResponse(RecordType type) {
        return new Answer(a, aaaa, type, ttlSeconds);
    }

    /** The section for one record type. */
    public List<IpAddress> section(RecordType type) {
        return type == RecordType.A ? a : aaaa;
    }
}
