package io.swarmsim.gui.timeline;

import static io.swarmsim.gui.timeline.TestWindow.fx;
import static io.swarmsim.gui.timeline.TestWindow.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The event list in the real window: filters, selection moving the cursor, the cursor's row highlighted. */
@ExtendWith(ApplicationExtension.class)
class EventListViewTest {
    private TestWindow w;

    @Start
    void start(Stage stage) {
        w = new TestWindow(stage);
    }

    @AfterEach
    void close() {
        w.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<TraceEvent> table(FxRobot robot) {
        return robot.lookup("#eventTable").queryAs(TableView.class);
    }

    private int rows(FxRobot robot) {
        return fx(() -> table(robot).getItems().size());
    }

    @Test
    void filtersReduceTheRowsAndKeepOnlyWhatTheySay(FxRobot robot) {
        w.openVote("dnsrr");
        int all = rows(robot);
        assertEquals(fx(() -> w.model.events().size()), all, "every event is listed");

        TestWindow.choose(robot, "#protoFilter", "dns");
        int dns = rows(robot);
        assertTrue(dns > 0 && dns < all, dns + " of " + all);
        assertTrue(fx(() -> table(robot).getItems().stream().anyMatch(e -> e.kind() == TraceEvent.Kind.DNS_ANSWER)));
        assertTrue(fx(() -> table(robot).getItems().stream().noneMatch(e -> e.kind() == TraceEvent.Kind.ARP)));

        TestWindow.choose(robot, "#kindFilter", "resolver_sort");
        List<TraceEvent> sorts = fx(() -> List.copyOf(table(robot).getItems()));
        assertEquals(8, sorts.size(), "one resolver sort per ping and curl");
        assertTrue(sorts.stream().allMatch(e -> e.kind() == TraceEvent.Kind.RESOLVER_SORT));

        TestWindow.choose(robot, "#protoFilter", "all protocols");
        TestWindow.choose(robot, "#kindFilter", "all kinds");
        assertEquals(all, rows(robot));

        String client = fx(() -> w.model.loaded().get().desired().ofTask("vote.2").orElseThrow().name());
        TestWindow.choose(robot, "#nsFilter", "vote.2");
        List<TraceEvent> vote2 = fx(() -> List.copyOf(table(robot).getItems()));
        assertFalse(vote2.isEmpty());
        assertTrue(vote2.stream().allMatch(e -> e.at().netns().equals(client)), "a container is chosen by its task's name");
        TestWindow.choose(robot, "#kindFilter", "decisions (no hops)");
        assertTrue(fx(() -> table(robot).getItems().stream().noneMatch(e -> e.kind().hop())));
        assertTrue(rows(robot) < vote2.size());
        assertEquals("showing " + rows(robot) + " of " + all + " events",
                fx(() -> robot.lookup("#eventCount").queryLabeled().getText()));
    }

    @Test
    void selectingARowSelectsTheEventAndMovesTheCursor(FxRobot robot) {
        w.openVote("vip");
        robot.interact(() -> w.model.seek(2));
        TestWindow.choose(robot, "#protoFilter", "tcp");
        Node row = robot.lookup("#eventTable .table-row-cell").nth(4).query();
        robot.clickOn(row);
        int c = fx(() -> w.model.cursor().get());
        TraceEvent picked = fx(() -> table(robot).getSelectionModel().getSelectedItem());
        assertSame(picked, fx(() -> w.model.selected().get()), "the inspector gets the row's event");
        assertSame(picked, fx(() -> w.model.events().get(c)), "the cursor is on it");
        assertTrue(fx(() -> w.model.events().indexOf(picked)) > 2);
        assertTrue(fx(() -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("cursor"))));
    }

    @Test
    void movingTheCursorScrollsToItsRowAndHighlightsIt(FxRobot robot) throws Exception {
        w.openVote("dnsrr");
        int target = fx(() -> w.model.events().size() - 50);
        robot.interact(() -> w.model.seek(target));
        TraceEvent at = fx(() -> w.model.events().get(target));
        until(() -> highlighted(robot).size() == 1);
        TableRow<?> row = fx(() -> highlighted(robot).get(0));
        assertSame(at, fx(row::getItem), "the highlighted row is the cursor's event");
        assertTrue(fx(() -> row.localToScene(row.getBoundsInLocal()).getMinY()
                < table(robot).localToScene(table(robot).getBoundsInLocal()).getMaxY()), "and it is on screen");
        robot.interact(() -> w.model.stepForward());
        until(() -> highlighted(robot).size() == 1 && highlighted(robot).get(0).getItem() == w.model.events().get(target + 1));
        assertFalse(fx(() -> row.getPseudoClassStates().contains(PseudoClass.getPseudoClass("future"))));
    }

    /**
     * Thousands of events: every cursor position keeps the table's cursor row on the event the
     * picture shows, and a filter round trip brings every row back. (How fast this is, is measured
     * by bench/gui-bench.sh, not asserted here.)
     */
    @Test
    void cursorMovesAndFiltersWorkOverThousandsOfEvents(FxRobot robot) {
        w.openVote("dnsrr");
        int n = fx(() -> w.model.events().size());
        assertTrue(n > 3000, n + " events");
        for (int i : new int[] {0, n / 3, n - 1}) {
            fx(() -> {
                w.model.seek(i);
                return null;
            });
            robot.sleep(50);
            assertEquals(i, fx(() -> table(robot).getItems().indexOf(w.model.current().orElseThrow())), "the cursor's event is in the table");
        }
        TestWindow.choose(robot, "#protoFilter", "icmp");
        assertTrue(rows(robot) < n);
        TestWindow.choose(robot, "#protoFilter", "all protocols");
        assertEquals(n, rows(robot));
    }

    private List<TableRow<?>> highlighted(FxRobot robot) {
        List<TableRow<?>> out = new java.util.ArrayList<>();
        for (Node n : robot.lookup("#eventTable .table-row-cell").queryAll()) {
            if (n.isVisible() && n.getPseudoClassStates().contains(PseudoClass.getPseudoClass("cursor"))) {
                out.add((TableRow<?>) n);
            }
        }
        return out;
    }
}
