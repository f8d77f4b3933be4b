package io.swarmsim.engine.scenario;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invents nodes for a stack file that lists none: node1 (a manager), then one worker per hostname named by
 * a {@code node.hostname ==} constraint (file order), then further nodes {@code nodeN} as long as some
 * service's placement is not yet satisfied. Addresses are 192.168.99.100, .101, ... in order.
 */
final class DefaultNodes {
    static final IpAddress FIRST_ADDRESS = IpAddress.v4(192, 168, 99, 100);

    private DefaultNodes() {
    }

    static List<NodeDef> forServices(List<Service> services) {
        Map<String, Role> nodes = new LinkedHashMap<>();
        nodes.put("node1", Role.MANAGER);
        for (Service s : services) {
            for (Constraint c : s.constraints()) {
                if (c.key().equals(Constraint.HOSTNAME) && c.equal()) {
                    nodes.putIfAbsent(c.value(), Role.WORKER);
                }
            }
        }
        for (Service s : services) {
            boolean wantsManager = s.constraints().stream()
                .anyMatch(c -> c.key().equals(Constraint.ROLE) && c.equal() == c.value().equals("manager"));
            s.constraints().stream()
                .filter(c -> c.key().equals(Constraint.HOSTNAME) && c.equal())
                .forEach(c -> {
                    if (wantsManager) {
                        nodes.put(c.value(), Role.MANAGER);
                    }
                });
        }
        for (Service s : services) {
            if (list(nodes).stream().anyMatch(s::allows)) {
                continue;
            }
            boolean wantsManager = s.constraints().stream()
                .anyMatch(c -> c.key().equals(Constraint.ROLE) && c.equal() == c.value().equals("manager"));
            String name = freeName(nodes);
            NodeDef candidate = new NodeDef(name, wantsManager ? Role.MANAGER : Role.WORKER, FIRST_ADDRESS);
            if (s.allows(candidate)) {
                nodes.put(name, candidate.role());
            }
        }
        return list(nodes);
    }

    private static String freeName(Map<String, Role> nodes) {
        int i = 1;
        while (nodes.containsKey("node" + i)) {
            i++;
        }
        return "node" + i;
    }

    private static List<NodeDef> list(Map<String, Role> nodes) {
        List<NodeDef> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Role> e : nodes.entrySet()) {
            out.add(new NodeDef(e.getKey(), e.getValue(), IpAddress.v4(FIRST_ADDRESS.toInt() + i++)));
        }
        return out;
    }
}
