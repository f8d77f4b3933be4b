package io.swarmsim.kernel.resolver;

import io.swarmsim.kernel.net.IpAddress;
import java.util.List;

/** How a libc or runtime orders the addresses it collected, given the client namespace. */
public interface AddressSorter {
    /** The sorter's registry name, e.g. {@code glibc-current}. */
    String name();

    /**
     * Orders {@code input} (already assembled from the answer sections) and says why, in reason
     * lines and, if it compared addresses, as typed {@link SortResult#pairs() pairs}.
     */
    SortResult sort(List<IpAddress> input, ClientHost host);
}
