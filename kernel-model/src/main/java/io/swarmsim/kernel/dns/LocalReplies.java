package io.swarmsim.kernel.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * Replies the embedded resolver builds itself, the way libnetwork does with miekg/dns: {@code SetReply}
 * (same id and RD, QR set, opcode QUERY, first question copied) plus {@code RecursionAvailable = true}.
 * No OPT record is added and names are not compressed (1.12 never sets {@code Compress} on local replies).
 */
final class LocalReplies {
    /** miekg/dns {@code MinMsgSize}, libnetwork {@code defaultRespSize}. */
    static final int UDP_DEFAULT_SIZE = 512;
    /** {@code dns.MaxMsgSize - 1}, the limit libnetwork uses over TCP. */
    static final int TCP_MAX_SIZE = 65534;

    private LocalReplies() {
    }

    static DnsMessage.Builder replyTo(DnsMessage query) {
        DnsMessage.Builder b = DnsMessage.builder().id(query.id()).qr(true).opcode(Opcode.QUERY).rd(query.rd())
                .ra(true).rcode(Rcode.NOERROR);
        if (!query.questions().isEmpty()) {
            b.question(query.question());
        }
        return b;
    }

    static DnsMessage failure(DnsMessage query, Rcode rcode) {
        return replyTo(query).rcode(rcode).build();
    }

    /** The size limit for a reply: 65534 over TCP; over UDP the client's EDNS size, at least 512. */
    static int maxSize(DnsMessage query, Transport transport) {
        if (transport == Transport.TCP) {
            return TCP_MAX_SIZE;
        }
        return Math.max(UDP_DEFAULT_SIZE, query.edns().map(Edns::udpPayloadSize).orElse(0));
    }

    /**
     * libnetwork 1.12 {@code truncateResp}: when the reply is too big, set TC (UDP only) and drop answer
     * records from the end until it fits.
     */
    static DnsMessage truncate(DnsMessage reply, int maxSize, Transport transport) {
        if (reply.length() <= maxSize) {
            return reply;
        }
        List<ResourceRecord> answers = new ArrayList<>(reply.answers());
        DnsMessage.Builder b = reply.toBuilder().tc(transport == Transport.UDP);
        DnsMessage cut = b.build();
        while (cut.length() > maxSize && !answers.isEmpty()) {
            answers.remove(answers.size() - 1);
            cut = b.answers(answers).build();
        }
        return cut;
    }
}
