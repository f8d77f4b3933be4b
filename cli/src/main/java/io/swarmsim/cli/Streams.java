package io.swarmsim.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** Where a command reads ({@code sim exec --interactive}) and prints: this one invocation's standard streams. */
record Streams(InputStream in, PrintStream out, PrintStream err) {
    Streams(PrintStream out, PrintStream err) {
        this(System.in, out, err);
    }
}
