package io.swarmsim.gui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.NamespaceSnapshot;
import io.swarmsim.engine.session.Session;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The namespace view on a real session: its chooser, its hooks in kernel order, counters equal to the engine's tools, the lit rule. */
@ExtendWith(ApplicationExtension.class)
class NamespaceViewTest {
    static {
        Fx.bigScreen();
    }

    private SessionDriver driver;
    private AppModel model;
    private NamespaceView view;

    @Start
    void start(Stage stage) {
        driver = new SessionDriver(16);
        model = new AppModel(driver);
        view = new NamespaceView(model);
        stage.setScene(new Scene(view, 560, 900));
        stage.show();
    }

    @AfterEach
    void close() {
        driver.close();
    }

    private void open(String experiment) throws Exception {
        Fx.run(() -> model.open(RunRequest.of(Fx.VOTE).withExperiment(experiment)));
        Fx.until(model, () -> model.finished().get());
    }

    /** Moves the cursor to {@code index} and waits for the namespace as it was then. */
    private void seek(int index) throws Exception {
        Fx.run(() -> model.seek(index));
        Fx.until(model, () -> model.snapshot().get() != null && model.snapshot().get().name().equals(model.inspected().get())
                && model.snapshot().get().time() == model.current().orElseThrow().time() && view.lookup("#ns-hooks") != null);
    }

    private int indexOf(Predicate<TraceEvent> p) throws Exception {
        return Fx.fx(() -> {
            for (int i = 0; i < model.events().size(); i++) {
                if (p.test(model.events().get(i))) {
                    return i;
                }
            }
            throw new AssertionError("no such event");
        });
    }

    private String client() throws Exception {
        return Fx.fx(() -> model.loaded().get().desired().ofTask("client.1").orElseThrow().name());
    }

    private static boolean isMark(TraceEvent e, long packets) {
        return e instanceof TraceEvent.RuleMatched r && r.target().equals("MARK") && r.rule().contains("0x101") && r.packets() == packets;
    }

    /** Every rule row the view shows: "table chain#n" to its "pkts bytes" labels (all occurrences must agree). */
    private Map<String, String> shownCounters() throws Exception {
        return Fx.fx(() -> {
            Map<String, String> out = new HashMap<>();
            for (Node n : view.lookupAll(".pkts")) {
                HBox row = (HBox) n.getParent();
                NamespaceSnapshot.RuleCounter r = (NamespaceSnapshot.RuleCounter) row.getUserData();
                if (r == null) {
                    continue;
                }
                String shown = ((Label) row.lookup(".pkts")).getText() + " " + ((Label) row.lookup(".bytes")).getText();
                String before = out.put(r.table() + " " + r.chain() + "#" + r.number(), shown);
                assertTrue(before == null || before.equals(shown), "one rule, one count under every hook");
            }
            for (Node n : view.lookupAll("Label")) {
                if (n.getId() != null && n.getId().startsWith("policy-")) {
                    String[] p = n.getId().split("-", 4);
                    out.put(p[2] + " " + p[3] + "#policy", ((Label) n).getText());
                }
            }
            return out;
        });
    }

    private void assertSameAsIptables(Simulation sim, String where) throws Exception {
        Map<String, String> shown = shownCounters();
        int compared = 0;
        for (String table : List.of("raw", "mangle", "nat", "filter")) {
            Map<String, String> printed = EngineReference.counters(EngineReference.exec(sim, where, "iptables", "-nvL", "-x", "-t", table));
            boolean loaded = shown.keySet().stream().anyMatch(k -> k.startsWith(table + " "));
            for (Map.Entry<String, String> e : printed.entrySet()) {
                String key = table + " " + e.getKey();
                if (!loaded) {
                    assertTrue(e.getValue().equals("0 0") || e.getValue().endsWith("ACCEPT 0 packets, 0 bytes)"),
                            table + " is not loaded here; iptables lists it empty: " + e.getValue());
                    continue;
                }
                assertEquals(e.getValue(), shown.get(key), key + " as iptables -nvL -x -t " + table + " prints it");
                compared++;
            }
        }
        assertTrue(compared > 10, "compared " + compared + " counters");
    }

    @Test
    void atTheEndOfVipTheMarkRuleShowsWhatSimExecPrints() throws Exception {
        open("vip");
        String client = client();
        assertEquals(client, Fx.fx(() -> model.inspected().get()), "the experiment's first command runs in the client: it is shown first");
        seek(Fx.fx(() -> model.events().size() - 1));
        // the view builds its tables on the FX thread after the seek: wait for the last of them
        Fx.until(model, () -> view.lookup("#ns-ipvs") != null && view.lookup("#ns-ipvs-conns") != null);
        HBox mark = (HBox) Fx.fx(() -> view.lookup("#rule-OUTPUT-mangle-OUTPUT-2"));
        assertNotNull(mark);
        assertEquals("20", ((Label) mark.lookup(".pkts")).getText());
        assertEquals("1344", ((Label) mark.lookup(".bytes")).getText());
        assertTrue(((Label) mark.lookup(".rule-text")).getText().contains("--set-xmark 0x101/0xffffffff"));

        Simulation sim = EngineReference.atEnd("vip");
        String mangle = EngineReference.exec(sim, "client.1", "iptables", "-nvL", "-t", "mangle");
        assertTrue(mangle.contains("   20  1344 MARK       0    --  *      *       0.0.0.0/0            10.0.0.4             MARK set 0x101"),
                mangle);
        assertSameAsIptables(sim, "client.1");
        assertEquals(EngineReference.exec(sim, "client.1", "ipvsadm", "-Ln"), Fx.fx(() -> ((Label) view.lookup("#ns-ipvs")).getText()) + "\n",
                "the IPVS table as ipvsadm -Ln prints it");
        String conns = EngineReference.exec(sim, "client.1", "ipvsadm", "-Lnc");
        String shownConns = Fx.fx(() -> ((Label) view.lookup("#ns-ipvs-conns")).getText()) + "\n";
        assertEquals(conns.replaceAll("\\d\\d:\\d\\d", "mm:ss"), shownConns.replaceAll("\\d\\d:\\d\\d", "mm:ss"),
                "the connections as ipvsadm -Lnc prints them (sim exec reads them after the last FIN has settled)");
    }

    @Test
    void midRunTheCountersEqualTheEnginesIptablesAtTheSameInstant() throws Exception {
        open("vip");
        int i = indexOf(e -> isMark(e, 2));
        seek(i);
        long time = Fx.fx(() -> model.current().orElseThrow().time());
        assertTrue(time > 0 && i < Fx.fx(() -> model.events().size()) / 2, "a cursor in the middle of the run");
        assertSameAsIptables(EngineReference.at("vip", time), "client.1");

        Session s = Session.open(ScenarioLoader.load(Fx.VOTE), Optional.of("vip"), 1);
        s.runAll();
        NamespaceSnapshot back = s.rewindTo(time, x -> { }).snapshot(client());
        Map<String, String> shown = shownCounters();
        for (NamespaceSnapshot.RuleCounter r : back.rules()) {
            String key = r.table() + " " + r.chain() + "#" + r.number();
            if (shown.containsKey(key)) {
                assertEquals(r.packets() + " " + r.bytes(), shown.get(key), key + " as Session.rewindTo gives it");
            }
        }
        assertTrue(Fx.text(view.lookup("#ns-time")).contains(Formats.time(time)), "the snapshot's time is written above the tables");
    }

    @Test
    void theMatchedRuleAndItsHookLightUpAtTheCursor() throws Exception {
        open("vip");
        int i = indexOf(e -> isMark(e, 2));
        seek(i);
        assertTrue(view.lookup("#rule-OUTPUT-mangle-OUTPUT-2").getStyle().contains(Styles.LIT), "the rule is lit");
        assertTrue(view.lookup("#hook-OUTPUT").getStyle().contains("#e07b00"), "its hook is lit");
        assertFalse(view.lookup("#hook-INPUT").getStyle().contains("#e07b00"), "no other hook");
        assertFalse(view.lookup("#rule-OUTPUT-mangle-OUTPUT-1").getStyle().contains(Styles.LIT), "no other rule");
        Label banner = (Label) view.lookup("#ns-cursor");
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("MARK") && banner.getText().contains("2 packets, 112 bytes"), banner.getText());

        String client = client();
        int elsewhere = indexOf(e -> !e.at().netns().equals(client) && e.kind() == TraceEvent.Kind.FRAME_RECEIVED);
        seek(elsewhere);
        assertFalse(banner.isVisible(), "an event in another namespace lights nothing here");
        assertTrue(Fx.fx(() -> view.lookupAll(".pkts").stream().map(Node::getParent).noneMatch(r -> r.getStyle().contains(Styles.LIT))));

        int policy = indexOf(e -> e instanceof TraceEvent.PolicyApplied p && p.at().netns().equals(client));
        TraceEvent.PolicyApplied p = (TraceEvent.PolicyApplied) Fx.fx(() -> model.events().get(policy));
        seek(policy);
        Node head = view.lookup("#policy-" + p.hook() + "-" + p.table().tableName() + "-" + p.chain());
        assertTrue(head.getStyle().contains(Styles.LIT), "a policy's decision lights its chain's policy line");
    }

    @Test
    void hooksComeInKernelOrderWithTheirTablesByPriority() throws Exception {
        open("vip");
        seek(0);
        List<String> hooks = Fx.fx(() -> ((javafx.scene.Parent) view.lookup("#ns-hooks")).getChildrenUnmodifiable().stream().map(Node::getId).toList());
        assertEquals(List.of("hook-PREROUTING", "hook-INPUT", "hook-FORWARD", "hook-OUTPUT", "hook-POSTROUTING"), hooks);
        List<String> output = Fx.fx(() -> ((javafx.scene.Parent) view.lookup("#hook-OUTPUT")).getChildrenUnmodifiable().stream().map(Node::getId)
                .filter(id -> id != null).toList());
        assertEquals(List.of("table-OUTPUT-raw", "stage-OUTPUT-conntrack", "table-OUTPUT-mangle", "table-OUTPUT-nat", "stage-OUTPUT-ipvs",
                "table-OUTPUT-filter"), output, "raw -300, conntrack -200, mangle -150, nat -100, IPVS -99, filter 0");
        List<String> post = Fx.fx(() -> ((javafx.scene.Parent) view.lookup("#hook-POSTROUTING")).getChildrenUnmodifiable().stream().map(Node::getId)
                .filter(id -> id != null).toList());
        assertEquals(List.of("table-POSTROUTING-mangle", "table-POSTROUTING-nat", "stage-POSTROUTING-conntrack_confirm"), post);
        String nat = Fx.text(view.lookup("#table-OUTPUT-nat"));
        assertTrue(nat.contains("Chain DOCKER_OUTPUT (user chain)"), "a user chain appears under the hook whose chain jumps to it");
        assertTrue(nat.indexOf("Chain OUTPUT") < nat.indexOf("Chain DOCKER_OUTPUT"));
    }

    @Test
    void theChooserListsEveryNamespaceReadablyAndSwitchesTheView(FxRobot robot) throws Exception {
        open("vip");
        seek(10);
        @SuppressWarnings("unchecked")
        ComboBox<String> chooser = (ComboBox<String>) view.lookup("#ns-chooser");
        int all = Fx.fx(() -> model.loaded().get().desired().namespaces().size());
        assertEquals(all, Fx.fx(() -> chooser.getItems().size()));
        String client = client();
        assertEquals(client, chooser.getItems().get(0), "containers first");
        String shown = Fx.fx(() -> chooser.getConverter().toString(client));
        assertTrue(shown.startsWith("client.1 (container " + client), shown);
        List<String> labels = Fx.fx(() -> chooser.getItems().stream().map(chooser.getConverter()::toString).toList());
        assertTrue(labels.contains("node1 (host)"), labels.toString());
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("node2: overlay1's network namespace (1-")), labels.toString());

        robot.clickOn("#ns-chooser");
        robot.clickOn("node1 (host)");
        assertEquals("node1", Fx.fx(() -> model.inspected().get()));
        Fx.until(model, () -> model.snapshot().get() != null && model.snapshot().get().name().equals("node1")
                && view.lookup("#ns-hooks") != null);
        assertTrue(Fx.text(view.lookup("#table-POSTROUTING-nat")).contains("-s 172.18.0.0/16 ! -o docker_gwbridge -j MASQUERADE"),
                "the host's own rules");
        assertTrue(Fx.text(view).contains("no virtual services in this namespace"));
    }

    @Test
    void followingTheCursorInspectsTheNamespaceOfEachEvent(FxRobot robot) throws Exception {
        open("vip");
        seek(0);
        robot.clickOn("#ns-follow");
        int i = indexOf(e -> e.at().netns().equals("node2"));
        Fx.run(() -> model.seek(i));
        assertEquals("node2", Fx.fx(() -> model.inspected().get()));
        Set<String> seen = new java.util.HashSet<>();
        for (int k = i; k < i + 40; k++) {
            int at = k;
            Fx.run(() -> model.seek(at));
            seen.add(Fx.fx(() -> model.inspected().get()));
            assertEquals(Fx.fx(() -> model.current().orElseThrow().at().netns()), Fx.fx(() -> model.inspected().get()));
        }
        assertTrue(seen.size() > 1, "the view went with the packet: " + seen);
    }
}
