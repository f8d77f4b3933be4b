package io.swarmsim.cli;

/** A mistake in the command line, reported as one line. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
