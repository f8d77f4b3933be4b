package io.swarmsim.engine.scenario;

/** A value read from the file with the place it was written. */
record Located<T>(T value, Location location) {
}
