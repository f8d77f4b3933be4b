package io.swarmsim.cli;

import java.io.PrintStream;

/** Where a command prints: standard output and standard error of this one invocation. */
record Streams(PrintStream out, PrintStream err) {
}
