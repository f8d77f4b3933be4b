package io.swarmsim.live;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.scenario.Scenario;
import io.swarmsim.engine.scenario.ScenarioLoader;
import io.swarmsim.engine.session.Session;
import io.swarmsim.kernel.net.MacAddress;
import io.swarmsim.kernel.netns.NetDevice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Sessions and hand-made desired states the live-bridge tests share. */
final class Fixtures {
    static final Path VOTE = Path.of("../scenarios/vote.yaml");

    private Fixtures() {
    }

    static Session session(String experiment) {
        try {
            Scenario s = ScenarioLoader.load(VOTE);
            return Session.open(s, Optional.of(experiment), s.sim().seed());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A one-namespace desired state whose only device has {@code deviceName}. */
    static DesiredState oneDevice(String nsName, String deviceName) {
        DesiredState.Device d = new DesiredState.Device(deviceName, NetDevice.Kind.BRIDGE, new MacAddress(0x02_42_0a_00_00_02L), 1500,
                null, null, null, null);
        DesiredState.Namespace ns = new DesiredState.Namespace(nsName, DesiredState.Kind.HOST, nsName, nsName, List.of(d),
                List.of(DesiredState.AddressSpec.of("10.0.0.1/24", deviceName, true)), List.of(), Map.of(), "", Optional.empty(), List.of(),
                List.of(), List.of());
        return new DesiredState(List.of(ns), Map.of(), Map.of());
    }

    /** A runner that records every command and runs none (answers exit 0 with {@code out}). */
    static final class Recording implements CommandRunner {
        final List<Cmd> commands = new ArrayList<>();
        String out = "";

        @Override
        public CmdResult run(Cmd cmd) {
            commands.add(cmd);
            return new CmdResult(cmd, 0, out, "");
        }
    }
}
