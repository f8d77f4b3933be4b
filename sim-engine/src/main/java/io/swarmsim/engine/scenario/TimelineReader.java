package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.MapNode;
import io.swarmsim.engine.scenario.YamlNode.SeqNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an experiment's {@code timeline:} (control-plane events at simulated times), its
 * {@code workloads:} (long-running clients) and {@code interval:} (the report's bucket width).
 * What needs the services (which tasks exist when) is checked later, by {@link TimelineChecks}.
 */
final class TimelineReader {
    private static final List<String> ACTIONS = List.of("crash", "stop", "restart", "scale", "drain", "delay");
    private static final Set<String> EVENT_KEYS = new LinkedHashSet<>(List.of("at", "crash", "stop", "restart", "scale", "drain",
        "delay", "replicas", "by"));
    private static final Set<String> WORKLOAD_KEYS = Set.of("name", "from", "client", "url", "start", "every", "for", "connection",
        "tcp_keepalive", "timeout");
    private static final Map<String, ClientKind> CLIENTS = Words.of(ClientKind.class, ClientKind::word);
    private static final Map<String, Boolean> CONNECTIONS = Map.of("new", false, "keep-alive", true);
    private static final Pattern URL = Pattern.compile("(?:http://)?([^/:]+)(?::(\\d{1,5}))?(/.*)?");
    private static final String DURATION = "a duration such as 500ms, 30s, 10m or 1h30m (at most 30 days)";
    /** Most intervals of one workload's series (its memory is one pair of counters per interval). */
    static final long MAX_INTERVALS = 100_000;
    /** Most time-line entries of one experiment. */
    static final int MAX_EVENTS = 10_000;

    private final Reading reading;

    TimelineReader(Reading reading) {
        this.reading = reading;
    }

    Timeline read(MapNode m, String path) {
        List<TimelineEvent> events = new ArrayList<>();
        m.get("timeline").flatMap(v -> reading.list(v, path + ".timeline", "entries such as {at: 30s, restart: vote.1}"))
            .ifPresent(seq -> {
                if (seq.items().size() > MAX_EVENTS) {
                    reading.error(seq.location(), path + ".timeline has " + seq.items().size() + " entries; expected at most "
                        + MAX_EVENTS);
                    return;
                }
                for (int i = 0; i < seq.items().size(); i++) {
                    event(seq.items().get(i), path + ".timeline[" + i + "]").ifPresent(events::add);
                }
            });
        List<Workload> workloads = new ArrayList<>();
        m.get("workloads").flatMap(v -> reading.list(v, path + ".workloads", "workloads with name, from, client, url, every, for"))
            .ifPresent(seq -> workloads(seq, path + ".workloads", workloads));
        long interval = m.get("interval").flatMap(v -> duration(v, path + ".interval", 1_000_000L))
            .orElse(Timeline.DEFAULT_INTERVAL);
        for (Workload w : workloads) {
            long buckets = (w.start() + w.duration()) / interval + 1;
            if (buckets > MAX_INTERVALS) {
                reading.error(w.location(), "workload '" + w.name() + "' spans " + buckets + " intervals of " + Durations.text(interval)
                    + "; expected at most " + MAX_INTERVALS + " (a longer interval: beside timeline)");
            }
        }
        return new Timeline(events, workloads, interval);
    }

    private Optional<TimelineEvent> event(YamlNode n, String path) {
        Optional<MapNode> om = reading.checkedMap(n, path, EVENT_KEYS);
        if (om.isEmpty()) {
            return Optional.empty();
        }
        MapNode m = om.get();
        List<String> actions = ACTIONS.stream().filter(a -> m.get(a).isPresent()).toList();
        if (actions.size() != 1) {
            reading.error(m.location(), path + (actions.isEmpty() ? " names no action" : " names " + actions.size() + " actions ("
                + String.join(", ", actions) + ")") + "; expected exactly one of: " + Text.choices(ACTIONS));
            return Optional.empty();
        }
        String word = actions.get(0);
        TimelineEvent.Action action = TimelineEvent.Action.valueOf(word.toUpperCase(java.util.Locale.ROOT));
        Optional<YamlNode> atNode = m.get("at");
        if (atNode.isEmpty()) {
            reading.error(m.location(), path + " has no at; expected 'at:' with " + DURATION);
            return Optional.empty();
        }
        Optional<Long> at = duration(atNode.get(), path + ".at", 0);
        Optional<String> target = reading.string(m.get(word).get(), path + "." + word);
        int replicas = 0;
        long delay = 0;
        boolean ok = at.isPresent() && target.isPresent();
        ok &= extra(m, path, "replicas", action == TimelineEvent.Action.SCALE, "scale");
        ok &= extra(m, path, "by", action == TimelineEvent.Action.DELAY, "delay");
        if (action == TimelineEvent.Action.SCALE && m.get("replicas").isPresent()) {
            Optional<Integer> r = reading.intValue(m.get("replicas").get(), path + ".replicas", 0, 1000,
                "a non-negative integer (at most 1000)");
            ok &= r.isPresent();
            replicas = r.orElse(0);
        }
        if (action == TimelineEvent.Action.DELAY && m.get("by").isPresent()) {
            Optional<Long> d = duration(m.get("by").get(), path + ".by", 0);
            ok &= d.isPresent();
            delay = d.orElse(0L);
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEvent(at.get(), action, target.get(), replicas, delay, m.location()));
    }

    /** {@code key} is required with {@code action} and refused with any other. */
    private boolean extra(MapNode m, String path, String key, boolean needed, String action) {
        if (needed && m.get(key).isEmpty()) {
            reading.error(m.location(), path + " (" + action + ") has no " + key + "; expected '" + key + ":'");
            return false;
        }
        if (!needed && m.get(key).isPresent()) {
            reading.error(m.entry(key).get().keyLocation(), path + "." + key + " belongs to " + action
                + " entries only; expected it beside '" + action + ":'");
            return false;
        }
        return true;
    }

    private void workloads(SeqNode seq, String path, List<Workload> out) {
        Map<String, Location> names = new HashMap<>();
        for (int i = 0; i < seq.items().size(); i++) {
            String p = path + "[" + i + "]";
            Optional<MapNode> om = reading.map(seq.items().get(i), p);
            if (om.isEmpty()) {
                continue;
            }
            workload(om.get(), p).ifPresent(w -> {
                Location first = names.putIfAbsent(w.name(), w.location());
                if (first != null) {
                    reading.error(w.location(), "workload name '" + Text.clip(w.name()) + "' is already used at " + first
                        + "; expected unique workload names");
                } else {
                    out.add(w);
                }
            });
        }
    }

    private Optional<Workload> workload(MapNode m, String p) {
        reading.checkKeys(m, p, WORKLOAD_KEYS, ComposeKeys.NONE);
        Optional<String> name = required(m, p, "name", "a name for the report");
        Optional<String> from = required(m, p, "from", "a task such as client.1");
        Optional<ClientKind> client = m.get("client").isEmpty() ? missing(m, p, "client", "one of " + Text.quotedChoices(CLIENTS.keySet()))
            : reading.choice(m.get("client").get(), p + ".client", CLIENTS);
        Optional<String> url = required(m, p, "url", "a URL such as http://vote/");
        Optional<Long> every = m.get("every").isEmpty() ? missing(m, p, "every", DURATION)
            : duration(m.get("every").get(), p + ".every", 1_000_000L);
        Optional<Long> length = m.get("for").isEmpty() ? missing(m, p, "for", DURATION) : duration(m.get("for").get(), p + ".for", 1);
        long start = m.get("start").flatMap(v -> duration(v, p + ".start", 0)).orElse(0L);
        boolean keepAlive = m.get("connection").flatMap(v -> reading.choice(v, p + ".connection", CONNECTIONS)).orElse(false);
        long keepalive = m.get("tcp_keepalive").flatMap(v -> duration(v, p + ".tcp_keepalive", 1_000_000_000L)).orElse(0L);
        long timeout = m.get("timeout").flatMap(v -> duration(v, p + ".timeout", 1_000_000L)).orElse(5_000_000_000L);
        if (m.get("tcp_keepalive").isPresent() && !keepAlive) {
            reading.error(m.entry("tcp_keepalive").get().keyLocation(), p + ".tcp_keepalive needs a connection kept alive; expected"
                + " 'connection: keep-alive' beside it");
        }
        if (keepAlive && client.filter(c -> c == ClientKind.NGINX).isPresent()) {
            // the model's nginx fails over between upstreams per new connection only
            reading.error(m.get("connection").get().location(), p + ".connection keep-alive is not modelled for the nginx client"
                + " (its upstream failover is per connection); expected 'connection: new' with client nginx");
        }
        if (name.isEmpty() || from.isEmpty() || client.isEmpty() || url.isEmpty() || every.isEmpty() || length.isEmpty()) {
            return Optional.empty();
        }
        Matcher u = URL.matcher(url.get());
        int port = u.matches() && u.group(2) != null ? Integer.parseInt(u.group(2)) : 80;
        if (!u.matches() || port < 1 || port > 65535 || !validHost(u.group(1))) {
            reading.error(m.get("url").get().location(), p + ".url '" + Text.clip(url.get())
                + "' is not a URL the model serves; expected http://HOST[:PORT][/PATH] with a host name or address");
            return Optional.empty();
        }
        if (length.get() / every.get() > Workload.MAX_REQUESTS) {
            reading.error(m.get("for").get().location(), p + " sends " + length.get() / every.get() + " requests (for / every); expected at most "
                + Workload.MAX_REQUESTS);
            return Optional.empty();
        }
        return Optional.of(new Workload(name.get(), from.get(), client.get(), u.group(1), port, start, every.get(), length.get(),
            keepAlive, keepalive, timeout, m.location()));
    }

    private static boolean validHost(String host) {
        try {
            io.swarmsim.kernel.dns.DnsNames.labels(host);
            return true;
        } catch (IllegalArgumentException e) {
            return io.swarmsim.kernel.net.IpAddress.isValid(host);
        }
    }

    private Optional<String> required(MapNode m, String p, String key, String expected) {
        return m.get(key).isEmpty() ? missing(m, p, key, expected) : reading.string(m.get(key).get(), p + "." + key);
    }

    private <T> Optional<T> missing(MapNode m, String p, String key, String expected) {
        reading.error(m.location(), p + " has no " + key + "; expected '" + key + ":' with " + expected);
        return Optional.empty();
    }

    /** A duration of at least {@code least} ns. */
    private Optional<Long> duration(YamlNode n, String path, long least) {
        if (n instanceof YamlNode.ScalarNode s && !s.isNull()) {
            Optional<Long> d = s.text().equals("0") ? Optional.of(0L) : Durations.parse(s.text());
            if (d.isPresent() && d.get() >= least) {
                return d;
            }
            String more = d.isPresent() ? " (it must be at least " + Durations.text(least) + ")" : "";
            reading.error(n.location(), path + " '" + Text.clip(s.text()) + "' is not " + (d.isPresent() ? "long enough" : "a duration")
                + more + "; expected " + DURATION);
            return Optional.empty();
        }
        reading.error(n.location(), path + " is " + n.describe() + "; expected " + DURATION);
        return Optional.empty();
    }
}
