package io.swarmsim.kernel.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpAddressTest {
    @Test
    void parsesAndPrintsIpv4() {
        IpAddress a = IpAddress.parse("10.0.0.3");
        assertEquals(0x0A000003, a.toInt());
        assertEquals("10.0.0.3", a.toString());
    }

    @Test
    void parsesAndPrintsIpv6Canonically() {
        assertEquals("fd00::4", IpAddress.parse("fd00:0:0:0:0:0:0:4").toString());
        assertEquals("fe80::42:aff:fe00:2", IpAddress.parse("fe80::42:aff:fe00:2").toString());
        assertEquals("::1", IpAddress.parse("::1").toString());
        assertTrue(IpAddress.parse("::1").isLoopback());
        assertTrue(IpAddress.parse("fe80::1").isLinkLocal());
    }

    @Test
    void refusesMalformedText() {
        for (String bad : new String[] {"10.0.0", "10.0.0.256", "1.2.3.4.5", "a.b.c.d", "1::2::3", "12345::", ""}) {
            assertThrows(IllegalArgumentException.class, () -> IpAddress.parse(bad), bad);
            assertFalse(IpAddress.isValid(bad), bad);
        }
    }

    @Test
    void commonPrefixMatchesTheSeedsBinaryArithmetic() {
        IpAddress client = IpAddress.parse("10.0.0.2");
        assertEquals(31, client.commonPrefixLength(IpAddress.parse("10.0.0.3")));
        assertEquals(29, client.commonPrefixLength(IpAddress.parse("10.0.0.4")));
        assertEquals(32, client.commonPrefixLength(client));
    }

    @Test
    void prefixContainsAndNetwork() {
        Prefix p = Prefix.parse("10.0.0.2/24");
        assertEquals("10.0.0.0/24", p.network().toString());
        assertTrue(p.contains(IpAddress.parse("10.0.0.254")));
        assertFalse(p.contains(IpAddress.parse("10.0.1.1")));
        assertEquals(IpAddress.parse("10.0.0.3"), p.nth(3));
        assertTrue(Prefix.parse("10.0.0.0/16").overlaps(Prefix.parse("10.0.5.0/24")));
    }

    @Test
    void dockerMacFromIp() {
        assertEquals("02:42:0a:00:00:03", MacAddress.fromIpv4(IpAddress.parse("10.0.0.3")).toString());
    }
}
