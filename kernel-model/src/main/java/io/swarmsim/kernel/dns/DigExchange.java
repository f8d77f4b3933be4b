package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything {@code dig} shows about one completed query.
 *
 * @param commandArgs the arguments after {@code dig}, as typed (e.g. {@code "vote"}, {@code "vote AAAA"})
 * @param reply the reply as received; its encoded length is the "MSG SIZE rcvd"
 * @param server the server dig asked (127.0.0.11 in a container)
 * @param port the server port (53)
 * @param transport UDP unless dig used TCP
 * @param queryTimeMillis time from sending the query to receiving the reply, in the simulator's clock
 * @param whenEpochSeconds when the reply was received, seconds since the epoch
 * @param zone the time zone dig's {@code WHEN:} line is printed in (the container's TZ, usually UTC)
 */
public record DigExchange(String commandArgs, DnsMessage reply, IpAddress server, int port, Transport transport,
        long queryTimeMillis, long whenEpochSeconds, ZoneId zone) {
    public DigExchange {
        Objects.requireNonNull(commandArgs);
        Objects.requireNonNull(reply);
        Objects.requireNonNull(server);
        Objects.requireNonNull(transport);
        Objects.requireNonNull(zone);
        if (queryTimeMillis < 0) {
            throw new IllegalArgumentException("negative query time");
        }
    }

    /** A UDP query to Docker's embedded server at 127.0.0.11#53, with the time in UTC. */
    public static DigExchange embedded(String commandArgs, DnsMessage reply, long queryTimeMillis,
            long whenEpochSeconds) {
        return new DigExchange(commandArgs, reply, DockerEmbeddedDns.ADDRESS, 53, Transport.UDP, queryTimeMillis,
                whenEpochSeconds, ZoneId.of("UTC"));
    }
}
