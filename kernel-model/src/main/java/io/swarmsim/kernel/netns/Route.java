package io.swarmsim.kernel.netns;

import io.swarmsim.kernel.net.IpAddress;
import io.swarmsim.kernel.net.Prefix;

/**
 * One routing table entry. {@code type} LOCAL routes live in the local table and mean "deliver
 * here"; UNICAST routes in main send out of {@code device}, via {@code gateway} when set.
 */
public record Route(Type type, Prefix destination, String device, IpAddress gateway, IpAddress preferredSource,
                    Scope scope, Protocol protocol) {
    public enum Type { LOCAL, UNICAST, BROADCAST }

    /** Who installed the route, as {@code ip route} prints it. */
    public enum Protocol { KERNEL, BOOT, STATIC }

    public boolean isLocal() {
        return type == Type.LOCAL;
    }
}
