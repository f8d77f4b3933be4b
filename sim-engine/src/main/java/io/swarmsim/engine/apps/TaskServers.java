package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.TcpServer;
import io.swarmsim.engine.scenario.ImageOverride;
import io.swarmsim.engine.scenario.ServerSpec;
import io.swarmsim.engine.scenario.SimSettings;
import io.swarmsim.kernel.netns.NetNamespace;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What each task serves: the service's {@code x-sim.services.<svc>.serves}, else its image's
 * {@code x-sim.images.<image>.serves}, else the catalogue's default for the image, else nothing.
 */
public final class TaskServers {
    private final SimSettings settings;
    private final ServedLog log;

    public TaskServers(SimSettings settings, ServedLog log) {
        this.settings = settings;
        this.log = log;
    }

    /** Which task answered each request. */
    public ServedLog log() {
        return log;
    }

    /** The servers a task of {@code service} running {@code image} has. */
    public List<ServerSpec> of(String service, String image) {
        List<ServerSpec> own = settings.serves().get(service);
        if (own != null) {
            return own;
        }
        Optional<ImageOverride> o = Optional.ofNullable(settings.images().get(image))
                .or(() -> Optional.ofNullable(settings.images().get(ServerCatalogue.repository(image))));
        return o.flatMap(ImageOverride::serves).orElseGet(() -> ServerCatalogue.defaults(image));
    }

    /** Opens a listening socket in {@code ns} for each of the task's servers. */
    public void start(Fabric fabric, NetNamespace ns, ResponseTemplate.Task task, String image) {
        for (ServerSpec s : of(task.serviceName(), image)) {
            new TcpServer(fabric, ns, s.port(), r -> {
                log.served(r.traceId(), task.taskName());
                String request = new String(r.bytes(), StandardCharsets.ISO_8859_1);
                String body = ResponseTemplate.render(s.response(), task, r.from() + ":" + r.fromPort(), request);
                return s.protocol() == ServerSpec.Protocol.HTTP ? http(body, s.software()) : body.getBytes(StandardCharsets.UTF_8);
            });
        }
    }

    /** An HTTP/1.1 200 response: headers in the order gunicorn sends them, then the body. */
    static byte[] http(String body, String software) {
        String type = body.startsWith("<") ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";
        String head = "HTTP/1.1 200 OK\r\n"
                + (software.isEmpty() ? "" : "Server: " + software + "\r\n")
                + "Connection: close\r\n"
                + "Content-Type: " + type + "\r\n"
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                + "\r\n";
        return (head + body).getBytes(StandardCharsets.UTF_8);
    }
}
