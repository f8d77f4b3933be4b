package io.swarmsim.kernel.netfilter;

/** {@code -j RETURN}: back to the calling chain, or the policy in a built-in chain. */
public record ReturnTarget() implements Target {
    @Override
    public String name() {
        return "RETURN";
    }

    @Override
    public String listText() {
        return "";
    }

    @Override
    public String saveText() {
        return " -j RETURN";
    }
}
