package io.swarmsim.gui.topology;

/** A text of the static picture that belongs to no box (a bus's name in the left gutter); {@code at} is its baseline start. */
public record Label(String text, String lane, Point at) {
}
