package io.swarmsim.gui.topology;

/** A point in the topology's own coordinates (pixels at zoom 1), independent of JavaFX so layouts can be tested without a window. */
public record Point(double x, double y) {
    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    public double distance(Point o) {
        return Math.hypot(o.x - x, o.y - y);
    }
}
