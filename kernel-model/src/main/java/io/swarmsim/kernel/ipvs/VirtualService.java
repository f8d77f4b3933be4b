package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A virtual service ({@code struct ip_vs_service}): its key, scheduler, flags (none are modelled:
 * no persistence, as Docker sets none) and destinations in kernel list order (newest first).
 */
public final class VirtualService {
    private final ServiceKey key;
    private Scheduler scheduler;
    private final List<RealServer> destinations = new ArrayList<>();

    private final IpvsStats stats = new IpvsStats();

    VirtualService(ServiceKey key, Scheduler scheduler) {
        this.key = key;
        this.scheduler = scheduler;
    }

    public ServiceKey key() {
        return key;
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public String schedulerName() {
        return scheduler.name();
    }

    /** Destinations in kernel list order: the most recently added first. */
    public List<RealServer> destinations() {
        return Collections.unmodifiableList(destinations);
    }

    public IpvsStats stats() {
        return stats;
    }

    public Optional<RealServer> destination(IpAddress address, int port) {
        for (RealServer d : destinations) {
            if (d.matches(address, port)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    void scheduler(Scheduler s) {
        this.scheduler = s;
        for (RealServer d : destinations) {
            s.destAdded(this, d);
        }
    }

    void add(RealServer d) {
        destinations.add(0, d);
        scheduler.destAdded(this, d);
    }

    void remove(RealServer d) {
        int i = destinations.indexOf(d);
        destinations.remove(i);
        d.unavailable();
        scheduler.destRemoved(this, d, i);
    }

    void updated(RealServer d) {
        scheduler.destUpdated(this, d);
    }

    @Override
    public String toString() {
        return key + " " + scheduler.name();
    }
}
