package io.swarmsim.live;

import org.junit.jupiter.api.Assumptions;

/** Live tests need root and the tools; elsewhere they are skipped with the reason, not failed. */
final class LiveAssumptions {
    private LiveAssumptions() {
    }

    static void assumeLive(IptablesBackend backend) {
        String why = Preflight.problem(backend).orElse(null);
        Assumptions.assumeTrue(why == null, () -> "live test skipped: " + why);
    }
}
