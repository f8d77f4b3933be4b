package io.swarmsim.engine.exec;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.engine.views.CliResult;
import io.swarmsim.engine.views.DockerCli;
import java.time.Duration;
import java.util.List;

/** The docker CLI on the node of the target (containers have no docker binary). */
final class DockerViews {
    private DockerViews() {
    }

    static ExecResult run(Simulation sim, ExecTarget target, List<String> args) {
        if (target.spec().kind() == DesiredState.Kind.CONTAINER) {
            return ExecResult.fail("sh: 1: docker: not found (run docker on a node: sim exec ... node1 -- docker ...)", 127);
        }
        DockerCli cli = new DockerCli(sim.cluster(), target.spec().node(), Duration.ofNanos(sim.now()));
        CliResult r = cli.run(args);
        return new ExecResult(r.stdout(), r.stderr(), r.exitStatus());
    }
}
