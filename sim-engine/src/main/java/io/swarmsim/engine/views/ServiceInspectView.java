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
    static final String SUPPORTED = "{{.Endpoint.VirtualIPs}}, {{.ID}}, {{.Spec.Name}}, {{.Spec.EndpointSpec.Mode}}, "
            + "{{json .Spec.Labels}}, {{index .Spec.Labels \"KEY\"}}";
    private static final java.util.regex.Pattern INDEX_LABEL =
            java.util.regex.Pattern.compile("\\{\\{\\s*index \\.Spec\\.Labels \"([^\"]*)\"\\s*}}");

    private ServiceInspectView() {
    }

    /** The template's output (without the trailing newline), or empty when the template is not modelled. */
    static Optional<String> format(ViewContext ctx, Cluster.ServiceState s, String template) {
        return switch (template.trim()) {
            case "{{.Endpoint.VirtualIPs}}" -> Optional.of(virtualIps(ctx, s));
            case "{{.ID}}" -> Optional.of(s.id());
            case "{{.Spec.Name}}" -> Optional.of(s.name());
            case "{{.Spec.EndpointSpec.Mode}}" -> Optional.of(s.spec().endpointMode().text());
            case "{{json .Spec.Labels}}" -> Optional.of(s.spec().labels().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> GoJson.quoted(e.getKey()) + ":" + GoJson.quoted(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}")));
            default -> label(s, template.trim());
        };
    }

    /** {@code {{index .Spec.Labels "KEY"}}}: the label's value, or Go's {@code <no value>} for a missing key. */
    private static Optional<String> label(Cluster.ServiceState s, String template) {
        java.util.regex.Matcher m = INDEX_LABEL.matcher(template);
        return m.matches() ? Optional.of(s.spec().labels().getOrDefault(m.group(1), "<no value>")) : Optional.empty();
    }

    static String virtualIps(ViewContext ctx, Cluster.ServiceState s) {
        return s.vips().entrySet().stream().map(e -> entry(ctx, e)).collect(Collectors.joining(" ", "[", "]"));
    }

    private static String entry(ViewContext ctx, Map.Entry<String, IpAddress> e) {
        Cluster.Network net = ctx.cluster().network(e.getKey()).orElseThrow();
        return "{" + net.id() + " " + e.getValue() + "/" + net.subnet().length() + "}";
    }
}
