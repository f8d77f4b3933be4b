package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.packet.Payload;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable DNS message (RFC 1035 §4.1) that can ride in a UDP or TCP packet as a {@link Payload}.
 * The wire form is computed once at construction; {@link #compress()} only chooses whether owner
 * names are compressed on encode and is not part of equality (a decoded message cannot tell).
 */
public final class DnsMessage implements Payload {
    private final int id;
    private final boolean qr;
    private final Opcode opcode;
    private final boolean aa;
    private final boolean tc;
    private final boolean rd;
    private final boolean ra;
    private final boolean ad;
    private final boolean cd;
    private final Rcode rcode;
    private final List<Question> questions;
    private final List<ResourceRecord> answers;
    private final List<ResourceRecord> authority;
    private final List<ResourceRecord> additional;
    private final Optional<Edns> edns;
    private final boolean compress;
    private final byte[] wire;

    private DnsMessage(Builder b) {
        if (b.id < 0 || b.id > 0xffff) {
            throw new IllegalArgumentException("id out of range: " + b.id);
        }
        this.id = b.id;
        this.qr = b.qr;
        this.opcode = Objects.requireNonNull(b.opcode);
        this.aa = b.aa;
        this.tc = b.tc;
        this.rd = b.rd;
        this.ra = b.ra;
        this.ad = b.ad;
        this.cd = b.cd;
        this.rcode = Objects.requireNonNull(b.rcode);
        this.questions = List.copyOf(b.questions);
        this.answers = List.copyOf(b.answers);
        this.authority = List.copyOf(b.authority);
        this.additional = List.copyOf(b.additional);
        this.edns = Objects.requireNonNull(b.edns);
        this.compress = b.compress;
        this.wire = DnsWireWriter.encode(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A standard query with one question of class IN, as a stub resolver or dig sends it.
     *
     * @param ednsUdpSize EDNS UDP payload size to advertise, or empty for a plain RFC 1035 query
     */
    public static DnsMessage query(int id, String name, RecordType type, boolean recursionDesired,
            Optional<Integer> ednsUdpSize) {
        return builder().id(id).rd(recursionDesired).question(Question.in(name, type))
                .edns(ednsUdpSize.map(Edns::of)).build();
    }

    /** Decodes a wire-format message; throws {@link DnsWireException} if it is malformed. */
    public static DnsMessage decode(byte[] wire) {
        return DnsWireReader.decode(wire);
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.qr = qr;
        b.opcode = opcode;
        b.aa = aa;
        b.tc = tc;
        b.rd = rd;
        b.ra = ra;
        b.ad = ad;
        b.cd = cd;
        b.rcode = rcode;
        b.questions.addAll(questions);
        b.answers.addAll(answers);
        b.authority.addAll(authority);
        b.additional.addAll(additional);
        b.edns = edns;
        b.compress = compress;
        return b;
    }

    public int id() {
        return id;
    }

    public boolean qr() {
        return qr;
    }

    public Opcode opcode() {
        return opcode;
    }

    public boolean aa() {
        return aa;
    }

    public boolean tc() {
        return tc;
    }

    public boolean rd() {
        return rd;
    }

    public boolean ra() {
        return ra;
    }

    public boolean ad() {
        return ad;
    }

    public boolean cd() {
        return cd;
    }

    public Rcode rcode() {
        return rcode;
    }

    public List<Question> questions() {
        return questions;
    }

    /** The first question; throws if there is none. */
    public Question question() {
        if (questions.isEmpty()) {
            throw new IllegalStateException("message has no question");
        }
        return questions.get(0);
    }

    public List<ResourceRecord> answers() {
        return answers;
    }

    public List<ResourceRecord> authority() {
        return authority;
    }

    /** Additional records, without the EDNS OPT pseudo-record. */
    public List<ResourceRecord> additional() {
        return additional;
    }

    public Optional<Edns> edns() {
        return edns;
    }

    public boolean compress() {
        return compress;
    }

    /** ARCOUNT as on the wire: additional records plus one for OPT. */
    public int additionalCount() {
        return additional.size() + (edns.isPresent() ? 1 : 0);
    }

    @Override
    public int length() {
        return wire.length;
    }

    @Override
    public byte[] encode() {
        return wire.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DnsMessage m && m.id == id && m.qr == qr && m.opcode == opcode && m.aa == aa
                && m.tc == tc && m.rd == rd && m.ra == ra && m.ad == ad && m.cd == cd && m.rcode == rcode
                && m.questions.equals(questions) && m.answers.equals(answers) && m.authority.equals(authority)
                && m.additional.equals(additional) && m.edns.equals(edns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, qr, opcode, aa, tc, rd, ra, ad, cd, rcode, questions, answers, authority,
                additional, edns);
    }

    @Override
    public String toString() {
        return "DNS id=" + id + (qr ? " response " : " query ") + rcode + " " + questions + " an=" + answers
                + (authority.isEmpty() ? "" : " ns=" + authority) + (additional.isEmpty() ? "" : " ar=" + additional)
                + edns.map(e -> " edns=" + e.udpPayloadSize()).orElse("") + (tc ? " TC" : "");
    }

    /** Mutable builder; {@link #build()} validates and encodes. */
    public static final class Builder {
        private int id;
        private boolean qr;
        private Opcode opcode = Opcode.QUERY;
        private boolean aa;
        private boolean tc;
        private boolean rd;
        private boolean ra;
        private boolean ad;
        private boolean cd;
        private Rcode rcode = Rcode.NOERROR;
        private final List<Question> questions = new ArrayList<>();
        private final List<ResourceRecord> answers = new ArrayList<>();
        private final List<ResourceRecord> authority = new ArrayList<>();
        private final List<ResourceRecord> additional = new ArrayList<>();
        private Optional<Edns> edns = Optional.empty();
        private boolean compress;

        private Builder() {
        }

        public Builder id(int v) {
            id = v;
            return this;
        }

        public Builder qr(boolean v) {
            qr = v;
            return this;
        }

        public Builder opcode(Opcode v) {
            opcode = v;
            return this;
        }

        public Builder aa(boolean v) {
            aa = v;
            return this;
        }

        public Builder tc(boolean v) {
            tc = v;
            return this;
        }

        public Builder rd(boolean v) {
            rd = v;
            return this;
        }

        public Builder ra(boolean v) {
            ra = v;
            return this;
        }

        public Builder ad(boolean v) {
            ad = v;
            return this;
        }

        public Builder cd(boolean v) {
            cd = v;
            return this;
        }

        public Builder rcode(Rcode v) {
            rcode = v;
            return this;
        }

        public Builder question(Question q) {
            questions.add(q);
            return this;
        }

        public Builder answer(ResourceRecord r) {
            answers.add(r);
            return this;
        }

        public Builder answers(List<? extends ResourceRecord> rs) {
            answers.clear();
            answers.addAll(rs);
            return this;
        }

        public Builder authority(ResourceRecord r) {
            authority.add(r);
            return this;
        }

        public Builder additional(ResourceRecord r) {
            additional.add(r);
            return this;
        }

        public Builder edns(Optional<Edns> v) {
            edns = v;
            return this;
        }

        public Builder compress(boolean v) {
            compress = v;
            return this;
        }

        public DnsMessage build() {
            return new DnsMessage(this);
        }
    }
}
