package io.swarmsim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.swarmsim.engine.control.ContractStates;
import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.engine.control.DesiredStateMutations;
import io.swarmsim.kernel.net.IpAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The live bridge's side of the desired-state contract (issue 9, point 1): the applier reads every
 * field. Each field of the desired states of vote.yaml's experiments in three Docker eras is
 * changed, one at a time; the planned commands (with the IPVS substitute and with the kernel's
 * IPVS, and the notes the report prints) or what the real
 * servers are told to serve must differ, or the plan refuse the state. Runs without root: nothing
 * is executed.
 */
class ApplierContractTest {
    /** Fields the commands do not depend on, with the reason. */
    static final Map<String, String> LABELS = Map.of(
            "DesiredState.hostNetworkTasks", "which tasks run in their node's own namespace: maps a command's task to where it runs, no kernel state",
            "Namespace.kind", "what the namespace is in Docker's terms: labels for the report",
            "Namespace.owner", "the task or node a namespace belongs to: labels for the report",
            "Namespace.node", "the swarm node a namespace is on: labels for the report");

    @Test
    void everyFieldChangesThePlannedCommands() throws Exception {
        Set<String> read = DesiredStateMutations.fieldsRead(ContractStates.all(), ApplierContractTest::fingerprint);
        Set<String> unread = new TreeSet<>(DesiredStateMutations.fields());
        unread.removeAll(read);
        unread.removeAll(LABELS.keySet());
        assertEquals(Set.of(), unread, "fields of DesiredState the live applier never reads");
    }

    /**
     * The commands that would build {@code state} on Linux, with the report's notes, then what the
     * real servers would be told to serve in which namespace, and the files each container gets
     * (/etc/hosts, resolv.conf); or why either refused it.
     */
    static String fingerprint(DesiredState state) {
        try {
            NameMap names = NameMap.plan(state, new RunPrefix("ss0001"));
            ApplyPlan plan = ApplyPlanner.plan(state, names, IptablesBackend.NFT);
            ApplyPlan kernel = ApplyPlanner.plan(state, names, IptablesBackend.NFT, IpvsApply.KERNEL);
            return plan.steps() + "\n" + plan.notes() + "\n" + kernel.steps() + "\n" + LiveServices.of(state, 1, List.of(IpAddress.parse("8.8.8.8"))).stream()
                    .map(t -> t.task() + " in " + t.namespace() + ":\n" + t.spec().render()).toList() + "\n" + ContainerFiles.of(state);
        } catch (RuntimeException e) {
            return "refused: " + e;
        }
    }
}
