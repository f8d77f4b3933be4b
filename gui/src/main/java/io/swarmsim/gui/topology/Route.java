package io.swarmsim.gui.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * A polyline a frame travels along, from the sending device's port to the receiving one's. Packets
 * are placed on it by the fraction of its length travelled, so a frame on a long underlay hop and
 * one on a short veth move alike.
 */
public record Route(List<Point> points) {
    public Route {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a route has at least one point");
        }
    }

    public static Route of(Point... points) {
        return new Route(List.of(points));
    }

    public Point start() {
        return points.get(0);
    }

    public Point end() {
        return points.get(points.size() - 1);
    }

    public double length() {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i - 1).distance(points.get(i));
        }
        return sum;
    }

    /** The point {@code t} of the way along (0 the start, 1 the end; clamped). */
    public Point at(double t) {
        double total = length();
        if (total == 0 || t <= 0) {
            return start();
        }
        if (t >= 1) {
            return end();
        }
        double want = total * t;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double d = a.distance(b);
            if (want <= d && d > 0) {
                double f = want / d;
                return new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f);
            }
            want -= d;
        }
        return end();
    }

    /** The part of the route between fractions {@code from} and {@code to} (from &lt;= to). */
    public Route part(double from, double to) {
        double total = length();
        List<Point> out = new ArrayList<>();
        out.add(at(from));
        double walked = 0;
        for (int i = 1; i < points.size(); i++) {
            walked += points.get(i - 1).distance(points.get(i));
            double f = total == 0 ? 1 : walked / total;
            if (f > from && f < to) {
                out.add(points.get(i));
            }
        }
        out.add(at(to));
        return new Route(out);
    }
}
