package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing of user command lines and the refusal of what is not simulated. */
class CommandLineTest {
    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Commands.parse(text), text).getMessage();
    }

    @Test
    void programArgsAndGrepFilter() {
        CommandLine l = CommandLine.parse("curl vote | grep -i \"container id\"");
        assertEquals("curl", l.program());
        assertEquals(List.of("vote"), l.args());
        assertEquals(Optional.of(new CommandLine.Grep("container id", true)), l.grep());
        assertEquals("curl vote | grep -i \"container id\"", l.text());

        CommandLine plain = CommandLine.parse("  ping   -c 3\tvote ");
        assertEquals("ping", plain.program());
        assertEquals(List.of("-c", "3", "vote"), plain.args());
        assertEquals(Optional.empty(), plain.grep());

        CommandLine caseSensitive = CommandLine.parse("curl vote|grep Processed");
        assertEquals(Optional.of(new CommandLine.Grep("Processed", false)), caseSensitive.grep());
        assertEquals(List.of("vote"), caseSensitive.args());
    }

    @Test
    void quotesGroupWordsAndMayBeEmpty() {
        assertEquals(List.of("a b", "c"), CommandLine.parse("dig 'a b' c").args());
        assertEquals(List.of("x y z"), CommandLine.parse("dig \"x y\"' z'").args());
        assertEquals(List.of(""), CommandLine.parse("dig \"\"").args());
        assertEquals(List.of("it's"), CommandLine.parse("dig \"it's\"").args());
        assertEquals(Optional.of(new CommandLine.Grep("a  b", false)), CommandLine.parse("curl v | grep 'a  b'").grep());
    }

    @Test
    void grepKeepsMatchingLinesOnly() {
        String page = "<div>\n  Processed by container ID abc\n</div>\n";
        assertEquals("  Processed by container ID abc\n", new CommandLine.Grep("container id", true).apply(page));
        assertEquals("", new CommandLine.Grep("container id", false).apply(page));
        assertEquals("<div>\n</div>\n", new CommandLine.Grep("div", false).apply(page));
    }

    @Test
    void malformedLinesAreRefusedWithTheReason() {
        assertEquals("empty command", assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("   ")).getMessage());
        assertEquals("only '| grep [-i] PATTERN' may follow a command, not: wc -l",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("curl vote | wc -l")).getMessage());
        assertEquals("only '| grep [-i] PATTERN' may follow a command, not: ",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("curl vote |")).getMessage());
        assertEquals("grep takes one pattern: grep -i a b",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("curl vote | grep -i a b")).getMessage());
        assertEquals("grep takes one pattern: grep",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("curl vote | grep")).getMessage());
        assertEquals("unclosed quote in: dig \"vote",
                assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("dig \"vote")).getMessage());
        assertEquals("empty command", assertThrows(IllegalArgumentException.class, () -> CommandLine.parse("| grep x")).getMessage());
    }

    @Test
    void aQuotedBarIsNotAPipe() {
        CommandLine l = CommandLine.parse("dig \"a|b\"");
        assertEquals(List.of("a|b"), l.args());
        assertEquals(Optional.empty(), l.grep());
    }

    @Test
    void commandsKnowDigPingAndCurl() {
        assertInstanceOf(DigCommand.class, Commands.parse("dig vote"));
        assertInstanceOf(DigCommand.class, Commands.parse("dig +short vote"));
        assertInstanceOf(PingCommand.class, Commands.parse("ping -c 3 vote"));
        assertInstanceOf(PingCommand.class, Commands.parse("ping -c1 vote"));
        assertInstanceOf(CurlCommand.class, Commands.parse("curl -s http://vote:8080/x | grep -i id"));
        assertInstanceOf(CurlCommand.class, Commands.parse("curl --silent vote"));
    }

    @Test
    void unsupportedProgramsAndOptionsAreRefusedClearly() {
        assertEquals("command 'wget' is not simulated; supported: dig, ping, curl, getent ahosts|hosts, nslookup", error("wget http://vote/"));
        assertEquals("command 'host' is not simulated; supported: dig, ping, curl, getent ahosts|hosts, nslookup", error("host vote"));

        assertEquals("dig option +trace is not simulated; use dig [+short] NAME", error("dig +trace vote"));
        assertEquals("dig option @127.0.0.11 is not simulated; use dig [+short] NAME", error("dig @127.0.0.11 vote"));
        assertEquals("dig option -x is not simulated; use dig [+short] NAME", error("dig -x 10.0.0.3"));
        assertEquals("dig takes one name: dig [+short] NAME", error("dig vote client"));
        assertEquals("dig takes one name: dig [+short] NAME", error("dig"));

        assertEquals("ping without -c never ends; use ping -c N HOST", error("ping vote"));
        assertEquals("ping option -i is not simulated; use ping -c N [-W SECONDS] HOST", error("ping -i 1 -c 1 vote"));
        assertEquals("ping: bad number of packets to transmit: 0", error("ping -c 0 vote"));
        assertEquals("ping: bad number of packets to transmit: x", error("ping -cx vote"));
        assertEquals("ping: bad number of packets to transmit: 1001", error("ping -c 1001 vote"));
        assertEquals("ping takes one host", error("ping -c 1 vote client"));
        assertEquals("ping needs a host: ping -c N HOST", error("ping -c 1"));

        assertEquals("curl option -k is not simulated; use curl [-s] [-v] [--http0.9] URL", error("curl -k vote"));
        assertEquals("curl takes one URL", error("curl vote client"));
        assertEquals("curl takes one URL", error("curl -s"));
        assertEquals("curl: (3) Port number out of range: 99999", error("curl http://vote:99999/"));
        assertEquals("curl: (3) Port number out of range: 0", error("curl vote:0"));
        assertEquals("curl: (3) URL using bad/illegal format or missing URL: http://vote:80x", error("curl http://vote:80x"));
        assertFalse(error("curl --insecure vote").isEmpty());
        assertTrue(error("ls").contains("supported: dig, ping, curl"));
    }
}
