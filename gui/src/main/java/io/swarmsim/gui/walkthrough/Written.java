package io.swarmsim.gui.walkthrough;

import io.swarmsim.engine.scenario.Location;

/** A value as the teacher wrote it, with where: checks against the scenario come later and must still point at the line. */
record Written<T>(T value, Location location) {
}
