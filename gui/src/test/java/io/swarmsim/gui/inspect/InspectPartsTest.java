package io.swarmsim.gui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.netfilter.Hook;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.packet.TcpFlags;
import io.swarmsim.kernel.trace.Place;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inspect tabs' pure parts: the kernel's order at each hook, a rule's words, a packet's changes, folding hops. */
class InspectPartsTest {
    private static List<String> order(Hook h) {
        return HookStages.at(h).stream().map(s -> s.function() + " " + HookStages.priority(s.priority())).toList();
    }

    @Test
    void eachHookRunsItsFunctionsInTheKernelsPriorityOrder() {
        assertEquals(List.of("raw -300", "conntrack -200", "mangle -150", "nat -100"), order(Hook.PREROUTING));
        assertEquals(List.of("mangle -150", "filter 0", "ipvs 98", "nat 100", "conntrack confirm last"), order(Hook.INPUT));
        assertEquals(List.of("mangle -150", "filter 0", "ipvs 100"), order(Hook.FORWARD));
        assertEquals(List.of("raw -300", "conntrack -200", "mangle -150", "nat -100", "ipvs -99", "filter 0"), order(Hook.OUTPUT));
        assertEquals(List.of("mangle -150", "nat 100", "conntrack confirm last"), order(Hook.POSTROUTING));
    }

    @Test
    void aRuleIsReadForItsTargetAndShownWithoutItsChain() {
        String r = "-A DOCKER_OUTPUT -d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:35176";
        assertEquals("DNAT", RuleText.target(r));
        assertEquals("-d 127.0.0.11/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:35176", RuleText.body(r));
        assertEquals("DOCKER-INGRESS", RuleText.target("-A FORWARD -g DOCKER-INGRESS"));
        assertEquals("", RuleText.target("-A INPUT -p tcp"));
    }

    private static Packet syn(String dst, int dport) {
        return Packet.tcp(7, IpAddress.parse("10.0.0.3"), 40000, IpAddress.parse(dst), dport, TcpFlags.SYN, Payload.EMPTY);
    }

    @Test
    void aStageNamesTheFieldsItChanged() {
        Packet a = syn("10.0.0.4", 80);
        Packet b = a.withDestination(IpAddress.parse("10.0.0.6"), 80).withMark(0x101).withTtl(63);
        assertEquals(List.of("destination 10.0.0.4:80 → 10.0.0.6:80", "mark 0x0 → 0x101", "TTL 64 → 63"), Packets.diff(a, b));
        assertEquals(List.of(), Packets.diff(a, a));
    }

    @Test
    void foldedHopsHandTheirChangesToTheNextStageShown() {
        Packet a = syn("10.0.0.4", 80);
        Place p = Place.of("ns", "eth0");
        List<TraceEvent> events = List.of(
                new TraceEvent.HookEntered(0, 7, p, Hook.OUTPUT, "mangle", -150, a),
                new TraceEvent.HookEntered(1, 7, p, Hook.OUTPUT, "nat", -100, a.withTtl(63)),
                new TraceEvent.HookEntered(2, 9, p, Hook.OUTPUT, "nat", -100, a),
                new TraceEvent.Drop(3, 7, p, io.swarmsim.kernel.trace.DropReason.NO_ROUTE, "no route", a.withTtl(63)));
        List<TraceStages.Stage> all = TraceStages.of(events, 7, 3);
        assertEquals(List.of(0, 1, 3), all.stream().map(TraceStages.Stage::index).toList(), "only trace 7");
        assertEquals(List.of("TTL 64 → 63"), all.get(1).changes());
        List<TraceStages.Stage> shown = TraceStages.visible(all, false, -1);
        assertEquals(1, shown.size());
        assertEquals(List.of("on the way: TTL 64 → 63"), shown.get(0).changes());
        assertEquals(2, TraceStages.visible(all, false, 1).size(), "the inspected hop stays");
        assertTrue(TraceStages.of(events, 7, 1).stream().allMatch(s -> s.index() <= 1), "nothing after the limit");
    }
}
