package io.swarmsim.gui.topology;

import io.swarmsim.kernel.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.Interpolator;
import javafx.animation.Transition;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * The moving part of the picture: one node per {@link Mark}, kept from one cursor position to the
 * next by the mark's key (so a thousand packets in flight are not rebuilt each step). Each node's
 * layout position is where its mark rests; the animation of a step only plays with the nodes'
 * translation, and any new step first puts every node back at rest. So what the picture shows once
 * an animation ends, or when none plays, depends on the marks alone.
 */
final class MarkLayer extends Group {
    /** Above this many marks, packets are drawn without their labels. */
    static final int LABEL_LIMIT = 150;
    private static final String LABELLED = "labelled";
    private final Map<String, Node> live = new LinkedHashMap<>();
    private final Consumer<TraceEvent> onClicked;
    private Transition running;
    private final List<Node> moving = new ArrayList<>();

    private final Group wires = new Group();
    private final Group resting = new Group();
    private final Group drops = new Group();
    private final Group callouts = new Group();

    MarkLayer(Consumer<TraceEvent> onClicked) {
        this.onClicked = onClicked;
        getChildren().addAll(wires, resting, drops, callouts);
    }

    /**
     * Shows {@code marks}. With a {@code duration}, marks that came by a link travel their arrival
     * route, and packets that moved within the picture glide from where they were; without, every
     * mark appears where it rests. Only what changed is added or removed, so a step among a
     * thousand packets in flight touches a handful of nodes.
     */
    void show(List<Mark> marks, Duration duration) {
        stop();
        Map<String, Point> before = new HashMap<>();
        live.forEach((k, n) -> before.put(k, new Point(n.getLayoutX(), n.getLayoutY())));
        Map<String, Node> next = new LinkedHashMap<>();
        boolean labelled = marks.size() <= LABEL_LIMIT;
        Map<Group, List<Node>> added = new HashMap<>();
        Map<Group, Set<Node>> removed = new HashMap<>();
        for (Mark m : marks) {
            Node n = live.remove(m.key());
            if (n != null && (!sameLook((Mark) n.getUserData(), m) || !Boolean.valueOf(labelled).equals(n.getProperties().get(LABELLED)))) {
                removed.computeIfAbsent((Group) n.getParent(), g -> new HashSet<>()).add(n);
                n = null;
            }
            if (n == null) {
                n = MarkNodes.create(m, labelled);
                n.getProperties().put(LABELLED, labelled);
                n.setOnMouseClicked(e -> {
                    if (e.isStillSincePress()) {
                        onClicked.accept(((Mark) ((Node) e.getSource()).getUserData()).event());
                        e.consume();
                    }
                });
                added.computeIfAbsent(layer(m.kind()), g -> new ArrayList<>()).add(n);
            }
            n.setUserData(m);
            n.setLayoutX(m.at().x());
            n.setLayoutY(m.at().y());
            next.put(m.key(), n);
        }
        for (Node gone : live.values()) {
            removed.computeIfAbsent((Group) gone.getParent(), g -> new HashSet<>()).add(gone);
        }
        removed.forEach((g, nodes) -> g.getChildren().removeAll(nodes));
        added.forEach((g, nodes) -> g.getChildren().addAll(nodes));
        live.clear();
        live.putAll(next);
        if (duration != null && duration.greaterThan(Duration.ZERO)) {
            animate(marks, before, duration);
        }
    }

    /** Wires under resting packets under drops under callouts, so the callouts can always be read and clicked. */
    private Group layer(Mark.Kind k) {
        switch (k) {
            case WIRE:
                return wires;
            case PACKET:
                return resting;
            case DROP:
                return drops;
            default:
                return callouts;
        }
    }

    private static boolean sameLook(Mark a, Mark b) {
        return a.kind() == b.kind() && Objects.equals(a.look(), b.look()) && Objects.equals(a.text(), b.text());
    }

    private void animate(List<Mark> marks, Map<String, Point> before, Duration duration) {
        Map<Node, Route> paths = new HashMap<>();
        for (Mark m : marks) {
            Route r = m.arrival();
            Point was = before.get(m.key());
            if (r == null && was != null && !was.equals(m.at()) && m.kind() == Mark.Kind.PACKET) {
                r = Route.of(was, m.at());
            }
            if (r != null && r.length() > 0.5) {
                paths.put(live.get(m.key()), r);
            }
        }
        if (paths.isEmpty()) {
            return;
        }
        moving.addAll(paths.keySet());
        running = new Transition() {
            {
                setCycleDuration(duration);
                setInterpolator(Interpolator.EASE_BOTH);
            }

            @Override
            protected void interpolate(double f) {
                paths.forEach((n, r) -> {
                    Point p = r.at(f);
                    n.setTranslateX(p.x() - n.getLayoutX());
                    n.setTranslateY(p.y() - n.getLayoutY());
                });
            }
        };
        running.setOnFinished(e -> stop());
        paths.forEach((n, r) -> {
            n.setTranslateX(r.start().x() - n.getLayoutX());
            n.setTranslateY(r.start().y() - n.getLayoutY());
        });
        running.play();
    }

    /** Ends any animation and puts every node where its mark rests. */
    void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
        for (Node n : moving) {
            n.setTranslateX(0);
            n.setTranslateY(0);
        }
        moving.clear();
    }

    boolean animating() {
        return running != null;
    }

    /** The marks shown, in the picture's order (for tests and the benchmark). */
    List<Mark> marks() {
        List<Mark> out = new ArrayList<>();
        live.values().forEach(n -> out.add((Mark) n.getUserData()));
        return out;
    }
}
