package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.net.IpAddress;

/** Text helpers shared by the printers and reason texts. */
final class IpvsText {
    private IpvsText() {
    }

    /** ipvsadm's numeric {@code addrport_to_anyname}: {@code 10.0.0.5:0}, {@code [fd00::1]:80}. */
    static String addrPort(IpAddress a, int port) {
        return a.isV4() ? a + ":" + port : "[" + a + "]:" + port;
    }

    /** A destination in a reason text: the address, with the port only when it is set. */
    static String server(RealServer d) {
        return d.port() == 0 ? d.address().toString() : addrPort(d.address(), d.port());
    }

    static String padRight(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        return s + " ".repeat(width - s.length());
    }

    static String padLeft(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        return " ".repeat(width - s.length()) + s;
    }
}
