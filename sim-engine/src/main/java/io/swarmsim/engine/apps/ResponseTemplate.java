package io.swarmsim.engine.apps;

import java.util.List;
import java.util.Map;

/**
 * Fills a server's response template with what the serving task knows, in the notation of Docker's
 * Go templates: {@code {{.ContainerID}}} (12 hex digits), {@code {{.Hostname}}} (a container's
 * hostname: its short ID), {@code {{.TaskName}}} ({@code web.1}), {@code {{.ServiceName}}},
 * {@code {{.NodeName}}}, {@code {{.IP}}} (the task's first address), {@code {{.IPLines}}} (one
 * {@code IP: a} line per address, 127.0.0.1 first, as whoami prints them), {@code {{.RemoteAddr}}}
 * (the peer's address:port as the socket sees it) and {@code {{.Request}}} (the request's head).
 */
public final class ResponseTemplate {
    /** What one task knows about itself. */
    public record Task(String containerId, String taskName, String serviceName, String nodeName, List<String> addresses, String hostname) {
        /** A task in a container of its own: its hostname is its short container ID. */
        public Task(String containerId, String taskName, String serviceName, String nodeName, List<String> addresses) {
            this(containerId, taskName, serviceName, nodeName, addresses, containerId);
        }
    }

    private ResponseTemplate() {
    }

    public static String render(String template, Task task, String remoteAddr, String request) {
        StringBuilder lines = new StringBuilder("IP: 127.0.0.1\n");
        task.addresses().forEach(a -> lines.append("IP: ").append(a).append('\n'));
        Map<String, String> values = Map.of(
                "ContainerID", task.containerId(),
                "Hostname", task.hostname(),
                "TaskName", task.taskName(),
                "ServiceName", task.serviceName(),
                "NodeName", task.nodeName(),
                "IP", task.addresses().isEmpty() ? "" : task.addresses().get(0),
                "IPLines", lines.toString(),
                "RemoteAddr", remoteAddr,
                "Request", request);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf("{{.", i);
            int close = open < 0 ? -1 : template.indexOf("}}", open);
            String key = close < 0 ? null : template.substring(open + 3, close).strip();
            if (key == null || !values.containsKey(key)) {
                int end = open < 0 ? template.length() : open + 3;
                out.append(template, i, end);
                i = end;
                continue;
            }
            out.append(template, i, open).append(values.get(key));
            i = close + 2;
        }
        return out.toString();
    }

    /** The names a template may use, for messages and the README. */
    public static List<String> names() {
        return List.of("ContainerID", "Hostname", "TaskName", "ServiceName", "NodeName", "IP", "IPLines", "RemoteAddr", "Request");
    }
}
