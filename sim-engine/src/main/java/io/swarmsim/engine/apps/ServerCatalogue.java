package io.swarmsim.engine.apps;

import io.swarmsim.engine.scenario.ServerSpec;
import java.util.List;

/**
 * What common images serve when a scenario says nothing: the image's default port and a response
 * like the real one. Matched by repository (the image name without its tag), as the image catalogue is.
 */
public final class ServerCatalogue {
    /** One row: the repositories it covers and what their tasks serve. */
    public record Entry(List<String> repositories, List<ServerSpec> serves, String note) {
    }

    /** The {@code declaredBy} of the catalogue's servers. */
    public static final String SOURCE = "the image catalogue";
    private static final String NGINX_PAGE = String.join("\n",
            "<!DOCTYPE html>", "<html>", "<head>", "<title>Welcome to nginx!</title>", "<style>",
            "html { color-scheme: light dark; }", "body { width: 35em; margin: 0 auto;", "font-family: Tahoma, Verdana, Arial, sans-serif; }",
            "</style>", "</head>", "<body>", "<h1>Welcome to nginx!</h1>",
            "<p>If you see this page, the nginx web server is successfully installed and", "working. Further configuration is required.</p>", "",
            "<p>For online documentation and support please refer to", "<a href=\"http://nginx.org/\">nginx.org</a>.<br/>",
            "Commercial support is available at", "<a href=\"http://nginx.com/\">nginx.com</a>.</p>", "",
            "<p><em>Thank you for using nginx.</em></p>", "</body>", "</html>", "");

    private static final List<Entry> ENTRIES = List.of(
            new Entry(List.of("instavote/vote", "dockersamples/examplevotingapp_vote"),
                    List.of(http(80, VoteServer.page("{{.ContainerID}}"), "gunicorn/19.6.0")), "the voting page, naming the container that processed it"),
            new Entry(List.of("nginx"), List.of(http(80, NGINX_PAGE, "nginx/1.25.5")), "the \"Welcome to nginx!\" page"),
            new Entry(List.of("httpd"), List.of(http(80, "<html><body><h1>It works!</h1></body></html>\n", "Apache/2.4.62 (Unix)")), "\"It works!\""),
            new Entry(List.of("traefik/whoami", "containous/whoami"),
                    List.of(http(80, "Hostname: {{.Hostname}}\n{{.IPLines}}RemoteAddr: {{.RemoteAddr}}\n{{.Request}}", "")),
                    "hostname, addresses, the peer as it reached the socket, the request"),
            new Entry(List.of("jwilder/whoami"), List.of(http(8000, "I'm {{.Hostname}}\n", "")), "I'm <hostname>"),
            new Entry(List.of("redis"), List.of(tcp(6379, "-ERR wrong number of arguments for 'get' command\r\n")),
                    "accepts connections; answers an HTTP GET as Redis does"),
            new Entry(List.of("postgres"), List.of(tcp(5432, "")), "accepts connections; closes on a request that is not its protocol"));

    private ServerCatalogue() {
    }

    public static List<Entry> entries() {
        return ENTRIES;
    }

    /** What a task of {@code image} serves by default; empty for images the catalogue does not know. */
    public static List<ServerSpec> defaults(String image) {
        String repo = repository(image);
        for (Entry e : ENTRIES) {
            for (String r : e.repositories()) {
                if (repo.equals(r) || repo.equals("library/" + r) || repo.equals("docker.io/" + r) || repo.equals("docker.io/library/" + r)) {
                    return e.serves();
                }
            }
        }
        return List.of();
    }

    /** The image name without its tag or digest. */
    public static String repository(String image) {
        String s = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = s.lastIndexOf('/');
        int colon = s.lastIndexOf(':');
        return colon > slash ? s.substring(0, colon) : s;
    }

    private static ServerSpec http(int port, String body, String software) {
        return new ServerSpec(ServerSpec.Protocol.HTTP, port, body, software, SOURCE);
    }

    private static ServerSpec tcp(int port, String response) {
        return new ServerSpec(ServerSpec.Protocol.TCP, port, response, "", SOURCE);
    }
}
