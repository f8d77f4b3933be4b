package io.swarmsim.engine.scenario;

import java.util.List;
import java.util.Optional;

/** How the simulator should model the software inside an image; empty means "use the default guess". */
public record ImageOverride(Optional<ResolverKind> resolver, Optional<PingKind> ping,
                            Optional<Boolean> ipv6LinkLocal, Optional<HttpClientKind> httpClient,
                            Optional<String> description, Optional<List<ServerSpec>> serves, Location location) {
}
