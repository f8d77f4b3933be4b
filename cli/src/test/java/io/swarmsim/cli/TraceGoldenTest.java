package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.assertNoStackTrace;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of {@code sim trace} for requests of the seed scenario, stored under
 * {@code src/test/resources/trace/<experiment>__request_<k>.golden}. {@code -Dgolden.update=true}
 * rewrites them (and prints which changed); otherwise the output must match byte for byte. Which
 * command each request is, is asserted below, so a change in the experiments cannot quietly swap
 * a golden's subject.
 */
class TraceGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/trace");

    static Stream<Arguments> requests() {
        return Stream.of(
                // the first VIP curl: mangle mark, IPVS in the client, VXLAN to node2, un-masquerading on the way back
                Arguments.of("vip", 2, "client.1 # curl vote | grep -i \"container id\""),
                // the first DNS round robin curl: the resolver's sort (glibc RFC 3484 rule 9) decides the address
                Arguments.of("dnsrr", 6, "client.1 # curl vote | grep -i \"container id\""),
                // the first curl to the published port: DOCKER-INGRESS DNAT, the ingress sandbox's IPVS and SNAT
                Arguments.of("mesh", 1, "node1 # curl 192.168.99.102:8080 | grep -i \"container id\""),
                // the first ping of DNS round robin: ICMP echo and the kernel's echo reply
                Arguments.of("dnsrr", 2, "client.1 # ping -c1 vote"));
    }

    static Path goldenFile(String experiment, int request) {
        return GOLDEN.resolve(experiment + "__request_" + request + ".golden");
    }

    static String trace(String experiment, int request) {
        E2e.Result r = sim("trace", VOTE, "--experiment", experiment, "--request", Integer.toString(request));
        assertEquals(0, r.code(), r.all());
        assertEquals("", r.err(), r.all());
        assertNoStackTrace(r);
        return r.out();
    }

    @ParameterizedTest(name = "{0} request {1}: {2}")
    @MethodSource("requests")
    void traceMatchesItsGolden(String experiment, int request, String command) throws IOException {
        String actual = trace(experiment, request);
        assertTrue(actual.startsWith("Request " + request + " of experiment " + experiment + ": " + command + "\n"),
                "request " + request + " of " + experiment + " is no longer `" + command + "`:\n" + actual);
        Path file = goldenFile(experiment, request);
        if (Boolean.getBoolean("golden.update")) {
            String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (!actual.equals(old)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                System.out.println("golden " + (old == null ? "created" : "changed") + ": " + file);
            }
            return;
        }
        assertTrue(Files.exists(file), "missing golden " + file + "; run with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                "sim trace " + VOTE + " --experiment " + experiment + " --request " + request);
    }

    @Test
    void theSameRequestTracesTheSameTwice() {
        assertEquals(trace("mesh", 1), trace("mesh", 1));
    }
}
