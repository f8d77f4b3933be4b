package io.swarmsim.gui.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import io.swarmsim.kernel.packet.VxlanPayload;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inspector on real sessions: NAT tuples, IPVS's pick and reason, a resolver's pairs, headers, the trace's stages, selection. */
@ExtendWith(ApplicationExtension.class)
class InspectorViewTest {
    static {
        Fx.bigScreen();
    }

    private SessionDriver driver;
    private AppModel model;
    private InspectorView view;

    @Start
    void start(Stage stage) {
        driver = new SessionDriver(16);
        model = new AppModel(driver);
        view = new InspectorView(model);
        stage.setScene(new Scene(view, 520, 1000));
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

    /** Puts the cursor on {@code cursor} and selects event {@code index}, as a click in the event list would. */
    private TraceEvent select(int index, int cursor) throws Exception {
        return Fx.fx(() -> {
            model.seek(cursor);
            model.selected().set(model.events().get(index));
            return model.events().get(index);
        });
    }

    private String text(String id) throws Exception {
        return Fx.fx(() -> Fx.text(view.lookup(id)));
    }

    @Test
    void aNatAppliedInTheMeshShowsTheOldAndNewAddressAndPort() throws Exception {
        open("mesh");
        int i = indexOf(e -> e instanceof TraceEvent.NatApplied n && n.side() == TraceEvent.NatSide.DNAT && !n.reply());
        TraceEvent.NatApplied nat = (TraceEvent.NatApplied) select(i, Fx.fx(() -> model.events().size() - 1));
        assertEquals("nat applied", text("#inspector-title"));
        String details = text("#inspector-details");
        assertTrue(details.contains("before\ntcp 192.168.99.101:" + nat.before().sport() + " → 192.168.99.102:8080"), details);
        assertTrue(details.contains("after\ntcp 192.168.99.101:" + nat.after().sport() + " → 172.18.0.2:8080"), details);
        assertTrue(details.contains("changed\ndestination 192.168.99.102:8080 → 172.18.0.2:8080"), details);
        assertTrue(text("#inspector-place").startsWith("in node2 (host)"), text("#inspector-place"));
        assertTrue(text("#inspector-mode").contains("selected"));

        Node lit = Fx.fx(() -> view.lookupAll(".stage").stream().filter(n -> n.getUserData() == nat).findFirst().orElseThrow());
        assertTrue(lit.getStyle().contains(Styles.LIT), "the selected event's stage is lit in the trace");
        assertTrue(Fx.fx(() -> Fx.text(lit)).contains("destination 192.168.99.102:8080 → 172.18.0.2:8080"));
        String trace = text("#inspector-trace");
        assertTrue(trace.contains("source 192.168.99.101:" + nat.before().sport() + " → 10.255.0.3:"), "the later SNAT in the ingress sandbox: "
                + trace);
    }

    @Test
    void vipsIpvsPickShowsSchedulerDestinationAndReasonAndThePacketBeforeAndAfter() throws Exception {
        open("vip");
        int i = indexOf(e -> e instanceof TraceEvent.Ipvs v && v.step() == TraceEvent.IpvsStep.SCHEDULED);
        TraceEvent.Ipvs v = (TraceEvent.Ipvs) select(i, Fx.fx(() -> model.events().size() - 1));
        String details = text("#inspector-details");
        assertTrue(details.contains("scheduler\nrr"), details);
        assertTrue(details.contains("destination\n10.0.0.6:80"), details);
        assertTrue(details.contains("why\nrr: 10.0.0.6 is first after the list head in FWM 257"), details);
        assertTrue(details.contains("service\nFWM 257"), details);
        String headers = text("#inspector-headers");
        assertTrue(headers.contains("before IPVS: tcp 10.0.0.3:" + v.before().sport() + " → 10.0.0.4:80, mark 0x101"), headers);
        assertTrue(headers.contains("after IPVS: tcp 10.0.0.3:" + v.before().sport() + " → 10.0.0.6:80, mark 0x101"), headers);

        String trace = text("#inspector-trace");
        assertTrue(trace.contains("mark 0x0 → 0x101"), "the MARK rule's change: " + trace);
        assertTrue(trace.contains("destination 10.0.0.4:80 → 10.0.0.6:80"), "IPVS's change");
        assertTrue(trace.contains("wrapped in UDP udp 192.168.99.101:"), "VXLAN on the way to node2");
        assertTrue(trace.indexOf("mark 0x0 → 0x101") < trace.indexOf("destination 10.0.0.4:80 → 10.0.0.6:80"), "in order");
        assertTrue(trace.contains("in vote.2") || trace.contains("in vote.1"), "it reaches a vote container");
    }

    @Test
    void dnsrrCurlsResolverSortShowsGlibcRule9Pair() throws Exception {
        open("dnsrr");
        int i = indexOf(e -> e instanceof TraceEvent.ResolverSort s && s.profile().equals("curl") && !s.pairs().isEmpty());
        TraceEvent.ResolverSort s = (TraceEvent.ResolverSort) select(i, i + 200);
        String pairs = text("#inspector-pairs");
        assertTrue(pairs.startsWith("first\nsecond\ndecided by\ntie"), pairs);
        assertTrue(pairs.contains("10.0.0.3\n10.0.0.4\nglibc rule 9: 10.0.0.3 shares 31 leading bits with 10.0.0.2, 10.0.0.4 shares 29\nno"), pairs);
        String details = text("#inspector-details");
        assertTrue(details.contains("input\n" + s.input().get(0) + ", " + s.input().get(1)), details);
        assertTrue(details.contains("output\n10.0.0.3, 10.0.0.4"), details);
        assertTrue(text("#inspector-body").contains("This event carries no packet."));
        String trace = text("#inspector-trace");
        assertTrue(trace.contains("curl CONNECT 10.0.0.3:80"), "the application's stages of the request: " + trace);
    }

    @Test
    void anAppDecisionShowsItsActionAndDetail() throws Exception {
        open("vip");
        int i = indexOf(e -> e instanceof TraceEvent.AppDecision a && a.action() == TraceEvent.AppAction.CONNECT);
        TraceEvent.AppDecision a = (TraceEvent.AppDecision) select(i, i);
        String details = text("#inspector-details");
        assertTrue(details.contains("action\nCONNECT"), details);
        assertTrue(details.contains("detail\n" + a.detail()), details);
        assertTrue(details.contains("address\n10.0.0.4:80"), details);
    }

    @Test
    void framesShowTheirLayersVxlanWithTheInnerFrameAndDnsWithItsAnswers() throws Exception {
        open("vip");
        int i = indexOf(e -> e instanceof TraceEvent.FrameSent f && f.frame().packet() != null
                && f.frame().packet().payload() instanceof VxlanPayload);
        select(i, i);
        List<String> layers = Fx.fx(() -> ((javafx.scene.control.TreeView<?>) view.lookup("#inspector-headers")).getRoot().getChildren()
                .stream().map(t -> String.valueOf(t.getValue())).toList());
        assertTrue(layers.get(0).startsWith("Ethernet II, 02:42:"), layers.toString());
        assertTrue(layers.get(1).startsWith("IPv4, 192.168.99.101 → 192.168.99.102"), layers.toString());
        assertTrue(layers.get(2).startsWith("UDP, ") && layers.get(2).contains(" → 4789"), layers.toString());
        assertTrue(layers.get(3).startsWith("VXLAN, VNI "), layers.toString());
        assertTrue(layers.get(4).startsWith("inner Ethernet II"), layers.toString());
        assertTrue(layers.get(5).startsWith("inner IPv4, 10.0.0."), layers.toString());

        int dns = indexOf(e -> e instanceof TraceEvent.DnsAnswer);
        select(dns, dns);
        String headers = text("#inspector-headers");
        assertTrue(headers.contains("DNS response") && headers.contains("Answer: vote. 600 A 10.0.0.4"), headers);
    }

    @Test
    void withNothingSelectedItFollowsTheCursorAndAStageClickSelects(FxRobot robot) throws Exception {
        open("vip");
        int i = indexOf(e -> e instanceof TraceEvent.Ipvs v && v.step() == TraceEvent.IpvsStep.SCHEDULED) + 8;
        Fx.run(() -> model.seek(i));
        TraceEvent at = Fx.fx(() -> model.events().get(i));
        assertEquals(EventText.kind(at), text("#inspector-title"));
        assertTrue(text("#inspector-mode").contains("Following the event at the cursor (#" + (i + 1) + ")"));
        assertFalse(Fx.fx(() -> view.lookup("#inspector-follow").isVisible()));
        List<Integer> shown = Fx.fx(() -> view.lookupAll(".stage").stream().map(n -> indexOfEvent((TraceEvent) n.getUserData())).toList());
        assertTrue(shown.stream().allMatch(k -> k <= i), "nothing after the cursor: " + shown);
        assertTrue(shown.contains(i), "the cursor's own event is a stage");

        int before = shown.size();
        robot.clickOn("#inspector-hops");
        int withHops = Fx.fx(() -> view.lookupAll(".stage").size());
        assertTrue(withHops > before, "hops add stages: " + before + " -> " + withHops);

        Node first = Fx.fx(() -> view.lookupAll(".stage").iterator().next());
        robot.clickOn(first);
        assertSame(first.getUserData(), Fx.fx(() -> model.selected().get()), "clicking a stage selects its event");
        assertTrue(Fx.fx(() -> view.lookup("#inspector-follow").isVisible()));
        robot.clickOn("#inspector-follow");
        assertNull(Fx.fx(() -> model.selected().get()));
        assertEquals(EventText.kind(at), text("#inspector-title"));
    }

    private int indexOfEvent(TraceEvent e) {
        for (int k = 0; k < model.events().size(); k++) {
            if (model.events().get(k) == e) {
                return k;
            }
        }
        return -1;
    }
}
