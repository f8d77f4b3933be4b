package io.swarmsim.engine.report;

import java.util.List;

/**
 * One run of one user command: what the tool printed, and what the simulation knows about it.
 *
 * @param resolved  addresses in the order the application used them
 * @param connected the address it ended up talking to, or null
 * @param servedBy  the task that answered, or null
 * @param reason    why, in a learner's words
 * @param packets   packet traversals of a namespace's stack the command caused
 * @param rulesVisited iptables rules looked at on the way (the kernel's cost is linear in it)
 */
public record CommandRun(String from, String command, String output, List<String> resolved, String connected,
                         String servedBy, String reason, long packets, long rulesVisited) {
    public CommandRun {
        resolved = List.copyOf(resolved);
    }

    public CommandRun(String from, String command, String output, List<String> resolved, String connected, String servedBy,
                      String reason) {
        this(from, command, output, resolved, connected, servedBy, reason, 0, 0);
    }

    /**
     * @param packetCount  packet traversals of a namespace's stack the command caused (a packet crossing
     *                     three namespaces counts three)
     * @param rules        iptables rules looked at on the way
     */
    public CommandRun withCost(long packetCount, long rules) {
        return new CommandRun(from, command, output, resolved, connected, servedBy, reason, packetCount, rules);
    }
}
