package io.swarmsim.gui.topology;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * A clipped window onto the picture with zoom (scroll wheel, around the pointer; or the view's
 * buttons, around the centre) and pan (drag with the primary button anywhere, boxes included: a
 * click only counts when the pointer did not move). Until the user zooms or pans, the picture is
 * fitted to the window and refitted when the window resizes.
 */
final class Viewport extends Pane {
    static final double MIN = 0.15;
    static final double MAX = 4;
    static final double MAX_FIT = 1.25;
    private final Group world = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private double contentW = 1;
    private double contentH = 1;
    private boolean userMoved;
    private double pressX;
    private double pressY;
    private double panX;
    private double panY;

    Viewport() {
        setId("topology-viewport");
        world.setId("topology-world");
        world.getTransforms().addAll(pan, scale);
        getChildren().add(world);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setStyle("-fx-background-color: white;");
        setMinSize(100, 100);
        widthProperty().addListener((o, a, b) -> refit());
        heightProperty().addListener((o, a, b) -> refit());
        setOnScroll(e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15, e.getX(), e.getY());
                e.consume();
            }
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pressX = e.getX();
                pressY = e.getY();
                panX = pan.getX();
                panY = pan.getY();
            }
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown()) {
                userMoved = true;
                pan.setX(panX + e.getX() - pressX);
                pan.setY(panY + e.getY() - pressY);
            }
        });
    }

    /** Shows {@code content} (of the given size) fitted to the window. */
    void setContent(Node content, double w, double h) {
        world.getChildren().setAll(content);
        contentW = Math.max(1, w);
        contentH = Math.max(1, h);
        userMoved = false;
        fit();
    }

    private void refit() {
        if (!userMoved) {
            fit();
        }
    }

    /** Scales the picture to fill the window (never above {@value #MAX_FIT}) and centres it. */
    void fit() {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        double s = clamp(Math.min(MAX_FIT, Math.min(w / contentW, h / contentH)));
        scale.setX(s);
        scale.setY(s);
        pan.setX((w - contentW * s) / 2);
        pan.setY((h - contentH * s) / 2);
    }

    /** Fits again from now on, as when the scenario was loaded. */
    void reset() {
        userMoved = false;
        fit();
    }

    /** Zooms by {@code factor} keeping the picture's point under ({@code x}, {@code y}) in place. */
    void zoomAt(double factor, double x, double y) {
        double s = scale.getX();
        double next = clamp(s * factor);
        double wx = (x - pan.getX()) / s;
        double wy = (y - pan.getY()) / s;
        scale.setX(next);
        scale.setY(next);
        pan.setX(x - wx * next);
        pan.setY(y - wy * next);
        userMoved = true;
    }

    void zoomCentre(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    private static double clamp(double s) {
        return Math.max(MIN, Math.min(MAX, s));
    }

    double zoom() {
        return scale.getX();
    }

    Group world() {
        return world;
    }
}
