package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.session.Session;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Each container's {@code /etc/resolv.conf} and {@code /etc/hosts} for its real namespace, the
 * desired state's own: resolv.conf with the service's search domains, nameserver 127.0.0.11 and
 * {@code options ndots:0}; the hosts file Docker writes (localhost, the IPv6 names, the service's
 * extra_hosts, the container's address and its short ID as hostname), so the real C library finds
 * in the file exactly what the model's resolvers find there.
 */
final class ContainerFiles {
    private ContainerFiles() {
    }

    static void write(Session session, UnaryOperator<String> realNetns, NetnsEtc etc) {
        of(session.desired()).forEach((ns, files) -> files.forEach((name, text) -> etc.write(realNetns.apply(ns), name, text)));
    }

    /** Per container namespace of {@code state}, its files by name: resolv.conf and hosts. */
    static Map<String, Map<String, String>> of(DesiredState state) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (DesiredState.Namespace ns : state.namespaces()) {
            ns.dns().ifPresent(d -> {
                Map<String, String> files = new LinkedHashMap<>();
                files.put("resolv.conf", d.resolvConf().render());
                files.put("hosts", d.hosts().render());
                out.put(ns.name(), files);
            });
        }
        return out;
    }
}
