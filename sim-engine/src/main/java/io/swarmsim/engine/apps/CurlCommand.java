package io.swarmsim.engine.apps;

import io.swarmsim.engine.net.TcpClient;
import io.swarmsim.engine.report.CommandRun;
import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.resolver.ClientProfile;
import io.swarmsim.kernel.resolver.ConnectPolicy;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code curl [-s] [-v] [--http0.9] [http://]HOST[:PORT][/PATH]}: resolves as the image's HTTP client
 * does, connects to the first address (and the next ones on refusal when the client does that),
 * sends a GET and prints the response body. An error ({@code curl: (6) ...}) goes to stderr, which the
 * output shows as a terminal would, unless {@code -s} silences it (curl -s: "do not show progress
 * meter or error messages"); {@code -v}'s lines, also stderr, frame the body.
 */
public final class CurlCommand implements UserCommand {
    private static final Pattern URL = Pattern.compile("(?:https?://)?([^/:]+)(?::(\\d{1,5}))?(/.*)?");

    private final CommandLine line;
    private final String host;
    private final int port;
    private final String path;
    private final String url;
    private final boolean silent;
    /** {@code -v}: curl's info ({@code *}), request ({@code >}) and response header ({@code <}) lines on stderr. */
    private final boolean verbose;
    /** What -v printed before the body, and after it. */
    private final StringBuilder before = new StringBuilder();
    private final StringBuilder after = new StringBuilder();
    /** {@code --http0.9}: take an answer that is not HTTP as the body, as curl before 7.66 always did. */
    private final boolean http09;
    /** The error message the terminal shows after the output (curl writes it to stderr, past any grep). */
    private String errorShown = "";
    private CommandEnv env;
    private ClientProfile profile;
    private Consumer<CommandRun> done;
    private List<IpAddress> order = List.of();
    /** When the transfer started (curl's t_startsingle), for the "after N ms" of a failed connect. */
    private long startedAt;

    public CurlCommand(CommandLine line) {
        this.line = line;
        boolean s = false;
        boolean v = false;
        boolean h09 = false;
        List<String> urls = new java.util.ArrayList<>();
        for (String a : line.args()) {
            if (a.equals("--silent") || a.equals("--verbose") || a.equals("--http0.9")) {
                s |= a.equals("--silent");
                v |= a.equals("--verbose");
                h09 |= a.equals("--http0.9");
            } else if (a.matches("-[sv]+")) {
                s |= a.contains("s");
                v |= a.contains("v");
            } else if (a.startsWith("-")) {
                throw new IllegalArgumentException("curl option " + a + " is not simulated; use curl [-s] [-v] [--http0.9] URL");
            } else {
                urls.add(a);
            }
        }
        silent = s;
        verbose = v;
        http09 = h09;
        if (urls.size() != 1) {
            throw new IllegalArgumentException("curl takes one URL");
        }
        url = urls.get(0);
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("curl: (3) URL using bad/illegal format or missing URL: " + urls.get(0));
        }
        host = NameLookup.checkedHost(m.group(1));
        port = m.group(2) == null ? 80 : Integer.parseInt(m.group(2));
        path = m.group(3) == null ? "/" : m.group(3);
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("curl: (3) Port number out of range: " + port);
        }
    }

    @Override
    public void start(CommandEnv e, Consumer<CommandRun> d) {
        env = e;
        done = d;
        startedAt = e.fabric().loop().now();
        profile = e.httpClient();
        if (CurlWording.rebuildsUrl(e.image().curlVersion()) && !url.replaceFirst("^https?://", "").contains("/")) {
            info("* Rebuilt URL to: " + url + "/\n");
        }
        NameLookup.resolve(e, profile, host, o -> {
            if (o.failure() != null) {
                info("* Could not resolve host: " + host + "\n");
                env.decided(profile.name(), TraceEvent.AppAction.GIVE_UP, null, port, "name lookup failed: " + o.failure());
                finish(error("curl: (6) Could not resolve host: " + host + "\n"), null, null);
                return;
            }
            order = o.addresses();
            attempt(0);
        });
    }

    private void attempt(int i) {
        IpAddress to = order.get(i);
        env.decided(profile.name(), TraceEvent.AppAction.CONNECT, to, port, i == 0 ? "the first address" : "address " + (i + 1) + " of " + order.size());
        String head = "GET " + path + " HTTP/1.1\r\nHost: " + host + (port == 80 ? "" : ":" + port)
                + "\r\nUser-Agent: curl/" + env.image().curlVersion() + "\r\nAccept: */*\r\n\r\n";
        byte[] request = head.getBytes(StandardCharsets.US_ASCII);
        info(CurlWording.trying(env.image().curlVersion(), to.toString(), port));
        new TcpClient(env.fabric(), env.ns(), to, port, request, env.ids(), new TcpClient.Listener() {
            @Override
            public void connected(TcpClient c) {
                info("* Connected to " + host + " (" + to + ") port " + port + " (#0)\n" + lines("> ", head));
                env.decided(profile.name(), TraceEvent.AppAction.CONNECTED, to, port, profile.name() + ": connected to " + to + " port " + port);
            }

            @Override
            public void refused(TcpClient c, String why) {
                boolean next = profile.connectPolicy() == ConnectPolicy.SEQUENTIAL_ON_REFUSED && i + 1 < order.size();
                String hint = MissingServer.hint(env.cluster(), env.servers(), to, port).map(h -> " (" + h + ")").orElse("");
                env.decided(profile.name(), next ? TraceEvent.AppAction.FALLBACK : TraceEvent.AppAction.GIVE_UP, to, port,
                        profile.name() + ": " + why + hint + (next ? ", trying the next address " + order.get(i + 1) : ""));
                long ms = (env.fabric().loop().now() - startedAt) / 1_000_000L;
                String system = why.substring(why.lastIndexOf(": ") + 2);
                info(CurlWording.verboseRefused(env.image().curlVersion(), host, to.toString(), port, ms, system));
                if (next) {
                    attempt(i + 1);
                } else {
                    finish(error(CurlWording.connectFailed(env.image().curlVersion(), host, port, ms, system)), null, null);
                }
            }

            @Override
            public void response(TcpClient c, byte[] body) {
                String served = env.servers().log().take(env.ids().request()).or(() -> env.taskAt(to)).orElse(null);
                if (body.length == 0) {
                    info("* Empty reply from server\n");
                    env.decided(profile.name(), TraceEvent.AppAction.GIVE_UP, to, port, profile.name() + ": the server closed without answering");
                    finish(error("curl: (52) Empty reply from server\n"), to.toString(), null);
                    return;
                }
                java.util.Optional<String> refused = startsHttp(body) || http09 ? java.util.Optional.empty()
                        : CurlWording.notHttp(env.image().curlVersion());
                if (refused.isPresent()) {
                    info("* " + refused.get().substring("curl: (1) ".length()));
                    env.decided(profile.name(), TraceEvent.AppAction.GIVE_UP, to, port, profile.name() + " " + env.image().curlVersion()
                            + ": the answer is not HTTP (HTTP/0.9 is refused from curl 7.66)" + (served == null ? "" : "; served by " + served));
                    finish(error(refused.get()), to.toString(), served);
                    return;
                }
                String page = VoteServer.body(body);
                String text = new String(body, StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end >= 0) {
                    info(lines("< ", text.substring(0, end + 4)));
                }
                if (served != null) {
                    env.decided(profile.name(), TraceEvent.AppAction.ANSWERED, to, port, "served by " + served);
                }
                finish(page, to.toString(), served);
            }
        }).connect();
    }

    private static boolean startsHttp(byte[] body) {
        return new String(body, 0, Math.min(5, body.length), StandardCharsets.US_ASCII).equals("HTTP/");
    }

    /** A -v line: before the body until the response is in, after it from then on (the closing line). */
    private void info(String text) {
        if (verbose) {
            before.append(text);
        }
    }

    /** The request's or response's head as -v shows it: each line prefixed, CRs gone, the empty last line kept. */
    private static String lines(String prefix, String head) {
        StringBuilder sb = new StringBuilder();
        String[] parts = head.split("\r\n", -1);
        for (int i = 0; i < parts.length - 1; i++) {
            sb.append(prefix).append(parts[i]).append('\n');
        }
        return sb.toString();
    }

    /** An error message as the terminal shows it: nothing under -s, and never through grep (it is on stderr). */
    private String error(String message) {
        errorShown = silent ? "" : message;
        return "";
    }

    /** The result; its reason line is read from the decisions above (see the simulation's RequestReasons). */
    private void finish(String text, String connected, String servedBy) {
        if (verbose) {
            after.append("* Closing connection 0\n"); // every server here sends Connection: close, or none answers
        }
        done.accept(new CommandRun(env.where(), line.text(), before + line.grep().map(g -> g.apply(text)).orElse(text) + after + errorShown,
                order.stream().map(IpAddress::toString).toList(), connected, servedBy, ""));
    }
}
