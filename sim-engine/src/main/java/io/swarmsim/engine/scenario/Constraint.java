package io.swarmsim.engine.scenario;

/** A placement constraint {@code key == value} or {@code key != value}; keys are node.hostname and node.role. */
public record Constraint(String key, boolean equal, String value) {
    public static final String HOSTNAME = "node.hostname";
    public static final String ROLE = "node.role";

    public Constraint {
        if (!HOSTNAME.equals(key) && !ROLE.equals(key)) {
            throw new IllegalArgumentException("unsupported constraint key " + key);
        }
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("constraint without value");
        }
    }

    /** True if a task constrained by this may run on {@code node}. */
    public boolean allows(NodeDef node) {
        String actual = HOSTNAME.equals(key) ? node.name() : node.role().text();
        return actual.equals(value) == equal;
    }

    @Override
    public String toString() {
        return key + (equal ? " == " : " != ") + value;
    }
}
