package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.control.DesiredState;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameMapTest {
    private final DesiredState vip = Fixtures.session("vip").desired();

    @Test
    void everyNamespaceNameCarriesThePrefixIsValidAndUnique() {
        NameMap m = NameMap.plan(vip, new RunPrefix("ss1a2b"));
        Set<String> seen = new HashSet<>();
        for (String n : m.allNetns()) {
            assertTrue(RunPrefix.FAMILY.matcher(n).matches(), n);
            assertTrue(n.startsWith("ss1a2b-"), n);
            assertTrue(seen.add(n), "unique: " + n);
        }
        assertEquals(vip.namespaces().size() + 1, m.allNetns().size());
        assertEquals("ss1a2b-node1", m.netns("node1"));
        assertEquals("ss1a2b-node1_1-4desrphovc", m.netns("node1:1-4desrphovc"));
        assertEquals("ss1a2b-b9e706026b62", m.netns("b9e706026b62"));
        assertEquals("ss1a2b-underlay_", m.underlay());
    }

    @Test
    void theSameStateAndPrefixGiveTheSameNames() {
        assertEquals(NameMap.plan(vip, new RunPrefix("ss00ff")).netnsMap(), NameMap.plan(vip, new RunPrefix("ss00ff")).netnsMap());
        assertEquals(NameMap.plan(vip, new RunPrefix("ss00ff")).allNetns(),
                NameMap.plan(Fixtures.session("vip").desired(), new RunPrefix("ss00ff")).allNetns());
    }

    @Test
    void generatedDeviceNamesFitFifteenCharacters() {
        NameMap m = NameMap.plan(vip, new RunPrefix("ssffff"));
        assertEquals("vx-ffffff-ffff", m.vxlanTemp(0xffffff));
        assertTrue(NameMap.DEVICE.matcher(m.vxlanTemp(0xffffff)).matches());
        assertTrue(NameMap.DEVICE.matcher(m.underlayPort("node2")).matches());
        m.segments().values().forEach(b -> assertTrue(NameMap.DEVICE.matcher(b).matches(), b));
        for (DesiredState.Namespace ns : vip.namespaces()) {
            ns.devices().forEach(d -> assertTrue(d.name().length() <= 15 && NameMap.DEVICE.matcher(d.name()).matches(), d.name()));
        }
    }

    @Test
    void aModelNameThatWouldNotMakeAGoodNamespaceNameFallsBackToItsIndex() {
        String longName = "n".repeat(60);
        NameMap m = NameMap.plan(Fixtures.oneDevice(longName, "br0"), new RunPrefix("ss0001"));
        assertEquals("ss0001-ns0", m.netns(longName));
    }

    @Test
    void badDeviceNamesAreRefusedWithEveryProblemNamedAndAsAUsageError() {
        for (String bad : List.of("docker_gwbridge0", "eth0;reboot", "-rf", "a/b", "all", "eth 0", "")) {
            LiveException e = assertThrows(LiveException.class, () -> NameMap.plan(Fixtures.oneDevice("node1", bad), new RunPrefix("ss0001")));
            assertTrue(e.usage(), bad);
            assertTrue(e.getMessage().contains("'" + bad + "'") && e.getMessage().contains("nothing was created"), e.getMessage());
        }
    }

    @Test
    void aClashBetweenTwoNamespacesIsRefused() {
        DesiredState a = Fixtures.oneDevice("underlay_x", "br0");
        DesiredState clash = new DesiredState(List.of(a.namespaces().get(0),
                Fixtures.oneDevice("node1:x", "br0").namespaces().get(0), Fixtures.oneDevice("node1_x", "br0").namespaces().get(0)),
                java.util.Map.of(), java.util.Map.of());
        LiveException e = assertThrows(LiveException.class, () -> NameMap.plan(clash, new RunPrefix("ss0001")));
        assertTrue(e.getMessage().contains("ss0001-node1_x"), e.getMessage());
    }

    @Test
    void prefixesComeFromThePidAndOnlyTheFamilyIsOwned() {
        assertEquals("ss1234", RunPrefix.forPid(0x51234).value());
        RunPrefix p = new RunPrefix("ss1234");
        assertTrue(p.owns("ss1234-node1"));
        assertTrue(!p.owns("ss1235-node1") && RunPrefix.family("ss1235-node1"));
        assertTrue(!RunPrefix.family("swdiff30770-nft-a") && !RunPrefix.family("ss12345-x") && !RunPrefix.family("ss1234"));
        assertThrows(IllegalArgumentException.class, () -> new RunPrefix("ss12g4"));
    }
}
