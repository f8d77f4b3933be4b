package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The pure connect-failure function: given the ordered list and per-address outcomes, where does the application end up. */
public final class ConnectFallback {
    private ConnectFallback() {
    }

    public static ConnectResult run(String who, ConnectPolicy policy, List<IpAddress> ordered,
                                    Function<IpAddress, ConnectOutcome> outcomeOf) {
        List<String> steps = new ArrayList<>();
        if (ordered.isEmpty()) {
            steps.add(who + ": no address to try");
            return new ConnectResult(Optional.empty(), steps);
        }
        for (int i = 0; i < ordered.size(); i++) {
            IpAddress a = ordered.get(i);
            ConnectOutcome o = outcomeOf.apply(a);
            boolean hasNext = i + 1 < ordered.size();
            if (o == ConnectOutcome.CONNECTED) {
                steps.add(who + ": " + a + " connected");
                return new ConnectResult(Optional.of(a), steps);
            }
            switch (policy) {
                case NONE -> {
                    steps.add(who + ": " + a + " " + words(o) + "; no fallback to later addresses, so it fails");
                    return new ConnectResult(Optional.empty(), steps);
                }
                case SEQUENTIAL_ON_REFUSED -> {
                    if (hasNext) {
                        steps.add(who + ": " + a + " " + words(o) + ", trying the next address "
                            + ordered.get(i + 1) + (o == ConnectOutcome.TIMEOUT ? " after the per-try timeout" : ""));
                    } else {
                        steps.add(who + ": " + a + " " + words(o) + "; all " + ordered.size() + " addresses failed");
                        return new ConnectResult(Optional.empty(), steps);
                    }
                }
                case NEXT_ON_UNREACHABLE_ONLY -> {
                    if (o == ConnectOutcome.UNREACHABLE) {
                        if (hasNext) {
                            steps.add(who + ": " + a + " " + words(o) + " on the probe connect, trying the next"
                                + " address " + ordered.get(i + 1));
                            continue;
                        }
                        steps.add(who + ": " + a + " " + words(o) + " and no further address; it fails");
                        return new ConnectResult(Optional.empty(), steps);
                    }
                    steps.add(who + ": " + a + " " + words(o) + ", but only EHOSTUNREACH/ENETUNREACH make it move on;"
                        + " it stays on " + a);
                    return new ConnectResult(Optional.of(a), steps);
                }
                default -> throw new IllegalStateException("unknown policy " + policy);
            }
        }
        throw new IllegalStateException("unreachable: loop always returns on the last address");
    }

    private static String words(ConnectOutcome o) {
        return switch (o) {
            case CONNECTED -> "connected";
            case REFUSED -> "refused (RST)";
            case UNREACHABLE -> "unreachable (EHOSTUNREACH/ENETUNREACH)";
            case TIMEOUT -> "timed out";
        };
    }
}
