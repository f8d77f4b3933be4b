package io.swarmsim.live.diff;

/**
 * The two namespaces of the differential test: A sends every probe, B is its only neighbour. Rules
 * go into both, so a probe meets A's output hooks, B's input hooks and, for the answers, the
 * reverse.
 */
enum Side {
    A, B
}
