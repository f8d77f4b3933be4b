package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewNormaliserTest {
    private static final String MODEL = String.join("\n",
            "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000",
            "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
            "    inet 127.0.0.1/8 scope host lo",
            "       valid_lft forever preferred_lft forever",
            "    inet6 ::1/128 scope host ",
            "       valid_lft forever preferred_lft forever",
            "2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000",
            "    link/ether 02:42:0a:00:00:03 brd ff:ff:ff:ff:ff:ff link-netnsid 0",
            "    inet 10.0.0.3/24 brd 10.0.0.255 scope global eth0",
            "       valid_lft forever preferred_lft forever",
            "3: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000",
            "    link/ether 76:0b:e3:b1:d0:86 brd ff:ff:ff:ff:ff:ff",
            "    inet6 fe80::740b:e3ff:feb1:d086/64 scope link ",
            "       valid_lft forever preferred_lft forever", "");
    private static final String REAL = String.join("\n",
            "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000",
            "    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00",
            "    inet 127.0.0.1/8 scope host lo",
            "       valid_lft forever preferred_lft forever",
            "    inet6 ::1/128 scope host ",
            "       valid_lft forever preferred_lft forever",
            "2: br0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000",
            "    link/ether 76:0b:e3:b1:d0:86 brd ff:ff:ff:ff:ff:ff",
            "    inet6 fe80::740b:e3ff:feb1:d086/64 scope link ",
            "       valid_lft forever preferred_lft forever",
            "9: eth0@if17: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000",
            "    link/ether 02:42:0a:00:00:03 brd ff:ff:ff:ff:ff:ff link-netns ss1a2b-node1_1-4desrphovc",
            "    inet 10.0.0.3/24 brd 10.0.0.255 scope global eth0",
            "       valid_lft forever preferred_lft forever", "");

    @Test
    void ipAddrAgreesAfterTheDocumentedNormalisations() {
        ViewNormaliser n = new ViewNormaliser();
        ViewNormaliser.Pair p = n.addr(MODEL, REAL, Set.of());
        assertEquals(List.of(), LineDiff.diff(p.model(), p.real()), p.toString());
        assertTrue(n.used().containsAll(Set.of(Normalisation.IFINDEX,
                Normalisation.LINK_NETNS)), n.used().toString());
    }

    @Test
    void aLinkLocalAddressTheModelListsIsCompared() {
        String model = MODEL.replace("       valid_lft forever preferred_lft forever\n3: br0",
                "       valid_lft forever preferred_lft forever\n    inet6 fe80::42:aff:fe00:3/64 scope link \n"
                        + "       valid_lft forever preferred_lft forever\n3: br0");
        ViewNormaliser.Pair p = new ViewNormaliser().addr(model, REAL, Set.of());
        assertEquals(List.of("-     inet6 fe80::42:aff:fe00:3/64 scope link ", "-        valid_lft forever preferred_lft forever"),
                LineDiff.diff(p.model(), p.real()));
    }

    @Test
    void aDifferentMtuIsADifference() {
        ViewNormaliser.Pair p = new ViewNormaliser().addr(MODEL, REAL.replace("9: eth0@if17: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450",
                "9: eth0@if17: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500"), Set.of());
        assertEquals(2, LineDiff.diff(p.model(), p.real()).size());
    }

    @Test
    void theIpvsSubstitutesChainJumpsAndRewrittenMatchAreReadAsTheModelHasThem() {
        String model = String.join("\n",
                "Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)",
                " pkts bytes target     prot opt in     out     source               destination         ",
                "",
                "Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)",
                " pkts bytes target     prot opt in     out     source               destination         ",
                "    0     0 SNAT       0    --  *      *       0.0.0.0/0            10.0.0.0/24          ipvs to:10.0.0.3", "");
        String real = String.join("\n",
                "Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)",
                " pkts bytes target     prot opt in     out     source               destination         ",
                "    0     0 SWARMSIM-IPVS  6    --  *      *       0.0.0.0/0            0.0.0.0/0           ",
                "",
                "Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)",
                " pkts bytes target     prot opt in     out     source               destination         ",
                "    0     0 SNAT       0    --  *      *       0.0.0.0/0            10.0.0.0/24          ctstate DNAT /* swarmsim-ipvs */ to:10.0.0.3",
                "",
                "Chain SWARMSIM-IPVS (2 references)",
                " pkts bytes target     prot opt in     out     source               destination         ",
                "    0     0 DNAT       0    --  *      *       0.0.0.0/0            0.0.0.0/0            mark match 0x101 /* swarmsim-ipvs */ to:10.0.0.5",
                "");
        ViewNormaliser n = new ViewNormaliser();
        ViewNormaliser.Pair p = n.iptables(model, real);
        assertEquals(List.of(), LineDiff.diff(p.model(), p.real()), String.join("\n", p.real()));
        assertEquals(Set.of(Normalisation.IPVS_CHAIN, Normalisation.IPVS_MATCH), n.used());
    }

    @Test
    void lineDiffMarksWhatEachSideAlone() {
        assertEquals(List.of("- b", "+ c"), LineDiff.diff(List.of("a", "b"), List.of("a", "c")));
        assertEquals(List.of(), LineDiff.diff(List.of("a"), List.of("a")));
        assertEquals(List.of("+ x", "+ y"), LineDiff.diff(List.of(), List.of("x", "y")));
    }
}
