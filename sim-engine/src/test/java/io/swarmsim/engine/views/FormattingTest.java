package io.swarmsim.engine.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Go formatting pieces: tabwriter blocks, HumanDuration, quoting and truncation, JSON indent. */
class FormattingTest {
    @Test
    void tabwriterPadsOnlyTabTerminatedCellsAndWidthsArePerBlock() {
        String out = TabWriter.plain().line("a\tbb\tc").line("aaaa\tb\t").line("x").line("yy\tz").render();
        assertEquals("a     bb  c\naaaa  b   \nx\nyy  z\n", out);
        assertEquals("ab                  c\n", TabWriter.formatter().line("ab\tc").render());
    }

    @Test
    void humanDurationFollowsGoUnits() {
        assertEquals("Less than a second", HumanDuration.of(Duration.ofMillis(900)));
        assertEquals("59 seconds", HumanDuration.of(Duration.ofSeconds(59)));
        assertEquals("About a minute", HumanDuration.of(Duration.ofSeconds(119)));
        assertEquals("45 minutes", HumanDuration.of(Duration.ofMinutes(45)));
        assertEquals("About an hour", HumanDuration.of(Duration.ofMinutes(46)));
        assertEquals("2 hours", HumanDuration.of(Duration.ofMinutes(90)));
        assertEquals("2 hours", HumanDuration.of(Duration.ofHours(2)));
        assertEquals("47 hours", HumanDuration.of(Duration.ofHours(47)));
        assertEquals("2 days", HumanDuration.of(Duration.ofHours(48)));
        assertEquals("2 weeks", HumanDuration.of(Duration.ofDays(14)));
        assertEquals("2 months", HumanDuration.of(Duration.ofDays(60)));
        assertEquals("2 years", HumanDuration.of(Duration.ofDays(731)));
    }

    @Test
    void commandQuotingAndTruncation() {
        String cmd = ContainerListView.command(List.of("sh", "-c", "echo hi", "x"));
        assertEquals("sh -c 'echo hi' x", cmd);
        assertEquals("\"a\\\"b\\\\\"", GoStrings.quote("a\"b\\"));
        assertEquals("gunicorn app:app -b ", GoStrings.truncate("gunicorn app:app -b 0.0.0.0:80", 20));
        assertEquals("gunicorn app:app ...", GoStrings.ellipsis("gunicorn app:app -b 0.0.0.0:80", 20, "..."));
        assertEquals("short", GoStrings.ellipsis("short", 20, "…"));
    }

    @Test
    void jsonIndentsLikeGo() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("A", List.of());
        m.put("B", new TreeMap<>(Map.of("z", 1, "a", true)));
        m.put("C", null);
        m.put("D", "<&>");
        assertEquals("[\n    {\n        \"A\": [],\n        \"B\": {\n            \"a\": true,\n            \"z\": 1\n        },\n"
                + "        \"C\": null,\n        \"D\": \"\\u003c\\u0026\\u003e\"\n    }\n]", GoJson.indent(List.of(m)));
        assertEquals("[]", GoJson.indent(List.of()));
    }

    @Test
    void imageReferences() {
        assertEquals("instavote/vote:latest", ImageRef.tagged("instavote/vote"));
        assertEquals("smakam/myubuntu:v4", ImageRef.tagged("smakam/myubuntu:v4"));
        assertEquals("localhost:5000/app:latest", ImageRef.tagged("localhost:5000/app"));
        assertEquals("localhost:5000/app", ImageRef.repository("localhost:5000/app:1"));
    }
}
