package io.swarmsim.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.kernel.trace.DropReason;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/events.md names every kind, every drop reason and every application action the model has. */
class EventDocsTest {
    @Test
    void theEventsPageCoversTheModel() throws Exception {
        String doc = Files.readString(Path.of("../docs/events.md"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (TraceEvent.Kind k : TraceEvent.Kind.values()) {
            if (!doc.contains("### `" + k.wireName() + "`")) {
                missing.add("kind " + k.wireName());
            }
        }
        for (DropReason r : DropReason.values()) {
            if (!doc.contains("| `" + r.name() + "` |")) {
                missing.add("drop reason " + r);
            }
        }
        for (TraceEvent.AppAction a : TraceEvent.AppAction.values()) {
            if (!doc.contains("`" + a.name() + "`")) {
                missing.add("application action " + a);
            }
        }
        assertEquals(List.of(), missing);
    }
}
