package io.swarmsim.gui.topology;

/** A swarm node's box: its title line ({@code node1 · manager · 192.168.99.101}) and where it sits. */
public record NodeBox(String name, String title, Box box, int row) {
}
