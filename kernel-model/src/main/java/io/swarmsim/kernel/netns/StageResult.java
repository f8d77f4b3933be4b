package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.packet.Packet;
import io.swarmsim.kernel.trace.DropReason;

/**
 * What one hook function (or all the functions at a hook) decided: the verdict and the packet it
 * produced, with the conntrack entry and IPVS mark the packet carries on. A DROP names why and
 * returns the packet as it entered the stage that dropped it.
 *
 * @param dropKind why the packet died, in the kernel's terms; null unless the verdict is DROP
 * @param dropReason the same for a learner (which rule or policy); null unless the verdict is DROP
 */
public record StageResult(HookFunction.Verdict verdict, Packet packet, Conntrack.Match ct, boolean ipvs, DropReason dropKind,
                          String dropReason) {
    public StageResult {
        if (verdict == null || packet == null) {
            throw new IllegalArgumentException("a stage result has a verdict and a packet");
        }
        if ((verdict == HookFunction.Verdict.DROP) != (dropKind != null)) {
            throw new IllegalArgumentException("a DROP, and only a DROP, says why: " + verdict + " " + dropKind);
        }
    }

    /** The packet goes on as it entered. */
    static StageResult accept(PacketState s) {
        return accept(s, s.packet());
    }

    /** The packet goes on, rewritten to {@code p}. */
    static StageResult accept(PacketState s, Packet p) {
        return new StageResult(HookFunction.Verdict.ACCEPT, p, s.ct(), s.ipvs(), null, null);
    }

    /** The packet goes on, now attached to the conntrack entry {@code m}. */
    static StageResult tracked(PacketState s, Conntrack.Match m) {
        return new StageResult(HookFunction.Verdict.ACCEPT, s.packet(), m, s.ipvs(), null, null);
    }

    /** IPVS rewrote the packet to {@code p}; {@code verdict} is STOLEN when IPVS sends it on itself. */
    static StageResult balanced(PacketState s, HookFunction.Verdict verdict, Packet p) {
        return new StageResult(verdict, p, s.ct(), true, null, null);
    }

    /** The packet dies here, unchanged. */
    static StageResult drop(PacketState s, DropReason kind, String reason) {
        return new StageResult(HookFunction.Verdict.DROP, s.packet(), s.ct(), s.ipvs(), kind, reason);
    }
}
