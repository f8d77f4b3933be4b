package io.swarmsim.engine.control;

import java.util.SplittableRandom;

/**
 * Identifiers as Docker prints them, drawn from one seeded stream: swarm object IDs (25 base-36
 * characters, as swarmkit's identity.NewID) and container or sandbox IDs (64 hex digits).
 */
public final class SwarmIds {
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private final SplittableRandom random;

    public SwarmIds(SplittableRandom random) {
        this.random = random;
    }

    public String swarmId() {
        StringBuilder sb = new StringBuilder(25);
        for (int i = 0; i < 25; i++) {
            sb.append(BASE36.charAt(random.nextInt(36)));
        }
        return sb.toString();
    }

    public String hex64() {
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            sb.append(String.format(java.util.Locale.ROOT, "%016x", random.nextLong()));
        }
        return sb.toString();
    }
}
