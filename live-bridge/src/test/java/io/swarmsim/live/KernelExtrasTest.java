package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.Cluster;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.net.IpAddress;
import org.junit.jupiter.api.Test;

class KernelExtrasTest {
    @Test
    void theUnansweredAddressIsTheNetworksLastHostThatNobodyHas() {
        Session s = Fixtures.session("vip");
        Cluster.Task t = KernelExtras.subject(s).orElseThrow();
        assertEquals("client.1", t.name());
        assertEquals(IpAddress.parse("10.0.0.254"), KernelExtras.unanswered(s.cluster(), t).orElseThrow());
    }

    /** The nft save as the kernel prints it: its own banner and policy counters at 0; the rules' counters as the model's. */
    @Test
    void bannersAndPolicyCountersAreNamedPerBackend() {
        Session s = Fixtures.session("vip");
        s.runAll();
        String model = s.exec("client.1", "iptables-save -c");
        Fixtures.Recording rec = new Fixtures.Recording();
        rec.out = model.replace("on Wed Jul 27 10:00:00 2016", "on Fri Dec  4 05:00:00 2026").replaceAll(":(\\w+) ACCEPT \\[\\d+:\\d+\\]", ":$1 ACCEPT [0:0]");
        KernelExtras.Extra e = KernelExtras.iptablesSave(s, KernelExtras.subject(s).orElseThrow(), "ss0001-c", IptablesBackend.NFT, rec);
        assertEquals("ss0001-c", rec.commands.get(0).argv().get(3));
        assertEquals("iptables-nft-save", rec.commands.get(0).argv().get(4));
        assertTrue(e.explanation().contains("banners") && e.explanation().contains("policy counters stay [0:0] with the nft backend"), e.explanation());
        assertTrue(!e.explanation().contains("rule counters"), e.explanation());
        rec.out = model;
        assertTrue(KernelExtras.iptablesSave(s, KernelExtras.subject(s).orElseThrow(), "ss0001-c", IptablesBackend.NFT, rec).diff().isEmpty());
    }
}
