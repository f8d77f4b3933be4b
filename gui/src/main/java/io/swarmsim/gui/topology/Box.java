package io.swarmsim.gui.topology;

/** An axis-aligned rectangle in topology coordinates: a swarm node's box or a namespace's. */
public record Box(double x, double y, double w, double h) {
    public double right() {
        return x + w;
    }

    public double bottom() {
        return y + h;
    }

    /** Whether the two boxes share any area (touching edges do not count). */
    public boolean overlaps(Box o) {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    /** Whether {@code o} lies entirely inside this box (edges may touch). */
    public boolean contains(Box o) {
        return o.x >= x && o.y >= y && o.right() <= right() && o.bottom() <= bottom();
    }

    public boolean contains(Point p) {
        return p.x() >= x && p.x() <= right() && p.y() >= y && p.y() <= bottom();
    }
}
