package io.swarmsim.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;

/**
 * Creates the command objects: a command with a {@code (Streams)} constructor gets this
 * invocation's streams, so two invocations in one JVM (the tests) never share output.
 */
final class CliFactory implements CommandLine.IFactory {
    private final Streams streams;

    CliFactory(Streams streams) {
        this.streams = streams;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        for (Constructor<?> c : cls.getDeclaredConstructors()) {
            if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Streams.class) {
                c.setAccessible(true);
                return cls.cast(c.newInstance(streams));
            }
        }
        return CommandLine.defaultFactory().create(cls);
    }
}
