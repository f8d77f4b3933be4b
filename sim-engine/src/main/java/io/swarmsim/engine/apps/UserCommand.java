package io.swarmsim.engine.apps;

import io.swarmsim.engine.report.CommandRun;
import java.util.function.Consumer;

/** A command a user types in a container or on a node; it reports once, when it has finished. */
public interface UserCommand {
    void start(CommandEnv env, Consumer<CommandRun> done);
}
