package io.swarmsim.kernel.netfilter;

/** A table text that cannot load; the message names the line, like iptables-restore does. */
public final class RulesetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public RulesetException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    /** 1-based line number in the restore text. */
    public int line() {
        return line;
    }
}
