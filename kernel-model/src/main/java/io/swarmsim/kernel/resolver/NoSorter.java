package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/** No sorting: the addresses stay in DNS order ({@code gethostbyname}, dig, nginx's own resolver). */
public final class NoSorter implements AddressSorter {
    private final String who;

    /** @param who the component that does not sort, named in the reason, e.g. {@code dig} */
    public NoSorter(String who) {
        this.who = who;
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public SortResult sort(List<IpAddress> input, ClientHost host) {
        return new SortResult(input, List.of(who + ": not sorted; DNS order kept"));
    }
}
