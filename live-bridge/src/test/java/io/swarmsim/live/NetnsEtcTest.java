package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetnsEtcTest {
    @TempDir
    Path dir;

    @Test
    void writesListsAndRemovesOnlyRunDirectoriesThenTheEmptyRoot() throws Exception {
        Path root = dir.resolve("netns");
        NetnsEtc etc = new NetnsEtc(root);
        etc.write("ss00aa-c1", "resolv.conf", "nameserver 127.0.0.11\n");
        etc.write("ss00bb-c2", "hosts", "127.0.0.1\tlocalhost\n");
        Files.createDirectories(root.resolve("someone-else"));
        assertEquals("nameserver 127.0.0.11\n", Files.readString(root.resolve("ss00aa-c1/resolv.conf")));
        assertEquals(List.of("ss00aa-c1", "ss00bb-c2"), etc.list(n -> true));
        assertEquals(List.of("ss00aa-c1"), etc.remove(new RunPrefix("ss00aa")::owns));
        assertEquals(List.of("ss00bb-c2"), etc.remove(RunPrefix::family));
        assertTrue(Files.isDirectory(root.resolve("someone-else")), "not a run's: left alone, and so is the root");
        Files.delete(root.resolve("someone-else"));
        etc.write("ss00cc-c3", "hosts", "x");
        etc.remove(RunPrefix::family);
        assertFalse(Files.exists(root), "an emptied root goes");
        assertEquals(List.of(), etc.remove(RunPrefix::family), "idempotent");
    }

    @Test
    void refusesNamesThatAreNotARunsNamespaceFile() {
        NetnsEtc etc = new NetnsEtc(dir);
        assertThrows(IllegalArgumentException.class, () -> etc.write("node1", "hosts", ""));
        assertThrows(IllegalArgumentException.class, () -> etc.write("ss00aa-c1", "../passwd", ""));
    }
}
