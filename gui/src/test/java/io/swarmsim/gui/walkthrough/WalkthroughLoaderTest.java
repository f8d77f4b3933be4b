package io.swarmsim.gui.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioError;
import io.swarmsim.engine.scenario.ScenarioException;
import io.swarmsim.engine.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walkthrough file: a good one read into steps, bad ones refused with file:line:column and what was expected. */
class WalkthroughLoaderTest {
    static Scenario vote;
    @TempDir
    Path dir;

    @BeforeAll
    static void scenario() throws Exception {
        vote = ScenarioLoader.load(Path.of("../scenarios/vote.yaml"));
    }

    private Walkthrough load(String text) throws Exception {
        Path f = dir.resolve("vote.walkthrough.yaml");
        Files.writeString(f, text);
        return WalkthroughLoader.load(f, vote, 1);
    }

    /** The located messages the loader gives for {@code text}, each as file:line:column: message. */
    private List<String> errors(String text) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(text));
        return e.errors().stream().map(ScenarioError::toString).toList();
    }

    private String at(int line, int column) {
        return dir.resolve("vote.walkthrough.yaml") + ":" + line + ":" + column + ": ";
    }

    @Test
    void theFileSitsNextToTheScenario() {
        assertEquals(Path.of("scenarios/vote.walkthrough.yaml"), WalkthroughLoader.fileFor(Path.of("scenarios/vote.yaml")));
        assertEquals(Path.of("/t/lab.walkthrough.yaml"), WalkthroughLoader.fileFor(Path.of("/t/lab.yml")));
    }

    @Test
    void aGoodFileGivesItsStepsWithExperimentsRunsHighlightsAndViews() throws Exception {
        Walkthrough w = load("""
                title: Two steps
                steps:
                  - title: First
                    text: >
                      One paragraph
                      on two lines.

                      Another.
                    highlight: client.1
                  - title: Second
                    experiment: vip
                    run: curl vote | grep -i "container id"
                    highlight: [vote, node2:ingress_sbox, ingress_sbox@node1, node1:overlay1]
                    show: client.1 iptables -nvL -t mangle
                  - title: Third
                    text: Still vip.
                    run: 4
                """.replace("  - title: Second\n", "  - title: Second\n    text: Two.\n"));
        assertEquals("Two steps", w.title());
        assertEquals("dnsrr", w.firstExperiment());
        assertEquals(3, w.steps().size());
        Step first = w.steps().get(0);
        assertEquals("First", first.title());
        assertEquals("One paragraph on two lines.\nAnother.", first.text());
        assertEquals("dnsrr", first.experiment(), "the scenario's first experiment when none is named");
        assertEquals(OptionalInt.empty(), first.run());
        assertEquals(List.of("client.1"), first.highlight());
        assertEquals(3, first.location().line());
        Step second = w.steps().get(1);
        assertEquals("vip", second.experiment());
        assertEquals(OptionalInt.of(2), second.run(), "the first run with that command's text");
        assertEquals(Optional.of("client.1 # curl vote | grep -i \"container id\""), second.command());
        assertEquals(List.of("vote", "node2:ingress_sbox", "ingress_sbox@node1", "node1:overlay1"), second.highlight());
        assertEquals(Optional.of(new Step.Show("client.1", "iptables -nvL -t mangle")), second.show());
        Step third = w.steps().get(2);
        assertEquals("vip", third.experiment(), "a step without experiment continues the previous step's");
        assertEquals(OptionalInt.of(4), third.run());
        assertEquals("VIP based load balancing (the default endpoint mode; iptables marks and IPVS in the client container)",
                w.descriptions().get("vip"));
    }

    @Test
    void aWrongTypeSaysWhatWasFoundAndWhatWasExpected() {
        assertEquals(List.of(at(2, 12) + "steps[0].title is a list; expected a non-empty string",
                        at(4, 10) + "steps[0].run is the boolean true; expected a run number from 1, or the command's text"),
                errors("""
                        steps:
                          - title: [a, b]
                            text: fine
                            run: true
                        """));
    }

    @Test
    void anUnknownKeyIsRefusedWithTheNearestValidKey() {
        assertEquals(List.of(at(3, 5) + "unknown key 'hilight' under steps[0]; did you mean 'highlight'?",
                        at(5, 1) + "unknown key 'step' at top level; did you mean 'steps'?"),
                errors("""
                        steps:
                          - title: A
                            hilight: client.1
                            text: b
                        step: []
                        """));
    }

    @Test
    void aMissingRequiredKeyIsReportedWhereItsMapStarts() {
        assertEquals(List.of(at(3, 5) + "steps[0] has no text; expected 'text:' with the step's narrative (a few short paragraphs)"),
                errors("""
                        title: T
                        steps:
                          - title: A
                            run: 1
                        """));
        assertEquals(List.of(at(1, 1) + "the walkthrough has no steps; expected 'steps:' with a list of steps"), errors("title: T\n"));
    }

    @Test
    void badYamlSyntaxIsLocated() {
        assertEquals(List.of(at(3, 1) + "invalid YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"
                        + " (while scanning for the next token); expected spaces (not tabs) for indentation and plain text"),
                errors("steps:\n  - title: A\n\ttext: b\n"));
        assertEquals(List.of(at(4, 1) + "invalid YAML: found <stream end> (while parsing a flow sequence); expected ',' or ']'"),
                errors("steps:\n  - title: A\n    highlight: [client.1, vote\n"), "the list never closes: the end of the file is where that shows");
        assertEquals(List.of(at(3, 12) + "invalid YAML: mapping values are not allowed here;"
                + " expected 'key: value' with the key at the indentation of its siblings"), errors("steps:\n  - title: A\n    text: b: c\n"));
    }

    @Test
    void namesAreCheckedAgainstTheScenarioAndItsClusters() {
        assertEquals(List.of(
                        at(3, 17) + "steps[0].experiment is 'vipp', which the scenario does not have; did you mean 'vip'?",
                        at(6, 11) + "steps[1].run is 12, but experiment dnsrr runs 9 commands; expected 1 to 9",
                        at(7, 28) + "steps[1].highlight 'vote.3' names nothing in experiment dnsrr; did you mean 'vote.1'?",
                        at(9, 10) + "steps[2].run 'curl vot' is not a command of experiment dnsrr; expected a run number from 1 to 9"
                                + " or one of its commands: 'dig vote', 'ping -c1 vote', 'curl vote | grep -i \"container id\"'",
                        at(10, 11) + "steps[2].show 'client.1 curl vote': 'curl' is not a view of the namespace's state; expected one of"
                                + " [bridge, cat, conntrack, docker, ip, iptables, iptables-save, ipvsadm] (run dig, curl and ping with runCommand)"),
                errors("""
                        steps:
                          - title: A
                            experiment: vipp
                            text: a
                          - {title: B, text: b,
                             run: 12,
                             highlight: [client.1, vote.3]}
                          - title: C
                            run: curl vot
                            show: client.1 curl vote
                            text: c
                        """));
    }
}
