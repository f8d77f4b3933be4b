package io.swarmsim.gui.inspect;

import io.swarmsim.engine.session.NamespaceSnapshot;
import io.swarmsim.engine.session.NamespaceSnapshot.PolicyCounter;
import io.swarmsim.engine.session.NamespaceSnapshot.RuleCounter;
import io.swarmsim.kernel.netfilter.Hook;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A namespace's netfilter hooks drawn the way the kernel walks them: the five hooks in order, in
 * each the functions registered there by priority, and for every iptables table its built-in chain
 * with the user chains it jumps to, each rule with its counters (the numbers of {@code iptables -nvL
 * -x}, the rule in {@code iptables -S} words). The same user chain can appear under two hooks, as a
 * packet can meet it at both. Built afresh from each snapshot; holds no state.
 */
final class NetfilterPane {
    /** The pane, and the node the cursor lights (for scrolling to it), if any. */
    record Built(VBox pane, Optional<Node> lit) {
    }

    private final NamespaceSnapshot snap;
    private final Optional<Lit> lit;
    private Node litNode;

    private NetfilterPane(NamespaceSnapshot snap, Optional<Lit> lit) {
        this.snap = snap;
        this.lit = lit;
    }

    static Built build(NamespaceSnapshot snap, Optional<Lit> lit) {
        NetfilterPane p = new NetfilterPane(snap, lit);
        VBox pane = new VBox(8);
        pane.setId("ns-hooks");
        for (Hook h : Hook.values()) {
            pane.getChildren().add(p.hook(h));
        }
        return new Built(pane, Optional.ofNullable(p.litNode));
    }

    private VBox hook(Hook h) {
        boolean on = lit.map(l -> l.lights(h)).orElse(false);
        VBox box = new VBox(4);
        box.setId("hook-" + h.name());
        box.setStyle(on ? Styles.HOOK_LIT : Styles.HOOK);
        Label title = Styles.label(h.name(), Styles.HOOK_TITLE);
        Label meaning = Styles.wrapping(HookStages.meaning(h), Styles.MUTED);
        HBox head = new HBox(8, title, meaning);
        head.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(meaning, Priority.ALWAYS);
        box.getChildren().add(head);
        if (on && litNode == null) {
            litNode = box;
        }
        for (HookStages.Stage st : HookStages.at(h)) {
            if (st.isTable()) {
                box.getChildren().add(hasTable(st.function()) ? table(h, st) : absent(h, st));
            } else if (!st.function().equals("ipvs") || !snap.ipvs().isEmpty()) {
                box.getChildren().add(function(h, st));
            }
        }
        return box;
    }

    private boolean hasTable(String table) {
        return snap.policies().stream().anyMatch(p -> p.table().equals(table));
    }

    /** conntrack or IPVS: one line, what it does and what it holds now. */
    private Node function(Hook h, HookStages.Stage st) {
        String holds = st.function().equals("ipvs") ? snap.ipvs().size() + (snap.ipvs().size() == 1 ? " service" : " services")
                : snap.conntrack().size() + (snap.conntrack().size() == 1 ? " entry" : " entries");
        String name = st.function().equals("ipvs") ? "IPVS" : st.function();
        Label l = Styles.wrapping(name + "  (priority " + HookStages.priority(st.priority()) + "): " + HookStages.meaning(st) + "; " + holds
                + " below", Styles.MUTED + " -fx-font-style: italic;");
        l.setId("stage-" + h.name() + "-" + st.function().replace(' ', '_'));
        if (lit.map(x -> x.lights(h, st.function())).orElse(false)) {
            l.setStyle(Styles.MUTED + Styles.STAGE_LIT);
        }
        return l;
    }

    /** A table this namespace never loaded: nothing runs there (iptables -L would show it empty, policy ACCEPT). */
    private Node absent(Hook h, HookStages.Stage st) {
        Label l = Styles.wrapping(st.function() + "  (priority " + HookStages.priority(st.priority()) + "): no rules here, packets pass",
                Styles.MUTED);
        l.setId("table-" + h.name() + "-" + st.function());
        return l;
    }

    private Node table(Hook h, HookStages.Stage st) {
        String t = st.function();
        VBox box = new VBox(2);
        box.setId("table-" + h.name() + "-" + t);
        Label title = Styles.label(t + "  (priority " + HookStages.priority(st.priority()) + ")", Styles.TABLE_TITLE);
        box.getChildren().add(title);
        boolean on = lit.map(x -> x.lights(h, t)).orElse(false);
        if (on) {
            title.setStyle(Styles.TABLE_TITLE + Styles.STAGE_LIT);
        }
        List<String> chains = reachable(t, h.chainName());
        for (String c : chains) {
            box.getChildren().add(chain(h, t, c, c.equals(h.chainName())));
        }
        return box;
    }

    private Node chain(Hook h, String t, String c, boolean builtin) {
        VBox box = new VBox(1);
        box.setStyle("-fx-padding: 0 0 0 12;");
        Label head;
        if (builtin) {
            PolicyCounter p = snap.policies().stream().filter(x -> x.table().equals(t) && x.chain().equals(c)).findFirst()
                    .orElse(new PolicyCounter(t, c, "ACCEPT", 0, 0));
            head = Styles.wrapping("Chain " + c + " (policy " + p.policy() + " " + p.packets() + " packets, " + p.bytes() + " bytes)",
                    Styles.MONO + " -fx-font-weight: bold;");
            head.setId("policy-" + h.name() + "-" + t + "-" + c);
            if (lit.map(x -> x.lightsRule(h, t, c, Lit.POLICY)).orElse(false)) {
                head.setStyle(Styles.MONO + " -fx-font-weight: bold;" + Styles.LIT);
                litNode = head;
            }
        } else {
            head = Styles.wrapping("Chain " + c + " (user chain)", Styles.MONO + " -fx-font-weight: bold;");
        }
        box.getChildren().add(head);
        List<RuleCounter> rules = snap.rules().stream().filter(r -> r.table().equals(t) && r.chain().equals(c)).toList();
        if (rules.isEmpty()) {
            box.getChildren().add(Styles.label("   (no rules)", Styles.MONO + Styles.MUTED));
            return box;
        }
        box.getChildren().add(row("#", "pkts", "bytes", "rule", Styles.MONO + Styles.MUTED));
        for (RuleCounter r : rules) {
            HBox row = row(Integer.toString(r.number()), Long.toString(r.packets()), Long.toString(r.bytes()), RuleText.body(r.rule()),
                    Styles.MONO);
            row.setId("rule-" + h.name() + "-" + t + "-" + c + "-" + r.number());
            row.setUserData(r);
            if (lit.map(x -> x.lightsRule(h, t, c, r.number())).orElse(false)) {
                row.setStyle(Styles.LIT);
                litNode = row;
            }
            box.getChildren().add(row);
        }
        return box;
    }

    /** One line of a chain: number, packets, bytes (right-aligned, as iptables prints them) and the rule, wrapping. */
    private static HBox row(String n, String pkts, String bytes, String rule, String style) {
        Label num = fixed(n, 22, style);
        Label p = fixed(pkts, 46, style);
        p.getStyleClass().add("pkts");
        Label b = fixed(bytes, 58, style);
        b.getStyleClass().add("bytes");
        Label text = Styles.wrapping(rule, style);
        text.getStyleClass().add("rule-text");
        HBox row = new HBox(8, num, p, b, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        return row;
    }

    private static Label fixed(String s, double width, String style) {
        Label l = Styles.label(s, style);
        l.setMinWidth(width);
        l.setPrefWidth(width);
        l.setAlignment(Pos.TOP_RIGHT);
        return l;
    }

    /** {@code start} and the chains of table {@code t} its rules jump or go to, transitively, in the order first met. */
    private List<String> reachable(String t, String start) {
        Set<String> known = new LinkedHashSet<>();
        snap.rules().stream().filter(r -> r.table().equals(t)).forEach(r -> known.add(r.chain()));
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String c = todo.poll();
            if (!seen.add(c)) {
                continue;
            }
            List<String> next = new ArrayList<>();
            for (RuleCounter r : snap.rules()) {
                if (r.table().equals(t) && r.chain().equals(c)) {
                    String target = RuleText.target(r.rule());
                    if (known.contains(target) && Hook.ofChain(target) == null) {
                        next.add(target);
                    }
                }
            }
            todo.addAll(next);
        }
        return new ArrayList<>(seen);
    }
}
