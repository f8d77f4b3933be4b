package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Set;
import java.util.SplittableRandom;

/** A fixed PacketContext for tests. */
record TestContext(String inInterface, String outInterface, ConntrackState conntrackState, boolean ipvs,
                   Set<IpAddress> local, SplittableRandom random) implements PacketContext {

    static TestContext of(String in, String out) {
        return new TestContext(in, out, ConntrackState.NEW, false, Set.of(), new SplittableRandom(1));
    }

    TestContext withState(ConntrackState s) {
        return new TestContext(inInterface, outInterface, s, ipvs, local, random);
    }

    TestContext withIpvs(boolean v) {
        return new TestContext(inInterface, outInterface, conntrackState, v, local, random);
    }

    TestContext withLocal(IpAddress... a) {
        return new TestContext(inInterface, outInterface, conntrackState, ipvs, Set.of(a), random);
    }

    @Override
    public AddressType addressType(IpAddress address, String limitInterface) {
        return local.contains(address) ? AddressType.LOCAL : AddressType.UNICAST;
    }

    @Override
    public double nextRandom() {
        return random.nextDouble();
    }
}
