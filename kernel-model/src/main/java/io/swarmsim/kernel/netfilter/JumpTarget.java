package io.swarmsim.kernel.netfilter;

/** {@code -j CHAIN} (a call: RETURN comes back here) or {@code -g CHAIN} (goto: no return). */
public record JumpTarget(String chain, boolean isGoto) implements Target {
    @Override
    public String name() {
        return chain;
    }

    @Override
    public String listText() {
        return "";
    }

    @Override
    public String saveText() {
        return (isGoto ? " -g " : " -j ") + chain;
    }
}
