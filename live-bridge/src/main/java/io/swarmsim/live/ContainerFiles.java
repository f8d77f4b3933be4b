package io.swarmsim.live;

import io.swarmsim.engine.control.Allocator;
import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.session.Session;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Each container's {@code /etc/resolv.conf} and {@code /etc/hosts} for its real namespace: the
 * resolv.conf is the model's own ({@code cat /etc/resolv.conf} in the session: nameserver
 * 127.0.0.11, {@code options ndots:0}); the hosts file is the one Docker writes (localhost, the
 * IPv6 names, the container's address and its short ID as hostname), so no name the experiment
 * asks for is found in a file instead of the DNS.
 */
final class ContainerFiles {
    private ContainerFiles() {
    }

    static void write(Session session, UnaryOperator<String> realNetns, NetnsEtc etc) {
        for (Cluster.Task t : session.cluster().tasks()) {
            session.desired().ofTask(t.name()).ifPresent(ns -> {
                String real = realNetns.apply(ns.name());
                etc.write(real, "resolv.conf", session.exec(t.name(), "cat /etc/resolv.conf"));
                etc.write(real, "hosts", hosts(t));
            });
        }
    }

    static String hosts(Cluster.Task t) {
        StringBuilder sb = new StringBuilder("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n"
                + "ff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n");
        t.addresses().entrySet().stream().filter(e -> !e.getKey().equals(Allocator.INGRESS) && !e.getKey().equals(Allocator.GWBRIDGE))
                .map(Map.Entry::getValue).findFirst()
                .ifPresent(ip -> sb.append(ip).append('\t').append(t.shortContainerId()).append('\n'));
        return sb.toString();
    }
}
