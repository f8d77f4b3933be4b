package io.swarmsim.kernel.netfilter;

/** {@code -j ACCEPT} or {@code -j DROP}: ends the table's traversal. */
public record VerdictTarget(Verdict verdict) implements Target {
    @Override
    public String name() {
        return verdict.name();
    }

    @Override
    public String listText() {
        return "";
    }

    @Override
    public String saveText() {
        return " -j " + verdict.name();
    }
}
