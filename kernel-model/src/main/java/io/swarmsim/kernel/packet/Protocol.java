package io.swarmsim.kernel.packet;

/** IP protocol numbers as the kernel and iptables name them. */
public enum Protocol {
    ICMP(1, "icmp"), TCP(6, "tcp"), UDP(17, "udp");

    private final int number;
    private final String keyword;

    Protocol(int number, String keyword) {
        this.number = number;
        this.keyword = keyword;
    }

    public int number() {
        return number;
    }

    /** The lower-case name iptables prints in its {@code prot} column. */
    public String keyword() {
        return keyword;
    }

    public static Protocol byKeyword(String word) {
        for (Protocol p : values()) {
            if (p.keyword.equals(word) || String.valueOf(p.number).equals(word)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol " + word);
    }
}
