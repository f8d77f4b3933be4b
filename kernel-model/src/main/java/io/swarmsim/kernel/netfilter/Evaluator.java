package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Runs a packet through one table at one hook, as the kernel's ipt_do_table does: rules in order,
 * jumps push a return point, goto does not, RETURN or the end of a user chain pops, and with nothing
 * to pop the built-in chain's policy decides. NAT targets are terminal (accept). MARK continues.
 * The only side effects are on {@code counters}.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static TableVerdict evaluate(Table table, Hook hook, Packet packet, PacketContext ctx, Counters counters) {
        return evaluate(table, hook, packet, ctx, counters, true);
    }

    /**
     * @param recordVisits whether to list every rule looked at (for traces); without it the verdict
     *                     is the same and no rule text is built
     */
    public static TableVerdict evaluate(Table table, Hook hook, Packet packet, PacketContext ctx, Counters counters,
                                        boolean recordVisits) {
        Chain builtin = table.builtin(hook);
        List<RuleVisit> visits = recordVisits ? new ArrayList<>() : List.of();
        Deque<Frame> stack = null;
        NthState nth = new NthState(counters, table.name());
        Chain chain = builtin;
        int index = 0;
        Packet current = packet;
        int bytes = packet.length();
        int visited = 0;
        Chain runsOf = null;
        DestinationRuns runs = null;
        while (true) {
            if (index >= chain.rules().size()) {
                if (stack == null || stack.isEmpty()) {
                    return policy(table, builtin, current, visits, counters, bytes, visited);
                }
                Frame f = stack.pop();
                chain = f.chain;
                index = f.next;
                continue;
            }
            if (!recordVisits) {
                if (chain != runsOf) {
                    runsOf = chain;
                    runs = table.destinationRuns(chain);
                }
                DestinationRuns.Run run = runs == null ? null : runs.startingAt(index);
                if (run != null && current.dst().isV4()) {
                    current = markByDestination(table, chain, run, current, counters, bytes);
                    visited += run.length();
                    index = run.end();
                    continue;
                }
            }
            Rule rule = chain.rules().get(index);
            nth.at(chain.name(), index + 1);
            boolean matched = rule.matches(current, ctx, nth);
            visited++;
            if (recordVisits) {
                visits.add(new RuleVisit(table.name(), chain.name(), index + 1, rule.toSaveLine(chain.name()), matched,
                        rule.target().name()));
            }
            index++;
            if (!matched) {
                continue;
            }
            counters.countRule(new RuleKey(table.name(), chain.name(), index), bytes);
            Target t = rule.target();
            if (t instanceof VerdictTarget v) {
                return new TableVerdict(v.verdict(), current, null, visits, null, visited, new TableVerdict.Decider(chain.name(), rule));
            } else if (t instanceof NatTarget n) {
                return new TableVerdict(Verdict.ACCEPT, current, n.action(), visits, null, visited, new TableVerdict.Decider(chain.name(), rule));
            } else if (t instanceof MarkTarget m) {
                current = current.withMark(m.apply(current.mark()));
            } else if (t instanceof ReturnTarget) {
                if (stack == null || stack.isEmpty()) {
                    return policy(table, builtin, current, visits, counters, bytes, visited);
                }
                Frame f = stack.pop();
                chain = f.chain;
                index = f.next;
            } else if (t instanceof JumpTarget j) {
                if (!j.isGoto()) {
                    if (stack == null) {
                        stack = new ArrayDeque<>();
                    }
                    stack.push(new Frame(chain, index));
                }
                chain = table.chain(j.chain());
                index = 0;
            }
        }
    }

    /** A run of per-destination MARK rules: the ones that match, found in one probe, count and mark in chain order. */
    private static Packet markByDestination(Table table, Chain chain, DestinationRuns.Run run, Packet packet, Counters counters,
                                            int bytes) {
        Packet current = packet;
        for (int i : run.matching(packet.dst().toInt())) {
            counters.countRule(new RuleKey(table.name(), chain.name(), i + 1), bytes);
            current = current.withMark(((MarkTarget) chain.rules().get(i).target()).apply(current.mark()));
        }
        return current;
    }

    private static TableVerdict policy(Table table, Chain builtin, Packet packet, List<RuleVisit> visits,
                                       Counters counters, int bytes, int visited) {
        counters.countPolicy(table.name(), builtin.name(), bytes);
        return new TableVerdict(builtin.policy(), packet, null, visits, builtin.name(), visited, null);
    }

    private record Frame(Chain chain, int next) {
    }

    /** The rule being looked at, for {@code statistic --mode nth}; its key is made only if asked. */
    private static final class NthState implements Match.MatchState {
        private final Counters counters;
        private final String table;
        private String chain;
        private int number;

        NthState(Counters counters, String table) {
            this.counters = counters;
            this.table = table;
        }

        void at(String c, int n) {
            chain = c;
            number = n;
        }

        @Override
        public long nextPacketIndex() {
            return counters.nextNth(new RuleKey(table, chain, number));
        }
    }
}
