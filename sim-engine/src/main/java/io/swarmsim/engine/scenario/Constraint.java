package io.swarmsim.engine.scenario;

/**
 * A placement constraint {@code key == value} or {@code key != value}; keys are node.hostname,
 * node.role, node.labels.NAME, node.platform.os and node.platform.arch, matched as swarmkit does
 * (a missing label equals nothing, so {@code !=} holds).
 */
public record Constraint(String key, boolean equal, String value) {
    public static final String HOSTNAME = "node.hostname";
    public static final String ROLE = "node.role";
    public static final String LABELS = "node.labels.";
    public static final String OS = "node.platform.os";
    public static final String ARCH = "node.platform.arch";

    public Constraint {
        if (!known(key)) {
            throw new IllegalArgumentException("unsupported constraint key " + key);
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("constraint without value");
        }
    }

    /** Whether the simulation knows this constraint key. */
    public static boolean known(String key) {
        return HOSTNAME.equals(key) || ROLE.equals(key) || OS.equals(key) || ARCH.equals(key)
            || key.startsWith(LABELS) && key.length() > LABELS.length();
    }

    /** True if a task constrained by this may run on {@code node}. */
    public boolean allows(NodeDef node) {
        String actual = switch (key) {
            case HOSTNAME -> node.name();
            case ROLE -> node.role().text();
            case OS -> node.os();
            case ARCH -> node.arch();
            default -> node.labels().get(key.substring(LABELS.length()));
        };
        return value.equals(actual) == equal;
    }

    @Override
    public String toString() {
        return key + (equal ? " == " : " != ") + value;
    }
}
