package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.CommandSpec;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.sim.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * curl -v as a terminal shows it, in the image's curl's words: 7.88.1's recorded in a namespace
 * (NamesLiveTest compares it with the real curl), 7.47's (the seed's Ubuntu 16.04) with its
 * "Rebuilt URL" line and no port after "Trying".
 */
class CurlVerboseTest {
    private static Simulation vip(String image) throws Exception {
        String text = Files.readString(Path.of("../scenarios/vote.yaml")).replace("smakam/myubuntu:v4", image);
        Scenario s = ScenarioLoader.parse(text, Path.of("vote.yaml"));
        return new Simulation(s, s.servicesFor(s.experiment("vip").orElseThrow()), 1);
    }

    private static String out(Simulation sim, String cmd) {
        return sim.run(new CommandSpec("client.1", cmd, 1, null)).output();
    }

    @Test
    void curl747ShowsTheRebuiltUrlAndTheRequestAroundTheBody() throws Exception {
        String out = out(vip("smakam/myubuntu:v4"), "curl -v vote | grep -i \"container id\"");
        assertTrue(out.startsWith("* Rebuilt URL to: vote/\n*   Trying 10.0.0.4...\n* Connected to vote (10.0.0.4) port 80 (#0)\n"
                + "> GET / HTTP/1.1\n> Host: vote\n> User-Agent: curl/7.47.0\n> Accept: */*\n> \n< HTTP/1.1 200 OK\n"
                + "< Server: gunicorn/19.6.0\n< Connection: close\n< Content-Type: text/html; charset=utf-8\n"), out);
        assertTrue(out.matches("(?s).*< \n +Processed by container ID [0-9a-f]{12}\n\\* Closing connection 0\n"), out);
        assertEquals("* Rebuilt URL to: vote:81/\n*   Trying 10.0.0.4...\n* connect to 10.0.0.4 port 81 failed: Connection refused\n"
                + "* Failed to connect to vote port 81: Connection refused\n* Closing connection 0\n"
                + "curl: (7) Failed to connect to vote port 81: Connection refused\n", out(vip("smakam/myubuntu:v4"), "curl -v vote:81"));
    }

    @Test
    void curl788NamesThePortAndSilencesOnlyTheErrorLine() throws Exception {
        Simulation sim = vip("debian:12");
        assertTrue(out(sim, "curl -v vote").startsWith("*   Trying 10.0.0.4:80...\n* Connected to vote (10.0.0.4) port 80 (#0)\n"
                + "> GET / HTTP/1.1\n> Host: vote\n> User-Agent: curl/7.88.1\n"));
        assertEquals("* Could not resolve host: nosuch\n* Closing connection 0\n", out(sim, "curl -sv nosuch"));
        assertEquals("* Could not resolve host: nosuch\n* Closing connection 0\ncurl: (6) Could not resolve host: nosuch\n",
                out(sim, "curl --verbose nosuch"));
    }
}
