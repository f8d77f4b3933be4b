package io.swarmsim.gui.topology;

import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Draws one {@link Mark}, centred on (0, 0) so the view places it by its layout position: a packet
 * as a shape by kind (TCP circle, DNS diamond, ICMP triangle, ARP square, other UDP a ring) with a
 * short label on a white badge; a VXLAN packet as a box carrying its inner packet's shape; a drop
 * as a red cross with its reason; a rewrite as a yellow callout whose tail points into its namespace.
 */
final class MarkNodes {
    static final Font LABEL = Font.font(null, FontWeight.BOLD, 10);

    private MarkNodes() {
    }

    /**
     * The node for {@code m}; without {@code labelled}, a packet is its shape alone (the view asks
     * for that when so many packets are on show that their labels would only cover each other).
     * Cached as a bitmap: hundreds of packets then cost a copy each per frame, not a text layout
     * (three times faster in the software pipeline); the cache is redrawn when the zoom changes.
     */
    static Node create(Mark m, boolean labelled) {
        Group g = new Group();
        g.setCursor(Cursor.HAND);
        g.setCache(true);
        switch (m.kind()) {
            case DROP:
                g.getStyleClass().add("drop");
                drop(g, m);
                break;
            case NAT:
                g.getStyleClass().add("callout");
                callout(g, m);
                break;
            default:
                g.getStyleClass().addAll("packet", m.kind() == Mark.Kind.WIRE ? "wire" : "resting");
                packet(g, m, labelled);
        }
        return g;
    }

    private static void packet(Group g, Mark m, boolean labelled) {
        Look look = m.look();
        Node shape;
        double half;
        if (look.kind() == Look.Kind.VXLAN) {
            Rectangle box = new Rectangle(-14, -9, 28, 18);
            box.setArcWidth(7);
            box.setArcHeight(7);
            box.setFill(Color.web("#e0f2f1"));
            box.setStroke(Color.web("#004d40"));
            box.setStrokeWidth(2);
            Group both = new Group(box);
            if (look.inner() != null) {
                Shape inner = shape(look.inner().kind(), 0.7);
                both.getChildren().add(inner);
            }
            shape = both;
            half = 14;
        } else {
            shape = shape(look.kind(), 1);
            half = 7;
        }
        if (!labelled) {
            g.getChildren().add(shape);
            return;
        }
        Text label = new Text(look.label());
        label.setFont(LABEL);
        Color c = Palette.packet(look.kind());
        label.setFill(c);
        Bounds b = label.getLayoutBounds();
        double lx = m.kind() == Mark.Kind.WIRE ? half + 4 : -half - 4 - b.getWidth();
        label.setX(lx);
        label.setY(3.5);
        Rectangle badge = new Rectangle(Math.min(lx, -half) - 3, -9, b.getWidth() + 2 * half + 10, 18);
        badge.setArcWidth(9);
        badge.setArcHeight(9);
        badge.setFill(Color.rgb(255, 255, 255, 0.88));
        badge.setStroke(c);
        badge.setStrokeWidth(0.8);
        g.getChildren().addAll(badge, label, shape);
    }

    /** The shape of a packet kind, about 13 px across at {@code scale} 1. */
    static Shape shape(Look.Kind kind, double scale) {
        Color c = Palette.packet(kind);
        Shape s;
        switch (kind) {
            case DNS:
                s = new Polygon(0, -7.5, 7.5, 0, 0, 7.5, -7.5, 0);
                break;
            case ICMP:
                s = new Polygon(0, -7, 7, 6, -7, 6);
                break;
            case ARP:
                s = new Rectangle(-5.5, -5.5, 11, 11);
                break;
            case UDP:
                Circle ring = new Circle(5.5);
                ring.setFill(Color.WHITE);
                ring.setStroke(c);
                ring.setStrokeWidth(3);
                ring.setScaleX(scale);
                ring.setScaleY(scale);
                return ring;
            default:
                s = new Circle(6.5);
        }
        s.setFill(c);
        s.setStroke(Color.WHITE);
        s.setStrokeWidth(1.2);
        s.setScaleX(scale);
        s.setScaleY(scale);
        return s;
    }

    /**
     * The red cross at the row's right end, and across the row (whose device it names) a white band
     * with the reason, so the row itself reads as the drop notice.
     */
    private static void drop(Group g, Mark m) {
        Circle dot = new Circle(7.5, Palette.DROP);
        dot.setStroke(Color.WHITE);
        javafx.scene.shape.Line a = new javafx.scene.shape.Line(-3.5, -3.5, 3.5, 3.5);
        javafx.scene.shape.Line b = new javafx.scene.shape.Line(-3.5, 3.5, 3.5, -3.5);
        for (javafx.scene.shape.Line l : new javafx.scene.shape.Line[] {a, b}) {
            l.setStroke(Color.WHITE);
            l.setStrokeWidth(2);
        }
        String device = m.event() == null ? "" : m.event().at().device();
        Text label = new Text((device.isEmpty() ? "" : device + "  ") + m.text());
        label.setFont(LABEL);
        label.setFill(Palette.DROP);
        double row = TopologyLayout.NS_W - TopologyLayout.INSET - 20;
        double w = Math.max(row - 10, label.getLayoutBounds().getWidth() + 6);
        label.setX(-w - 6);
        label.setY(3.5);
        Rectangle bg = new Rectangle(-w - 10, -7, w + 2, 14);
        bg.setFill(Color.rgb(255, 245, 245, 0.96));
        bg.setArcWidth(6);
        bg.setArcHeight(6);
        g.getChildren().addAll(bg, label, dot, a, b);
    }

    private static void callout(Group g, Mark m) {
        Text label = new Text(m.text());
        label.setFont(Font.font(null, FontWeight.NORMAL, 10));
        label.setFill(Palette.TEXT);
        double w = label.getLayoutBounds().getWidth();
        label.setX(4 - w);
        label.setY(3.5);
        Rectangle bg = new Rectangle(-w, -8, w + 10, 16);
        bg.setFill(Palette.CALLOUT_FILL);
        bg.setStroke(Palette.CALLOUT_STROKE);
        bg.setArcWidth(6);
        bg.setArcHeight(6);
        // a tail into the namespace below, whose rewrite this is (not the one above the gap)
        Polygon tail = new Polygon(-6, 7.5, 2, 7.5, -2, 13);
        tail.setFill(Palette.CALLOUT_FILL);
        tail.setStroke(Palette.CALLOUT_STROKE);
        Rectangle seam = new Rectangle(-5.5, 6.5, 7, 2);
        seam.setFill(Palette.CALLOUT_FILL);
        g.getChildren().addAll(tail, bg, seam, label);
    }
}
