package io.swarmsim.live.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a capture point's flows differ, where the difference itself shows the cause (nothing here
 * knows a scenario): the same packets in another order, which is concurrency (glibc sends the A
 * and AAAA questions together; which answer or question the wire carries first is timing), the
 * kernel's packets sent again (retransmissions: the model's packets plus repeats of them), and a
 * TCP SYN only the model shows at a task's interface although it is addressed to another task,
 * which the model's overlay bridge flooded as unknown unicast while the kernel's bridge had
 * already learned the destination's MAC from an earlier frame (the IPv6 frames a kernel interface
 * sends when it comes up; the model's sandboxes send none).
 */
public final class FlowExplanations {
    private static final Pattern SYN_TO = Pattern.compile("^tcp SYN \\S+ > ([0-9.]+):\\d+$");

    private FlowExplanations() {
    }

    /** The explanation of {@code p}'s differences, if all of them have one; {@code own} are the addresses of the point's own interface. */
    public static Optional<String> explain(FlowComparison.PointFlows p, List<String> own) {
        if (p.agrees()) {
            return Optional.empty();
        }
        if (sorted(p.model()).equals(sorted(p.real()))) {
            return Optional.of("the same packets in another order: concurrent packets (glibc's A and AAAA questions go out together) "
                    + "interleave by timing");
        }
        if (repeatsOnly(p.model(), p.real())) {
            return Optional.of("the kernel sent some packets again (retransmissions after a timeout: a busy machine answers late); "
                    + "every packet the model shows is there too");
        }
        boolean floods = !p.diff().isEmpty() && p.diff().stream().allMatch(d -> floodedToOther(d, own));
        if (floods) {
            return Optional.of("SYN to another task seen only in the model: its overlay bridge floods a frame to a MAC it has not "
                    + "learned yet; the kernel's bridge had learned it from an earlier frame (IPv6 link-up frames the model does not send)");
        }
        return Optional.empty();
    }

    private static boolean floodedToOther(String diffLine, List<String> own) {
        if (!diffLine.startsWith("- ")) {
            return false;
        }
        Matcher m = SYN_TO.matcher(diffLine.substring(2));
        return m.matches() && !own.contains(m.group(1));
    }

    /** The kernel's lines are the model's plus repeats of lines the model has. */
    private static boolean repeatsOnly(List<String> model, List<String> real) {
        List<String> left = new ArrayList<>(real);
        for (String m : model) {
            if (!left.remove(m)) {
                return false;
            }
        }
        return !left.isEmpty() && model.containsAll(left);
    }

    private static List<String> sorted(List<String> lines) {
        List<String> s = new ArrayList<>(lines);
        s.sort(null);
        return s;
    }
}
