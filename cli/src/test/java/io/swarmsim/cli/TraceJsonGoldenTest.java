package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.assertNoStackTrace;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code sim trace --json}: the events of the seed's three experiments (decisions, {@code --level
 * summary}) and every event of the first VIP curl ({@code --level full}) as JSON lines, kept as
 * goldens under {@code src/test/resources/events/}. {@code -Dgolden.update=true} rewrites them.
 */
class TraceJsonGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/events");

    @ParameterizedTest(name = "{0} request {1} at {2}")
    @CsvSource({"dnsrr,all,summary", "vip,all,summary", "mesh,all,summary", "vip,2,full"})
    void eventsMatchTheirGolden(String experiment, String request, String level) throws IOException {
        E2e.Result r = sim("trace", VOTE, "--experiment", experiment, "--request", request, "--json", "--level", level);
        assertEquals(0, r.code(), r.err());
        assertNoStackTrace(r);
        Path file = GOLDEN.resolve(experiment + "-" + request + "-" + level + ".jsonl");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, r.out(), StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), "missing golden " + file + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), r.out(), "sim trace --json of " + experiment);
    }

    /** The goldens' sense, read as data: each line is one JSON object, and the seed's story is in them. */
    @Test
    void theVipCurlTellsTheSeedsStory() throws IOException {
        E2e.Result r = sim("trace", VOTE, "--experiment", "vip", "--request", "2", "--json");
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().split("\n")) {
            events.add(json.readTree(line));
        }
        long time = -1;
        for (JsonNode e : events) {
            assertTrue(e.get("t").asLong() >= time, "time never goes back");
            time = e.get("t").asLong();
        }
        int mark = indexOf(events, "rule_matched", "MARK");
        int ipvs = indexOf(events, "ipvs", "SCHEDULED");
        int snat = indexOf(events, "rule_matched", "SNAT");
        int encap = indexOf(events, "vxlan", "true");
        int delivered = indexOf(events, "socket_delivery", "tcp 0.0.0.0:80");
        assertTrue(mark < ipvs && ipvs < snat && snat < encap && encap < delivered, List.of(mark, ipvs, snat, encap, delivered).toString());
        JsonNode pick = events.get(ipvs);
        assertEquals("rr", pick.get("scheduler").asText());
        assertEquals(257, pick.get("service").get("fwmark").asInt());
        assertEquals("10.0.0.4", pick.get("before").get("dst").asText());
        assertEquals(pick.get("destination").asText(), pick.get("after").get("dst").asText());
    }

    @Test
    void aTraceLongerThanTheLimitSaysSo() {
        E2e.Result r = sim("trace", VOTE, "--experiment", "vip", "--request", "all", "--json", "--max-events", "10");
        assertEquals(0, r.code(), r.err());
        assertEquals(10, r.out().split("\n").length);
        assertEquals("sim trace: stopped printing after 10 events (--max-events 10); the run goes on to its end\n", r.err());
    }

    @Test
    void badTraceOptionsAreUsageErrors() {
        for (String[] args : List.of(new String[] {"--request", "all"}, new String[] {"--json", "--level", "hops"},
                new String[] {"--json", "--max-events", "-1"}, new String[] {"--json", "--request", "99"})) {
            List<String> all = new ArrayList<>(List.of("trace", VOTE, "--experiment", "vip"));
            all.addAll(List.of(args));
            E2e.Result r = sim(all.toArray(String[]::new));
            assertEquals(2, r.code(), r.all());
            assertNoStackTrace(r);
        }
    }

    private static int indexOf(List<JsonNode> events, String kind, String contains) {
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            if (e.get("kind").asText().equals(kind) && e.toString().contains(contains)) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " event with " + contains);
    }
}
