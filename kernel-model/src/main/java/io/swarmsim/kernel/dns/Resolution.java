package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Objects;

/** What the embedded resolver does next with a query. */
public sealed interface Resolution permits Resolution.Reply, Resolution.Forward, Resolution.NoReply {

    /** Send this message back to the client. */
    record Reply(DnsMessage message) implements Resolution {
        public Reply {
            Objects.requireNonNull(message);
        }
    }

    /**
     * Send {@link #query()} to {@link #upstream()} port 53 over {@link #transport()}, then report the
     * outcome to {@link Forwarding#onReply} or {@link Forwarding#onFailure} of {@link #state()}.
     */
    record Forward(Forwarding state) implements Resolution {
        public Forward {
            Objects.requireNonNull(state);
        }

        public IpAddress upstream() {
            return state.upstream();
        }

        public DnsMessage query() {
            return state.query();
        }

        public Transport transport() {
            return state.transport();
        }
    }

    /** Send nothing; the client will time out. */
    record NoReply(String reason) implements Resolution {
    }
}
