package io.swarmsim.engine.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swarmsim.engine.scenario.ScenarioError;
import io.swarmsim.engine.scenario.ScenarioException;
import java.util.List;

/**
 * A command's failure as one line of JSON, printed on standard output under {@code --json} so that a
 * program reading the output gets an answer it can parse either way ({@code docs/schema/run.schema.json}
 * describes it): {@code {"format_version":N,"error":{"exit_code":2,"kind":"scenario","message":...,
 * "errors":[{"file":...,"line":...,"column":...,"message":...}]}}} (JSON escapes what a text
 * message writes as {@code \x0a}). Kinds: {@code scenario} (the file,
 * each error located), {@code experiment} (no such experiment), {@code usage}, {@code live} (a live run
 * that could not start or failed) and {@code internal} (a bug in the simulator).
 */
public final class JsonError {
    private JsonError() {
    }

    /** A scenario refused, every error with its location. */
    public static String of(ScenarioException e) {
        return render(2, "scenario", e.errors().size() == 1 ? e.errors().get(0).toString() : e.errors().size() + " errors", e.errors());
    }

    /** Any other failure: what went wrong in one line, and the exit code the command returns. */
    public static String of(int exitCode, String kind, String message) {
        return render(exitCode, kind, message, List.of());
    }

    private static String render(int exitCode, String kind, String message, List<ScenarioError> errors) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("format_version", JsonReport.FORMAT_VERSION);
        ObjectNode o = root.putObject("error");
        o.put("exit_code", exitCode);
        o.put("kind", kind);
        o.put("message", message);
        ArrayNode list = o.putArray("errors");
        for (ScenarioError err : errors) {
            list.addObject().put("file", err.location().file().toString()).put("line", err.location().line())
                    .put("column", err.location().column()).put("message", err.message());
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }
}
