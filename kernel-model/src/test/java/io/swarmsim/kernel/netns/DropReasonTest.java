package io.swarmsim.kernel.netns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.packet.Payload;
import io.swarmsim.kernel.trace.TraceSink;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A packet that iptables drops is dropped for the same, named reason with tracing off. */
class DropReasonTest {
    private static String dropReason(String rules) {
        NetNamespace ns = new NetNamespace("a", 40000);
        ns.addDevice("eth0", NetDevice.Kind.VETH, new MacAddress(0x020000000001L), 1500, null, null);
        ns.addAddress(InterfaceAddress.of("10.0.0.1/24", "eth0"));
        ns.restore(rules);
        List<Effect> out = ns.path().output(
                Packet.udp(1, IpAddress.parse("10.0.0.1"), 4000, IpAddress.parse("10.0.0.9"), 53, Payload.EMPTY), 0, TraceSink.NONE);
        return out.stream().filter(e -> e instanceof Effect.Drop).map(e -> ((Effect.Drop) e).reason()).findFirst().orElse("not dropped");
    }

    @Test
    void aDropNamesTheRuleEvenWithoutATrace() {
        assertEquals("filter OUTPUT: rule `-A LOG_AND_DROP -p udp -j DROP`", dropReason("""
                *filter
                :INPUT ACCEPT [0:0]
                :FORWARD ACCEPT [0:0]
                :OUTPUT ACCEPT [0:0]
                :LOG_AND_DROP - [0:0]
                -A OUTPUT -d 10.0.0.9/32 -j LOG_AND_DROP
                -A LOG_AND_DROP -p udp -j DROP
                COMMIT
                """));
    }

    @Test
    void aPolicyDropSaysSo() {
        assertEquals("filter OUTPUT: policy DROP", dropReason("""
                *filter
                :INPUT ACCEPT [0:0]
                :FORWARD ACCEPT [0:0]
                :OUTPUT DROP [0:0]
                COMMIT
                """));
    }
}
