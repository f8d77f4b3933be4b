package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.Packet;

/**
 * One IPVS scheduling module ({@code struct ip_vs_scheduler}). An instance belongs to one virtual
 * service and holds that service's scheduling state (the kernel's {@code svc->sched_data}).
 * The destination list it sees is in kernel order: the newest destination first
 * ({@code list_add_rcu} in ip_vs_ctl.c {@code __ip_vs_update_dest}).
 */
public interface Scheduler {
    /** The module name: {@code rr}, {@code wrr}, {@code lc}, {@code wlc}, {@code sh}. */
    String name();

    /** Picks a destination for the first packet of a new connection, with the reason. */
    Pick schedule(VirtualService svc, Packet packet);

    /** {@code add_dest}: {@code dest} was just linked at the head of the list. */
    default void destAdded(VirtualService svc, RealServer dest) {
    }

    /** {@code del_dest}: {@code dest} was unlinked; it stood at {@code formerIndex} of the list. */
    default void destRemoved(VirtualService svc, RealServer dest, int formerIndex) {
    }

    /** {@code upd_dest}: weight or forwarding method of {@code dest} changed. */
    default void destUpdated(VirtualService svc, RealServer dest) {
    }

    /** A scheduling result: the destination (null if none is available) and why. */
    record Pick(RealServer server, java.util.function.Supplier<String> why) {
        /** A pick whose explanation is already written. */
        public static Pick eager(RealServer server, String reason) {
            return new Pick(server, () -> reason);
        }

        /** The scheduler's explanation, built only when someone reads it. */
        public String reason() {
            return why.get();
        }

        public static Pick none(String scheduler, VirtualService svc, String why) {
            return new Pick(null, () -> scheduler + ": " + why + " in " + svc.key());
        }
    }
}
