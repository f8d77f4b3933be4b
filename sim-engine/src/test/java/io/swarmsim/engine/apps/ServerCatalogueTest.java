package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.ServerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerCatalogueTest {
    private static List<Integer> ports(String image) {
        return ServerCatalogue.defaults(image).stream().map(ServerSpec::port).toList();
    }

    @Test
    void commonImagesServeOnTheirDefaultPorts() {
        assertEquals(List.of(80), ports("nginx"));
        assertEquals(List.of(80), ports("nginx:1.25-alpine"));
        assertEquals(List.of(80), ports("docker.io/library/httpd:2.4"));
        assertEquals(List.of(80), ports("traefik/whoami:v1.10"));
        assertEquals(List.of(8000), ports("jwilder/whoami"));
        assertEquals(List.of(6379), ports("redis:alpine"));
        assertEquals(List.of(5432), ports("postgres:16"));
        assertEquals(List.of(80), ports("instavote/vote"));
        assertEquals(List.of(80), ports("dockersamples/examplevotingapp_vote:before"));
    }

    @Test
    void unknownImagesAndLookalikesServeNothing() {
        assertEquals(List.of(), ports("example/api:1"));
        assertEquals(List.of(), ports("nginxinc/nginx-unprivileged"));
        assertEquals(List.of(), ports("smakam/myubuntu:v4"));
    }

    @Test
    void repositoryDropsTagAndDigestButKeepsARegistryPort() {
        assertEquals("localhost:5000/app", ServerCatalogue.repository("localhost:5000/app:1.2"));
        assertEquals("localhost:5000/app", ServerCatalogue.repository("localhost:5000/app"));
        assertEquals("redis", ServerCatalogue.repository("redis@sha256:abc"));
    }

    @Test
    void theVotePageIsTheSeedsByteForByte() {
        ServerSpec vote = ServerCatalogue.defaults("instavote/vote").get(0);
        String page = ResponseTemplate.render(vote.response(), new ResponseTemplate.Task("0123456789ab", "vote.1", "vote", "node2", List.of()), "", "");
        assertEquals(VoteServer.page("0123456789ab"), page);
        String response = new String(TaskServers.http(page, vote.software()), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(response.startsWith("HTTP/1.1 200 OK\r\nServer: gunicorn/19.6.0\r\nConnection: close\r\nContent-Type: text/html; charset=utf-8\r\n"
                + "Content-Length: " + page.length() + "\r\n\r\n"), response);
    }
}
