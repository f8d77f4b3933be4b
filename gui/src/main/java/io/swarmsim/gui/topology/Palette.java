package io.swarmsim.gui.topology;

import io.swarmsim.engine.control.DesiredState;
import javafx.scene.paint.Color;

/**
 * The picture's colours. Networks get soft colours (they are the background a packet moves over),
 * packets strong ones, so a packet never disappears into its lane; shapes differ too, so the kinds
 * stay apart for a reader who does not tell colours apart.
 */
final class Palette {
    private static final Color[] OVERLAYS = {
        Color.web("#64b5f6"), Color.web("#81c784"), Color.web("#ba68c8"), Color.web("#f06292"), Color.web("#4db6ac"),
        Color.web("#a1887f"), Color.web("#90a4ae"), Color.web("#dce775"),
    };
    static final Color INGRESS = Color.web("#ffb300");
    static final Color GWBRIDGE = Color.web("#9e9e9e");
    static final Color UNDERLAY = Color.web("#37474f");
    static final Color DROP = Color.web("#d50000");
    static final Color CALLOUT_FILL = Color.web("#fff59d");
    static final Color CALLOUT_STROKE = Color.web("#f9a825");
    static final Color CURRENT = Color.web("#ff6d00");
    static final Color HIGHLIGHT = Color.web("#d500f9");
    static final Color INSPECTED = Color.web("#2962ff");
    static final Color TEXT = Color.web("#263238");
    static final Color SUBTEXT = Color.web("#546e7a");

    private Palette() {
    }

    static Color lane(Lane lane) {
        if (lane == null) {
            return GWBRIDGE;
        }
        switch (lane.kind()) {
            case INGRESS:
                return INGRESS;
            case OVERLAY:
                return OVERLAYS[Math.floorMod(lane.index(), OVERLAYS.length)];
            case GWBRIDGE:
                return GWBRIDGE;
            default:
                return UNDERLAY;
        }
    }

    static Color packet(Look.Kind kind) {
        switch (kind) {
            case TCP:
                return Color.web("#1a237e");
            case DNS:
                return Color.web("#6a1b9a");
            case ICMP:
                return Color.web("#e65100");
            case ARP:
                return Color.web("#1b5e20");
            case UDP:
                return Color.web("#006064");
            default:
                return Color.web("#37474f");
        }
    }

    static Color namespaceFill(DesiredState.Kind kind) {
        switch (kind) {
            case CONTAINER:
                return Color.WHITE;
            case OVERLAY:
                return Color.web("#eef5fb");
            case INGRESS_SANDBOX:
                return Color.web("#fff8e1");
            case LB_SANDBOX:
                return Color.web("#f3e5f5");
            default:
                return Color.web("#eceff1");
        }
    }
}
