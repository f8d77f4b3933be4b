package io.swarmsim.engine.apps;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.images.ImageProfile;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.PacketIds;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netns.NetNamespace;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.resolver.ClientProfiles;
import io.swarmsim.kernel.resolver.ConnectPolicy;
import io.swarmsim.kernel.resolver.NoSorter;
import io.swarmsim.kernel.resolver.PositiveCache;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Where a user command runs and what it can see: the namespace, the image's behaviour, the
 * cluster (to name the task behind an address), and the run's seeded streams.
 *
 * @param trace        where the command's application decisions go
 * @param epochSeconds wall-clock time the simulation's zero stands for (dig prints it)
 * @param servers      what each task serves, and which task answered each request
 * @param jvmCache     the InetAddress cache of the container's long-running JVM client (Java images)
 * @param names        a container's name resolution (its /etc/hosts, resolv.conf search domains); empty on a node
 */
public record CommandEnv(Fabric fabric, TraceSink trace, NetNamespace ns, String where, ImageProfile image, Cluster cluster, PacketIds ids,
                         SplittableRandom random, long epochSeconds, TaskServers servers,
                         PositiveCache jvmCache, Optional<ContainerNames> names) {
    private static final ClientProfiles PROFILES = ClientProfiles.standard();

    /** The profile of the libc or runtime the image resolves with. */
    public ClientProfile libc() {
        return PROFILES.get(image.resolver());
    }

    /** How {@code curl} (or the image's HTTP client) turns a name into addresses. */
    public ClientProfile httpClient() {
        return switch (image.http()) {
            case GO -> PROFILES.get("go-pure");
            case JAVA -> PROFILES.get("java-default");
            case BUSYBOX -> libc().application("wget", "BusyBox wget: first address, no fallback");
            case CURL -> libc().application("curl", "curl on " + image.resolver() + ": first address, next one on connection refused")
                    .withConnectPolicy(ConnectPolicy.SEQUENTIAL_ON_REFUSED);
        };
    }

    /** How {@code ping} turns a name into an address. */
    public ClientProfile ping() {
        return switch (image.ping()) {
            case LEGACY -> libc().application("ping", "iputils ping <= s20151218: gethostbyname, DNS order, first address")
                    .withLookup("gethostbyname", ClientProfile.A_ONLY, new NoSorter("gethostbyname (iputils <= s20151218)"));
            case MODERN -> libc().application("ping", "iputils ping >= s20160308: getaddrinfo, first address")
                    .withConnectPolicy(ConnectPolicy.NEXT_ON_UNREACHABLE_ONLY);
            case BUSYBOX -> libc().application("ping", "BusyBox ping: getaddrinfo, first address");
        };
    }

    /** Tells the trace what the application decided (when anyone listens). */
    public void decided(String app, TraceEvent.AppAction action, IpAddress address, int port, String detail) {
        if (trace.wants(TraceEvent.Kind.APP_DECISION)) {
            trace.event(new TraceEvent.AppDecision(fabric.loop().now(), PacketIds.application(ids.request()), Place.of(ns.name()),
                    app, action, address, port, detail));
        }
    }

    /** The task answering at {@code ip}, named for the report. */
    public Optional<String> taskAt(IpAddress ip) {
        return cluster.taskByAddress(ip).map(Cluster.Task::name);
    }
}
