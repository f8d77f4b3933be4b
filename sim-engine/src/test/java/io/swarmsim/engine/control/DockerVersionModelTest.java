package io.swarmsim.engine.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Any release from 1.12 on is modelled as the latest release before it whose networking the model tells apart. */
class DockerVersionModelTest {
    private static Optional<String> as(String v) {
        return DockerVersion.parse(v).modelledAs().map(DockerVersion::toString);
    }

    @Test
    void knownReleasesAreThemselves() {
        for (String v : new String[] {"1.12", "1.13", "17.05", "17.06", "17.12", "18.06", "18.09", "1.12.6"}) {
            assertEquals(Optional.empty(), as(v), v);
        }
    }

    @Test
    void otherReleasesTakeTheNearestKnownBefore() {
        assertEquals(Optional.of("1.13"), as("17.03"));
        assertEquals(Optional.of("17.06"), as("17.09"));
        assertEquals(Optional.of("17.12"), as("18.03"));
        assertEquals(Optional.of("18.06"), as("18.07"));
        assertEquals(Optional.of("18.09"), as("20.10"));
        assertEquals(Optional.of("18.09"), as("28.2.2"));
    }

    @Test
    void dockersAddressesCarryABroadcastFrom1712() {
        for (String v : new String[] {"1.12", "1.13", "17.06", "17.09"}) {
            assertEquals(false, DockerVersion.parse(v).setsBroadcast(), v);
        }
        for (String v : new String[] {"17.12", "18.06", "23.0"}) {
            assertEquals(true, DockerVersion.parse(v).setsBroadcast(), v);
        }
    }

    @Test
    void laterReleasesLoadBalanceLike1806() {
        DockerVersion v = DockerVersion.parse("28.2.2");
        assertEquals(false, v.loadBalancesInEveryContainer());
        assertEquals(true, v.hasSctp());
    }
}
