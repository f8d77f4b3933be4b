package io.swarmsim.gui.modes;

import io.swarmsim.engine.apps.ServerCatalogue;
import io.swarmsim.engine.images.ImageCatalogue;
import io.swarmsim.engine.images.ImageProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One entry of a mode chooser: the value put into {@link io.swarmsim.gui.model.RunRequest.Modes}
 * (empty: as the scenario is written), its label, and a tooltip saying what changes. The client
 * images are the engine's image catalogue (each entry names its resolver, since that is what the
 * teacher is choosing); the eras are the Docker releases whose load balancing differs.
 */
record ModeChoice(Optional<String> value, String label, String tip) {
    @Override
    public String toString() {
        return label;
    }

    /** "As written", then every catalogue image a client could run (not the servers'). */
    static List<ModeChoice> images() {
        List<ModeChoice> out = new ArrayList<>();
        out.add(new ModeChoice(Optional.empty(), "as written", "the client image the scenario names"));
        for (ImageProfile p : ImageCatalogue.known()) {
            if (ServerCatalogue.defaults(p.image()).isEmpty()) {
                out.add(new ModeChoice(Optional.of(p.image()), p.image() + " (" + p.resolver() + ")", p.os() + ": " + p.description()));
            }
        }
        return List.copyOf(out);
    }

    /** "As written", then the releases that load-balance differently (see the README's era list). */
    static List<ModeChoice> eras() {
        return List.of(
                new ModeChoice(Optional.empty(), "as written", "the scenario's x-sim docker_version"),
                new ModeChoice(Optional.of("1.12"), "1.12 (the seed)",
                        "IPVS and mangle OUTPUT marks in every container; the backend sees the client's address"),
                new ModeChoice(Optional.of("1.13"), "1.13",
                        "as 1.12, and a ping to a VIP is answered in the client container; dnsrr refuses only ingress ports"),
                new ModeChoice(Optional.of("18.06"), "18.06",
                        "one lb_<network> sandbox per node holds the VIPs: marks in mangle INPUT, SNAT to the node's LB address"));
    }

    /** The entry whose value is {@code v}, or the first ("as written"). */
    static ModeChoice find(List<ModeChoice> choices, Optional<String> v) {
        return choices.stream().filter(c -> c.value().equals(v)).findFirst().orElse(choices.get(0));
    }
}
