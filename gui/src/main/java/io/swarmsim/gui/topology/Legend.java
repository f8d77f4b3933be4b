package io.swarmsim.gui.topology;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;

/**
 * What the shapes and colours mean, under the picture: packet kinds, drops and rewrites, the
 * outlines, then the scenario's networks with their VNI and subnet. Wraps to the view's width.
 */
final class Legend extends FlowPane {
    Legend() {
        super(14, 4);
        setId("topology-legend");
        setPadding(new Insets(4, 8, 4, 8));
        setStyle("-fx-background-color: #fafafa; -fx-border-color: #cfd8dc; -fx-border-width: 1 0 0 0;");
        show(null);
    }

    /** Rebuilds the entries for {@code graph}'s networks (none when null). */
    void show(TopologyGraph graph) {
        getChildren().clear();
        add(MarkNodes.shape(Look.Kind.TCP, 0.9), "TCP (SYN, SYN-ACK, ACK, data, FIN)");
        add(MarkNodes.shape(Look.Kind.DNS, 0.9), "DNS");
        add(MarkNodes.shape(Look.Kind.UDP, 0.9), "UDP");
        add(MarkNodes.shape(Look.Kind.ICMP, 0.9), "ICMP");
        add(MarkNodes.shape(Look.Kind.ARP, 0.9), "ARP");
        Rectangle vx = new Rectangle(20, 13);
        vx.setArcWidth(6);
        vx.setArcHeight(6);
        vx.setFill(Color.web("#e0f2f1"));
        vx.setStroke(Color.web("#004d40"));
        vx.setStrokeWidth(1.5);
        add(new javafx.scene.layout.StackPane(vx, MarkNodes.shape(Look.Kind.TCP, 0.55)), "VXLAN, inner packet inside");
        javafx.scene.shape.Circle drop = new javafx.scene.shape.Circle(6, Palette.DROP);
        add(drop, "drop, with the reason");
        Rectangle nat = new Rectangle(18, 11, Palette.CALLOUT_FILL);
        nat.setStroke(Palette.CALLOUT_STROKE);
        add(nat, "NAT / IPVS: old -> new");
        add(outline(Palette.CURRENT), "current event");
        add(outline(Palette.INSPECTED), "inspected");
        add(outline(Palette.HIGHLIGHT), "highlighted");
        if (graph != null) {
            for (Lane l : graph.lanes()) {
                javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 22, 0);
                line.setStroke(Palette.lane(l));
                line.setStrokeWidth(l.kind() == Lane.Kind.UNDERLAY ? 5 : 4);
                line.setStrokeLineCap(StrokeLineCap.BUTT);
                add(line, l.name() + (l.detail().isEmpty() ? "" : " (" + l.detail() + ")"));
            }
        }
    }

    private static Rectangle outline(Color c) {
        Rectangle r = new Rectangle(18, 11, Color.TRANSPARENT);
        r.setStroke(c);
        r.setStrokeWidth(2.5);
        r.setArcWidth(5);
        r.setArcHeight(5);
        return r;
    }

    private void add(Node icon, String text) {
        Label l = new Label(text);
        l.setFont(Font.font(11));
        HBox box = new HBox(5, icon, l);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.getStyleClass().add("legend-entry");
        getChildren().add(box);
    }
}
