package io.swarmsim.engine.views;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.kernel.net.IpAddress;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code docker service inspect --format <template> <svc>} for the templates a learner uses:
 * {@code {{.Endpoint.VirtualIPs}}} prints the slice of EndpointVirtualIP structs in Go's {@code %v}
 * form, {@code [{<network id> 10.0.0.4/24}]} (one {@code {NetworkID Addr}} per network, space
 * separated; {@code []} when the service has none, as in dnsrr mode), plus {@code {{.ID}}},
 * {@code {{.Spec.Name}}} and {@code {{.Spec.EndpointSpec.Mode}}}.
 */
final class ServiceInspectView {
    static final String SUPPORTED = "{{.Endpoint.VirtualIPs}}, {{.ID}}, {{.Spec.Name}}, {{.Spec.EndpointSpec.Mode}}";

    private ServiceInspectView() {
    }

    /** The template's output (without the trailing newline), or empty when the template is not modelled. */
    static Optional<String> format(ViewContext ctx, Cluster.ServiceState s, String template) {
        return switch (template.trim()) {
            case "{{.Endpoint.VirtualIPs}}" -> Optional.of(virtualIps(ctx, s));
            case "{{.ID}}" -> Optional.of(s.id());
            case "{{.Spec.Name}}" -> Optional.of(s.name());
            case "{{.Spec.EndpointSpec.Mode}}" -> Optional.of(s.spec().endpointMode().text());
            default -> Optional.empty();
        };
    }

    static String virtualIps(ViewContext ctx, Cluster.ServiceState s) {
        return s.vips().entrySet().stream().map(e -> entry(ctx, e)).collect(Collectors.joining(" ", "[", "]"));
    }

    private static String entry(ViewContext ctx, Map.Entry<String, IpAddress> e) {
        Cluster.Network net = ctx.cluster().network(e.getKey()).orElseThrow();
        return "{" + net.id() + " " + e.getValue() + "/" + net.subnet().length() + "}";
    }
}
