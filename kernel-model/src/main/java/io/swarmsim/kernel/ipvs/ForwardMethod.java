package io.swarmsim.kernel.ipvs;

/**
 * How IPVS sends a packet to the real server ({@code IP_VS_CONN_F_FWD_MASK}); the names are ipvsadm's
 * {@code fwd_name}. Docker uses Masq (NAT mode, the default) and Route (DSR mode).
 */
public enum ForwardMethod {
    /** {@code -m}: rewrite the destination to the real server, un-rewrite the source of replies. */
    MASQ("Masq", "-m"),
    /** {@code -g}: direct routing, addresses unchanged; replies do not come back through IPVS. */
    ROUTE("Route", "-g");

    private final String listName;
    private final String option;

    ForwardMethod(String listName, String option) {
        this.listName = listName;
        this.option = option;
    }

    /** The {@code Forward} column of {@code ipvsadm -Ln}. */
    public String listName() {
        return listName;
    }

    /** The ipvsadm option that selects it. */
    public String option() {
        return option;
    }
}
