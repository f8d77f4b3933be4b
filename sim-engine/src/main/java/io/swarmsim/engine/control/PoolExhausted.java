package io.swarmsim.engine.control;

/**
 * The allocator ran out of something Docker hands out (addresses in a subnet, automatic subnets,
 * dynamic ports) for {@code owner}, a scenario path such as {@code services.vote} or {@code networks.backend};
 * the manager would leave the service's tasks pending.
 */
public final class PoolExhausted extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String owner;

    public PoolExhausted(String owner, String message) {
        super(message);
        this.owner = owner;
    }

    /** What was being allocated when the pool ran out: {@code services.NAME}, {@code networks.NAME} or empty. */
    public String owner() {
        return owner;
    }
}
