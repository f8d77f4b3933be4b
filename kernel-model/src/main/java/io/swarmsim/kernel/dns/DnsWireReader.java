package io.swarmsim.kernel.dns;

import io.swarmsim.kernel.net.IpAddress;
import java.util.Arrays;
import java.util.Optional;

/** RFC 1035 wire decoder, following compression pointers (backwards only, so no loops). */
final class DnsWireReader {
    private final byte[] in;
    private int pos;

    private DnsWireReader(byte[] in) {
        this.in = in;
    }

    static DnsMessage decode(byte[] wire) {
        return new DnsWireReader(wire.clone()).message();
    }

    private DnsMessage message() {
        DnsMessage.Builder b = DnsMessage.builder();
        b.id(u16());
        int flags = u16();
        b.qr((flags & 0x8000) != 0).opcode(Opcode.of((flags >>> 11) & 0xf)).aa((flags & 0x0400) != 0)
                .tc((flags & 0x0200) != 0).rd((flags & 0x0100) != 0).ra((flags & 0x0080) != 0)
                .ad((flags & 0x0020) != 0).cd((flags & 0x0010) != 0).rcode(Rcode.of(flags & 0xf));
        int qd = u16();
        int an = u16();
        int ns = u16();
        int ar = u16();
        for (int i = 0; i < qd; i++) {
            String name = name();
            b.question(new Question(name, RecordType.of(u16()), u16()));
        }
        for (int i = 0; i < an; i++) {
            b.answer(record().orElseThrow(() -> new DnsWireException("OPT outside the additional section")));
        }
        for (int i = 0; i < ns; i++) {
            b.authority(record().orElseThrow(() -> new DnsWireException("OPT outside the additional section")));
        }
        Optional<Edns> edns = Optional.empty();
        for (int i = 0; i < ar; i++) {
            int start = pos;
            String name = name();
            int type = u16();
            if (type == RecordType.OPT.code()) {
                if (edns.isPresent() || !name.equals(".")) {
                    throw new DnsWireException("bad or second OPT record");
                }
                int udp = u16();
                long ttl = u32();
                int rdlen = u16();
                need(rdlen);
                pos += rdlen;
                edns = Optional.of(new Edns(udp, (int) (ttl >>> 24) & 0xff, (int) (ttl >>> 16) & 0xff,
                        (ttl & 0x8000) != 0));
            } else {
                pos = start;
                b.additional(record().orElseThrow());
            }
        }
        if (pos != in.length) {
            throw new DnsWireException((in.length - pos) + " trailing octets");
        }
        return b.edns(edns).build();
    }

    private Optional<ResourceRecord> record() {
        String name = name();
        RecordType type = RecordType.of(u16());
        int dnsClass = u16();
        long ttl = u32();
        int rdlen = u16();
        need(rdlen);
        int end = pos + rdlen;
        if (type.equals(RecordType.OPT)) {
            return Optional.empty();
        }
        ResourceRecord r;
        if ((type.equals(RecordType.A) && rdlen == 4 || type.equals(RecordType.AAAA) && rdlen == 16)
                && dnsClass == DnsClass.IN) {
            r = new AddressRecord(name, ttl, IpAddress.ofBytes(Arrays.copyOfRange(in, pos, end)));
        } else if (type.hasNameRdata()) {
            String target = name();
            if (pos != end) {
                throw new DnsWireException("RDLENGTH does not match the name in " + type);
            }
            r = new NameRecord(name, type, dnsClass, ttl, target);
        } else {
            r = new RawRecord(name, type, dnsClass, ttl, Arrays.copyOfRange(in, pos, end));
        }
        pos = end;
        return Optional.of(r);
    }

    /** Reads a possibly compressed name at {@code pos}; leaves {@code pos} after its in-place part. */
    private String name() {
        StringBuilder sb = new StringBuilder();
        int p = pos;
        int resumeAt = -1;
        int wireLength = 1;
        while (true) {
            if (p >= in.length) {
                throw new DnsWireException("name runs past the end");
            }
            int len = in[p] & 0xff;
            if ((len & 0xc0) == 0xc0) {
                if (p + 1 >= in.length) {
                    throw new DnsWireException("truncated pointer");
                }
                int target = ((len & 0x3f) << 8) | (in[p + 1] & 0xff);
                if (target >= p) {
                    throw new DnsWireException("forward or looping compression pointer at " + p);
                }
                if (resumeAt < 0) {
                    resumeAt = p + 2;
                }
                p = target;
                continue;
            }
            if ((len & 0xc0) != 0) {
                throw new DnsWireException("unsupported label type 0x" + Integer.toHexString(len));
            }
            if (len == 0) {
                p++;
                break;
            }
            if (p + 1 + len > in.length) {
                throw new DnsWireException("label runs past the end");
            }
            wireLength += 1 + len;
            if (wireLength > DnsNames.MAX_WIRE_LENGTH) {
                throw new DnsWireException("name longer than 255 octets");
            }
            for (int i = 0; i < len; i++) {
                sb.append((char) (in[p + 1 + i] & 0xff));
            }
            sb.append('.');
            p += 1 + len;
        }
        pos = resumeAt >= 0 ? resumeAt : p;
        return sb.length() == 0 ? "." : sb.toString();
    }

    private void need(int n) {
        if (pos + n > in.length) {
            throw new DnsWireException("message truncated at octet " + pos);
        }
    }

    private int u16() {
        need(2);
        int v = ((in[pos] & 0xff) << 8) | (in[pos + 1] & 0xff);
        pos += 2;
        return v;
    }

    private long u32() {
        return ((long) u16() << 16) | u16();
    }
}
