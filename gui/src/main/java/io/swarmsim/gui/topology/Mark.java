package io.swarmsim.gui.topology;

import io.swarmsim.kernel.trace.TraceEvent;

/**
 * One moving or transient thing on the picture at the cursor: a packet resting in a namespace
 * (PACKET), a frame on a link (WIRE), a drop with its reason (DROP), an address rewrite callout
 * (NAT: NAT or IPVS, {@code old -> new}). {@code at} is where it rests; {@code arrival}, when not
 * null, is the way it came during the last step, for the view to animate. {@code key} identifies it
 * from one cursor position to the next; {@code event} is what a click on it selects.
 */
public record Mark(String key, Kind kind, Point at, Route arrival, Look look, String text, TraceEvent event) {
    public enum Kind { PACKET, WIRE, DROP, NAT }
}
