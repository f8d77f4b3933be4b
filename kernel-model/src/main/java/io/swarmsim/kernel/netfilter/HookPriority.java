package io.swarmsim.kernel.netfilter;

/**
 * The kernel's hook priorities (include/uapi/linux/netfilter_ipv4.h): at one hook, lower runs first.
 * IPVS registers at LOCAL_IN (INPUT) and LOCAL_OUT (OUTPUT); its numbers are given for the netns
 * wiring, which lives elsewhere.
 */
public final class HookPriority {
    public static final int RAW = -300;
    public static final int CONNTRACK = -200;
    public static final int MANGLE = -150;
    public static final int NAT_DST = -100;
    public static final int FILTER = 0;
    public static final int SECURITY = 50;
    public static final int NAT_SRC = 100;
    /** ip_vs_reply4 / ip_vs_remote_request4 at INPUT: after filter, before NAT_SRC (NF_IP_PRI_NAT_SRC - 2). */
    public static final int IPVS_LOCAL_IN = NAT_SRC - 2;
    /** ip_vs_local_reply4 (NF_IP_PRI_NAT_DST + 1) and ip_vs_local_request4 (+ 2) at OUTPUT, right after NAT_DST; one slot here. */
    public static final int IPVS_LOCAL_OUT = NAT_DST + 1;
    /** conntrack confirm runs last (INT_MAX). */
    public static final int CONNTRACK_CONFIRM = Integer.MAX_VALUE;

    private HookPriority() {
    }
}
