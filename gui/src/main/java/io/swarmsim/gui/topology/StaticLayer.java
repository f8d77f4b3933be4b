package io.swarmsim.gui.topology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The part of the picture that does not move while a run plays: node boxes, namespace boxes with
 * their device rows and ports, lanes, buses and their labels, drawn once per loaded scenario from a
 * {@link TopologyLayout}. It also keeps three outlines per namespace (the current event's place,
 * the inspected namespace, the highlighted ones) that the view switches on and off.
 */
final class StaticLayer extends Group {
    private final Map<String, Rectangle> current = new HashMap<>();
    private final Map<String, Rectangle> inspected = new HashMap<>();
    private final Map<String, Rectangle> highlighted = new HashMap<>();
    private final Map<String, Rectangle> nodeFrames = new HashMap<>();
    private final Map<String, NsBox> boxes = new HashMap<>();

    StaticLayer(TopologyLayout layout, Consumer<String> onNamespaceClicked) {
        TopologyGraph g = layout.graph();
        Group nodes = new Group();
        Group lines = new Group();
        Group boxesGroup = new Group();
        Group outlines = new Group();
        outlines.setMouseTransparent(true);
        lines.setMouseTransparent(true);
        for (NodeBox n : layout.nodes()) {
            Rectangle r = rect(n.box(), 0, Color.web("#f7f9fb"), Color.web("#90a4ae"), 1.5, 14);
            nodeFrames.put(n.name(), r);
            Text t = text(n.title(), n.box().x() + 12, n.box().y() + 20, Font.font(null, FontWeight.BOLD, 13), Palette.TEXT);
            nodes.getChildren().addAll(r, t);
        }
        for (Line l : layout.lines()) {
            lines.getChildren().add(line(l, g.lane(l.lane()).orElse(null)));
        }
        for (Label t : layout.labels()) {
            Color c = Palette.lane(g.lane(t.lane()).orElse(null));
            lines.getChildren().add(text(t.text(), t.at().x(), t.at().y(), Font.font(null, FontWeight.BOLD, 10.5), c.darker()));
        }
        for (NsBox b : layout.namespaces()) {
            boxes.put(b.info().name(), b);
            boxesGroup.getChildren().add(namespace(b, g, onNamespaceClicked));
            outlines.getChildren().addAll(outline(b, highlighted, Palette.HIGHLIGHT, 6, 3.5), outline(b, current, Palette.CURRENT, 3, 2.5),
                    outline(b, inspected, Palette.INSPECTED, 1, 2));
        }
        getChildren().addAll(nodes, lines, boxesGroup, outlines);
    }

    private Node namespace(NsBox b, TopologyGraph g, Consumer<String> onClicked) {
        NsInfo ns = b.info();
        Group group = new Group();
        group.getStyleClass().add("namespace");
        group.setId("ns-" + ns.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        group.setUserData(ns.name());
        group.setCursor(Cursor.HAND);
        Rectangle r = rect(b.box(), 0, Palette.namespaceFill(ns.kind()), Color.web("#607d8b"), 1, 8);
        group.getChildren().add(r);
        group.getChildren().add(text(ns.title(), b.box().x() + 8, b.box().y() + 15, Font.font(null, FontWeight.BOLD, 12), Palette.TEXT));
        group.getChildren().add(text(ns.subtitle(), b.box().x() + 8, b.box().y() + 28, Font.font(10), Palette.SUBTEXT));
        for (int k = 0; k < ns.ports().size(); k++) {
            Port p = ns.ports().get(k);
            double y = b.rowY().get(k);
            Color c = Palette.lane(p.lane() == null ? null : g.lane(p.lane()).orElse(null));
            Rectangle swatch = new Rectangle(b.box().x() + 8, y - 3, 9, 6);
            swatch.setFill(p.side() == Port.Side.NONE ? Color.TRANSPARENT : c);
            group.getChildren().addAll(swatch, text(p.text(), b.box().x() + 22, y + 3.5, Font.font(10), Palette.TEXT));
            if (p.side() != Port.Side.NONE) {
                Point at = TopologyLayout.portPoint(b, k);
                Rectangle port = new Rectangle(at.x() - 4, at.y() - 4, 8, 8);
                port.setFill(c);
                port.setStroke(c.darker());
                group.getChildren().add(port);
            }
        }
        Tooltip.install(group, new Tooltip(ns.title() + " (" + ns.subtitle() + ")\nnetwork namespace " + ns.name() + "\nclick to inspect it"));
        group.setOnMouseClicked(e -> {
            if (e.isStillSincePress()) {
                onClicked.accept(ns.name());
            }
        });
        return group;
    }

    private static Node line(Line l, Lane lane) {
        javafx.scene.shape.Line s = new javafx.scene.shape.Line(l.a().x(), l.a().y(), l.b().x(), l.b().y());
        Color c = Palette.lane(lane);
        s.setStroke(c);
        s.setStrokeLineCap(StrokeLineCap.ROUND);
        switch (l.kind()) {
            case LANE:
                s.setStrokeWidth(4);
                break;
            case STUB:
                s.setStrokeWidth(2);
                break;
            case TUNNEL:
                s.setStrokeWidth(2);
                s.getStrokeDashArray().setAll(6.0, 4.0);
                break;
            case DROP:
                s.setStrokeWidth(2.5);
                break;
            default:
                boolean underlay = lane != null && lane.kind() == Lane.Kind.UNDERLAY;
                s.setStrokeWidth(underlay ? 5 : 3.5);
                if (!underlay) {
                    s.getStrokeDashArray().setAll(12.0, 5.0);
                    s.setStrokeLineCap(StrokeLineCap.BUTT);
                }
        }
        return s;
    }

    private Rectangle outline(NsBox b, Map<String, Rectangle> into, Color color, double grow, double width) {
        Rectangle r = rect(b.box(), grow, Color.TRANSPARENT, color, width, 10 + grow);
        r.setVisible(false);
        into.put(b.info().name(), r);
        return r;
    }

    private static Rectangle rect(Box b, double grow, Color fill, Color stroke, double width, double arc) {
        Rectangle r = new Rectangle(b.x() - grow, b.y() - grow, b.w() + 2 * grow, b.h() + 2 * grow);
        r.setArcWidth(arc);
        r.setArcHeight(arc);
        r.setFill(fill);
        r.setStroke(stroke);
        r.setStrokeWidth(width);
        return r;
    }

    static Text text(String s, double x, double y, Font f, Color c) {
        Text t = new Text(x, y, s);
        t.setFont(f);
        t.setFill(c);
        return t;
    }

    /** Outlines the namespace the cursor's event happened in (null: none). */
    void setCurrent(String ns) {
        current.forEach((name, r) -> r.setVisible(name.equals(ns)));
    }

    void setInspected(String ns) {
        inspected.forEach((name, r) -> r.setVisible(name.equals(ns)));
    }

    /**
     * Outlines what {@code names} names: a namespace by its name, a container by its task name, a
     * node's box (and its host namespace) by the node's name.
     */
    void setHighlighted(Set<String> names) {
        highlighted.forEach((name, r) -> {
            NsInfo ns = boxes.get(name).info();
            boolean host = ns.kind() == io.swarmsim.engine.control.DesiredState.Kind.HOST;
            boolean container = ns.kind() == io.swarmsim.engine.control.DesiredState.Kind.CONTAINER;
            r.setVisible(names.contains(name) || (container && names.contains(ns.owner())) || (host && names.contains(ns.node())));
        });
        nodeFrames.forEach((node, r) -> {
            boolean on = names.contains(node);
            r.setStroke(on ? Palette.HIGHLIGHT : Color.web("#90a4ae"));
            r.setStrokeWidth(on ? 3.5 : 1.5);
        });
    }

    /** Whether the outline of {@code ns} of the given kind shows (for tests). */
    boolean outlined(String ns, String which) {
        Map<String, Rectangle> m = which.equals("current") ? current : which.equals("inspected") ? inspected : highlighted;
        Rectangle r = m.get(ns);
        return r != null && r.isVisible();
    }

    List<String> namespaceNames() {
        return List.copyOf(boxes.keySet());
    }
}
