package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.engine.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Simulated and real outputs paired, reduced to what both must agree on, and counted per task. */
class CommandComparisonTest {
    /** What Debian 12's dig 9.18 prints for the dnsrr answer (its banner, flags, times and size differ from the model's 9.10). */
    static final String REAL_DIG = """

            ; <<>> DiG 9.18.33-1~deb12u2-Debian <<>> vote
            ;; global options: +cmd
            ;; Got answer:
            ;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 51234
            ;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 0

            ;; QUESTION SECTION:
            ;vote.\t\t\t\tIN\tA

            ;; ANSWER SECTION:
            vote.\t\t\t600\tIN\tA\t10.0.0.3
            vote.\t\t\t600\tIN\tA\t10.0.0.4

            ;; Query time: 0 msec
            ;; SERVER: 127.0.0.11#53(127.0.0.11) (UDP)
            ;; WHEN: Fri Dec 04 05:00:00 UTC 2026
            ;; MSG SIZE  rcvd: 62

            """;

    @Test
    void digKeepsTheStatusAndTheAnswersInOrder() {
        assertEquals(List.of("status NOERROR", "vote. 600 IN A 10.0.0.3", "vote. 600 IN A 10.0.0.4"), CommandComparison.key("dig", REAL_DIG));
        Session model = Fixtures.session("dnsrr");
        CommandRun dig = model.runAll().get(0);
        assertEquals(CommandComparison.key("dig", dig.output()), CommandComparison.key("dig", REAL_DIG), "the model's dig prints this answer");
        String swapped = REAL_DIG.replace("A\t10.0.0.3", "A\tX").replace("A\t10.0.0.4", "A\t10.0.0.3").replace("A\tX", "A\t10.0.0.4");
        assertFalse(CommandComparison.key("dig", dig.output()).equals(CommandComparison.key("dig", swapped)), "order counts");
    }

    @Test
    void pingKeepsTheAddressAndTheRepliesNotTheTimes() {
        String real = "PING vote (10.0.0.3) 56(84) bytes of data.\n64 bytes from 10.0.0.3: icmp_seq=1 ttl=64 time=0.093 ms\n\n"
                + "--- vote ping statistics ---\n1 packets transmitted, 1 received, 0% packet loss, time 0ms\n"
                + "rtt min/avg/max/mdev = 0.093/0.093/0.093/0.000 ms\n";
        assertEquals(List.of("PING vote (10.0.0.3)", "1 packets transmitted, 1 received"), CommandComparison.key("ping", real));
    }

    /** The model against itself with one real output changed: that pair differs, the distribution shows it both ways. */
    @Test
    void aDifferentTaskShowsInThePairAndInTheDistribution() {
        Session model = Fixtures.session("vip");
        List<CommandRun> runs = model.runAll();
        List<RealCommands.Run> real = new ArrayList<>();
        for (CommandRun c : runs) {
            real.add(new RealCommands.Run(c.from(), c.command(), c.output(), 0, ""));
        }
        CommandComparison.Result same = CommandComparison.compare(runs, real, model.cluster());
        assertTrue(same.agrees());
        assertEquals(List.of(2, 2), same.distributions().get(0).perTask().values().stream().map(c -> c[0]).toList());
        String id1 = model.cluster().task("vote.1").orElseThrow().shortContainerId();
        String id2 = model.cluster().task("vote.2").orElseThrow().shortContainerId();
        int last = runs.size() - 1;
        String other = runs.get(last).output().contains(id1) ? runs.get(last).output().replace(id1, id2) : runs.get(last).output().replace(id2, id1);
        real.set(last, new RealCommands.Run(runs.get(last).from(), runs.get(last).command(), other, 0, ""));
        CommandComparison.Result r = CommandComparison.compare(runs, real, model.cluster());
        assertFalse(r.agrees());
        assertEquals(List.of(last), r.pairs().stream().filter(p -> !p.agrees()).map(r.pairs()::indexOf).toList());
        CommandComparison.Distribution d = r.distributions().get(0);
        assertEquals(List.of("vote.1", "vote.2"), List.copyOf(d.perTask().keySet()));
        assertEquals(4, d.perTask().values().stream().mapToInt(c -> c[1]).sum());
        assertFalse(d.perTask().get("vote.1")[0] == d.perTask().get("vote.1")[1]);
        assertTrue(String.join("\n", CommandComparison.lines(r)).contains("(run 4): DIFFER"), String.join("\n", CommandComparison.lines(r)));
    }
}
