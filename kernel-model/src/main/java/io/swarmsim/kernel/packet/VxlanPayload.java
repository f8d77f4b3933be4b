package io.swarmsim.kernel.packet;

import java.io.ByteArrayOutputStream;

/**
 * The UDP payload of a VXLAN packet: the 8-byte header (flags 0x08, 24-bit VNI) and the inner
 * Ethernet frame. Encoding the inner frame is done by {@link FrameCodec}. {@code outerIpId} is the IP
 * identification the tunnel's own header carries: the kernel's vxlan picks it for the outer packet
 * (ip_select_ident, DF clear), it is not copied from the inner one.
 */
public record VxlanPayload(int vni, Frame inner, int outerIpId) implements Payload {
    public static final int PORT = 4789;
    public static final int HEADER = 8;

    /** A payload whose outer header's identification is 0 (hand-built packets in tests and tools). */
    public VxlanPayload(int vni, Frame inner) {
        this(vni, inner, 0);
    }

    @Override
    public int length() {
        return HEADER + inner.length();
    }

    @Override
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x08);
        out.write(0);
        out.write(0);
        out.write(0);
        out.write((vni >>> 16) & 0xff);
        out.write((vni >>> 8) & 0xff);
        out.write(vni & 0xff);
        out.write(0);
        byte[] f = FrameCodec.encode(inner);
        out.write(f, 0, f.length);
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "VXLAN vni " + vni + ": " + inner.summary();
    }
}
