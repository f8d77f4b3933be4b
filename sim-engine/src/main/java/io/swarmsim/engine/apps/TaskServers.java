package io.swarmsim.engine.apps;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.net.KeepAlive;
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

    /** Opens the listening socket of one server the desired state names for a container. */
    public void start(Fabric fabric, NetNamespace ns, DesiredState.AppServer app) {
        new TcpServer(fabric, ns, app.spec().port(), r -> {
            log.served(r.traceId(), app.task());
            byte[] out = answer(app, r.from() + ":" + r.fromPort(), new String(r.bytes(), StandardCharsets.ISO_8859_1));
            if (app.spec().protocol() == ServerSpec.Protocol.HTTP && KeepAlive.requested(r.bytes())) {
                return new String(out, StandardCharsets.UTF_8).replaceFirst("\r\nConnection: close\r\n", "\r\n" + KeepAlive.HEADER + "\r\n")
                        .getBytes(StandardCharsets.UTF_8);
            }
            return out;
        });
    }

    /**
     * What {@code app} answers a peer at {@code remoteAddr} (address:port) that sent {@code request}:
     * the bytes the model's server sends, and the live bridge's real one.
     */
    public static byte[] answer(DesiredState.AppServer app, String remoteAddr, String request) {
        ServerSpec s = app.spec();
        String body = ResponseTemplate.render(s.response(), task(app), remoteAddr, request);
        return s.protocol() == ServerSpec.Protocol.HTTP ? http(body, s.software()) : body.getBytes(StandardCharsets.UTF_8);
    }

    /** What the server holds: its answer to an empty request from 0.0.0.0:0, and every template value of its task. */
    public static String describe(DesiredState.AppServer app) {
        ResponseTemplate.Task task = task(app);
        StringBuilder sb = new StringBuilder(app.spec().toString()).append('\n')
                .append(new String(answer(app, "0.0.0.0:0", ""), StandardCharsets.UTF_8));
        for (String name : ResponseTemplate.names()) {
            sb.append('\n').append(name).append('=').append(ResponseTemplate.render("{{." + name + "}}", task, "0.0.0.0:0", ""));
        }
        return sb.toString();
    }

    private static ResponseTemplate.Task task(DesiredState.AppServer app) {
        return new ResponseTemplate.Task(app.containerId(), app.task(), app.service(), app.node(), app.addresses(), app.hostname());
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
