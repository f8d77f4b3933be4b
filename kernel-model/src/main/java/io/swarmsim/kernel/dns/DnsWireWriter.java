package io.swarmsim.kernel.dns;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 1035 wire encoder. With compression on, every owner name and every name inside CNAME/NS/PTR
 * RDATA is compressed against earlier names (case-insensitive suffix match, pointers below 0x4000).
 * One instance per message; not shared.
 */
final class DnsWireWriter {
    private final Buffer out = new Buffer();
    private final boolean compress;
    private final Map<String, Integer> suffixOffsets = new HashMap<>();

    private DnsWireWriter(boolean compress) {
        this.compress = compress;
    }

    static byte[] encode(DnsMessage m) {
        DnsWireWriter w = new DnsWireWriter(m.compress());
        w.header(m);
        for (Question q : m.questions()) {
            w.name(q.name());
            w.u16(q.type().code());
            w.u16(q.dnsClass());
        }
        w.records(m.answers());
        w.records(m.authority());
        w.records(m.additional());
        m.edns().ifPresent(w::opt);
        return w.out.toByteArray();
    }

    private void header(DnsMessage m) {
        u16(m.id());
        int flags = (m.qr() ? 0x8000 : 0) | (m.opcode().code() << 11) | (m.aa() ? 0x0400 : 0)
                | (m.tc() ? 0x0200 : 0) | (m.rd() ? 0x0100 : 0) | (m.ra() ? 0x0080 : 0) | (m.ad() ? 0x0020 : 0)
                | (m.cd() ? 0x0010 : 0) | m.rcode().code();
        u16(flags);
        u16(count(m.questions().size()));
        u16(count(m.answers().size()));
        u16(count(m.authority().size()));
        u16(count(m.additionalCount()));
    }

    private static int count(int n) {
        if (n > 0xffff) {
            throw new IllegalArgumentException("section too large: " + n);
        }
        return n;
    }

    private void records(List<ResourceRecord> rs) {
        for (ResourceRecord r : rs) {
            name(r.name());
            u16(r.type().code());
            u16(r.dnsClass());
            u32(r.ttl());
            int lengthAt = out.size();
            u16(0);
            int start = out.size();
            if (r instanceof AddressRecord a) {
                out.writeBytes(a.address().toBytes());
            } else if (r instanceof NameRecord n) {
                name(n.target());
            } else if (r instanceof RawRecord raw) {
                out.writeBytes(raw.rdata());
            }
            patch16(lengthAt, out.size() - start);
        }
    }

    private void opt(Edns e) {
        out.write(0);
        u16(RecordType.OPT.code());
        u16(e.udpPayloadSize());
        u32(((long) e.extendedRcode() << 24) | ((long) e.version() << 16) | (e.dnssecOk() ? 0x8000 : 0));
        u16(0);
    }

    private void name(String name) {
        List<String> labels = DnsNames.labels(name);
        for (int i = 0; i < labels.size(); i++) {
            String suffix = String.join(".", labels.subList(i, labels.size())).toLowerCase(Locale.ROOT);
            if (compress) {
                Integer at = suffixOffsets.get(suffix);
                if (at != null) {
                    u16(0xc000 | at);
                    return;
                }
                if (out.size() < 0x4000) {
                    suffixOffsets.put(suffix, out.size());
                }
            }
            String label = labels.get(i);
            out.write(label.length());
            for (int c = 0; c < label.length(); c++) {
                out.write(label.charAt(c));
            }
        }
        out.write(0);
    }

    private void u16(int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private void u32(long v) {
        u16((int) (v >>> 16) & 0xffff);
        u16((int) v & 0xffff);
    }

    private void patch16(int at, int v) {
        out.set(at, v >>> 8);
        out.set(at + 1, v);
    }

    /** A growable byte array that can patch earlier octets (RDLENGTH). */
    private static final class Buffer {
        private byte[] bytes = new byte[512];
        private int size;

        void write(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = (byte) b;
        }

        void writeBytes(byte[] bs) {
            for (byte b : bs) {
                write(b);
            }
        }

        void set(int at, int b) {
            bytes[at] = (byte) b;
        }

        int size() {
            return size;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }
}
