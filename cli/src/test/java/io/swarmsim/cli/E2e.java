package io.swarmsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers of the end-to-end tests: run {@code sim} in-process and capture its streams. */
final class E2e {
    static final String VOTE = "../scenarios/vote.yaml";
    static final String SCENARIOS = "src/test/resources/scenarios/";

    record Result(int code, String out, String err) {
        /** Both streams, for assertion messages. */
        String all() {
            return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private E2e() {
    }

    static Result sim(String... args) {
        return simWithInput("", args);
    }

    /** {@code sim ARGS} with {@code input} on its standard input. */
    static Result simWithInput(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code sim run SCENARIO --json --experiment E}; asserts exit 0 and returns the only experiment. */
    static JsonNode runJson(String scenario, String experiment) throws Exception {
        Result r = sim("run", scenario, "--json", "--experiment", experiment);
        assertEquals(0, r.code(), r.all());
        JsonNode run = new ObjectMapper().readTree(r.out());
        assertEquals(1, run.get("experiments").size());
        JsonNode e = run.get("experiments").get(0);
        assertEquals(experiment, e.get("name").asText());
        return e;
    }

    /** The commands of an experiment whose command line starts with {@code program}. */
    static List<JsonNode> commands(JsonNode experiment, String program) {
        List<JsonNode> out = new ArrayList<>();
        experiment.get("commands").forEach(c -> {
            if (c.get("command").asText().startsWith(program + " ")) {
                out.add(c);
            }
        });
        return out;
    }

    /** {@code sim exec SCENARIO --experiment E WHERE -- CMD...}, asserting exit 0. */
    static String exec(String scenario, String experiment, String where, String... command) {
        Result r = execResult(scenario, experiment, where, command);
        assertEquals(0, r.code(), String.join(" ", command) + "\n" + r.all());
        return r.out();
    }

    /** {@code sim exec scenario --experiment experiment where -- command...}, whatever its exit status. */
    static Result execResult(String scenario, String experiment, String where, String... command) {
        String[] args = new String[6 + command.length];
        args[0] = "exec";
        args[1] = scenario;
        args[2] = "--experiment";
        args[3] = experiment;
        args[4] = where;
        args[5] = "--";
        System.arraycopy(command, 0, args, 6, command.length);
        return sim(args);
    }

    static void assertNoStackTrace(Result r) {
        String both = r.out() + r.err();
        assertFalse(both.contains("Exception") || both.contains("\tat ") || both.contains("java.lang."), r.all());
    }
}
