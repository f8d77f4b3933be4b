package io.swarmsim.kernel.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hook returns its verdict and the packet it produced; the state it was given stays as it was. */
class StageResultTest {
    private static final Packet QUERY = Packet.udp(1, IpAddress.parse("10.0.0.1"), 4000, IpAddress.parse("10.9.9.9"), 53,
            Payload.EMPTY);

    private static NetNamespace host(String rules) {
        NetNamespace ns = new NetNamespace("a", 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, new MacAddress(0x020000000001L), 1500, null, null);
        ns.addAddress(InterfaceAddress.of("10.0.0.1/24", "eth0"));
        ns.restore(rules);
        return ns;
    }

    private static PacketState routedOut(NetNamespace ns) {
        return PacketState.sent(ns, QUERY, 0).withOutDevice("eth0");
    }

    @Test
    void dnatAtOutputReturnsTheRewrittenPacket() {
        NetNamespace ns = host("""
                *nat
                :PREROUTING ACCEPT [0:0]
                :INPUT ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                :POSTROUTING ACCEPT [0:0]
                -A OUTPUT -d 10.9.9.9/32 -p udp -j DNAT --to-destination 10.0.0.53:5353
                COMMIT
                """);
        PacketState before = routedOut(ns);
        PacketState copy = new PacketState(ns, null, 0, QUERY, null, "eth0", null, false);
        List<TraceEvent.HookEntered> entered = new ArrayList<>();
        TraceSink sink = e -> {
            if (e instanceof TraceEvent.HookEntered h) {
                entered.add(h);
            }
        };

        StageResult r = ns.hooks().run(Hook.OUTPUT, before, sink);

        assertEquals(HookFunction.Verdict.ACCEPT, r.verdict());
        assertEquals(QUERY.withDestination(IpAddress.parse("10.0.0.53"), 5353), r.packet());
        assertNotNull(r.ct(), "conntrack attached the packet to its new connection");
        assertNull(r.dropKind());
        assertEquals(copy, before, "the state handed to the hook is unchanged");
        assertSame(QUERY, before.packet());
        assertNull(before.ct());
        // each function saw the packet the one before it produced
        assertEquals(QUERY, entered.stream().filter(h -> h.function().equals("nat")).findFirst().orElseThrow().packet());
        assertEquals(r.packet(), entered.get(entered.size() - 1).packet());
    }

    @Test
    void aDropRuleReturnsDropWithItsReason() {
        NetNamespace ns = host("""
                *filter
                :INPUT ACCEPT [0:0]
                :FORWARD ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                -A OUTPUT -p udp --dport 53 -j DROP
                COMMIT
                """);
        PacketState before = routedOut(ns);

        StageResult r = ns.hooks().run(Hook.OUTPUT, before, TraceSink.NONE);

        assertEquals(HookFunction.Verdict.DROP, r.verdict());
        assertEquals(DropReason.NETFILTER_RULE, r.dropKind());
        assertEquals("filter OUTPUT: rule `-A OUTPUT -p udp -m udp --dport 53 -j DROP`", r.dropReason());
        assertSame(QUERY, r.packet(), "a drop returns the packet as it entered");
        assertNull(before.hook(), "the caller's state is not moved into the hook");
    }

    @Test
    void theRegistryFoldsResultsInPriorityOrderAndStopsAtDrop() {
        HookRegistry hooks = new HookRegistry();
        List<String> ran = new ArrayList<>();
        hooks.register(Hook.FORWARD, 20, "drop", (s, t) -> {
            ran.add("drop sees ttl " + s.packet().ttl());
            return StageResult.drop(s, DropReason.NETFILTER_RULE, "test");
        });
        hooks.register(Hook.FORWARD, 10, "rewrite", (s, t) -> {
            ran.add("rewrite at " + s.hook());
            return StageResult.accept(s, s.packet().withTtl(7));
        });
        hooks.register(Hook.FORWARD, 30, "never", (s, t) -> {
            ran.add("never");
            return StageResult.accept(s);
        });

        StageResult r = hooks.run(Hook.FORWARD, PacketState.received(new NetNamespace("a", 40000), "eth0", QUERY, null, 0), TraceSink.NONE);

        assertEquals(List.of("rewrite at FORWARD", "drop sees ttl 7"), ran);
        assertEquals(HookFunction.Verdict.DROP, r.verdict());
        assertEquals(7, r.packet().ttl());
    }
}
