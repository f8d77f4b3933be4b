package io.swarmsim.engine.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The trace-id layout: request in the high bits; client, DNS-answer and server packets told apart. */
class PacketIdsTest {
    @Test
    void clientDnsAndServerPacketsKeepTheirRequestAndAreToldApart() {
        PacketIds ids = new PacketIds(7);
        long first = ids.next();
        long second = ids.next();
        assertEquals("client packet 0", PacketIds.describe(first));
        assertEquals("client packet 1", PacketIds.describe(second));
        long answer = PacketIds.dnsAnswer(second, 2);
        long reply = PacketIds.serverPacket(first, 5);
        assertEquals("DNS answer 2", PacketIds.describe(answer));
        assertEquals("server packet 5", PacketIds.describe(reply));
        for (long id : new long[] {first, second, answer, reply}) {
            assertEquals(7, PacketIds.requestOf(id));
        }
    }

    @Test
    void countersWrapInsideTheirOwnRange() {
        assertEquals("DNS answer 0", PacketIds.describe(PacketIds.dnsAnswer(1L << 16, 0x4000)));
        assertEquals("server packet 0", PacketIds.describe(PacketIds.serverPacket(1L << 16, 0x8000)));
        assertEquals(1, PacketIds.requestOf(PacketIds.serverPacket(1L << 16, 0x8000)));
    }
}
