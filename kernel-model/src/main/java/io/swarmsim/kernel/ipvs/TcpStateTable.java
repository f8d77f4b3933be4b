package io.swarmsim.kernel.ipvs;

import io.swarmsim.kernel.packet.TcpFlags;

import static io.swarmsim.kernel.ipvs.TcpState.CLOSE;
import static io.swarmsim.kernel.ipvs.TcpState.CLOSE_WAIT;
import static io.swarmsim.kernel.ipvs.TcpState.ESTABLISHED;
import static io.swarmsim.kernel.ipvs.TcpState.FIN_WAIT;
import static io.swarmsim.kernel.ipvs.TcpState.LAST_ACK;
import static io.swarmsim.kernel.ipvs.TcpState.LISTEN;
import static io.swarmsim.kernel.ipvs.TcpState.SYN_RECV;
import static io.swarmsim.kernel.ipvs.TcpState.SYN_SENT;
import static io.swarmsim.kernel.ipvs.TcpState.TIME_WAIT;

/**
 * The transition table {@code tcp_states[]} (not the secure_tcp {@code tcp_states_dos[]}) of
 * net/netfilter/ipvs/ip_vs_proto_tcp.c (torvalds/linux read at 0134e89c), rows INPUT, OUTPUT, INPUT-ONLY;
 * each row indexed by event (syn, fin, ack, rst) and the current state. INPUT-ONLY is used for
 * connections that never see output (non-Masq forwarding, {@code IP_VS_CONN_F_NOOUTPUT}).
 */
final class TcpStateTable {
    enum Row { INPUT, OUTPUT, INPUT_ONLY }

    private static final TcpState NO = TcpState.NONE;
    private static final TcpState ES = ESTABLISHED;
    private static final TcpState SS = SYN_SENT;
    private static final TcpState SR = SYN_RECV;
    private static final TcpState FW = FIN_WAIT;
    private static final TcpState TW = TIME_WAIT;
    private static final TcpState CL = CLOSE;
    private static final TcpState CW = CLOSE_WAIT;
    private static final TcpState LA = LAST_ACK;
    private static final TcpState LI = LISTEN;

    //                     sNO sES sSS sSR sFW sTW sCL sCW sLA sLI sSA
    private static final TcpState[][] TABLE = {
        /* INPUT  syn */ {SR, ES, ES, SR, SR, SR, SR, SR, SR, SR, SR},
        /* INPUT  fin */ {CL, CW, SS, TW, TW, TW, CL, CW, LA, LI, TW},
        /* INPUT  ack */ {CL, ES, SS, ES, FW, TW, CL, CW, CL, LI, ES},
        /* INPUT  rst */ {CL, CL, CL, SR, CL, CL, CL, CL, LA, LI, SR},
        /* OUTPUT syn */ {SS, ES, SS, SR, SS, SS, SS, SS, SS, LI, SR},
        /* OUTPUT fin */ {TW, FW, SS, TW, FW, TW, CL, TW, LA, LI, TW},
        /* OUTPUT ack */ {ES, ES, SS, ES, FW, TW, CL, CW, LA, ES, ES},
        /* OUTPUT rst */ {CL, CL, SS, CL, CL, TW, CL, CL, CL, CL, CL},
        /* IN-ONLY syn */ {SR, ES, ES, SR, SR, SR, SR, SR, SR, SR, SR},
        /* IN-ONLY fin */ {CL, FW, SS, TW, FW, TW, CL, CW, LA, LI, TW},
        /* IN-ONLY ack */ {CL, ES, SS, ES, FW, TW, CL, CW, CL, LI, ES},
        /* IN-ONLY rst */ {CL, CL, CL, SR, CL, CL, CL, CL, LA, LI, CL},
    };

    private TcpStateTable() {
    }

    /** {@code tcp_state_idx}: rst 3, else syn 0, else fin 1, else ack 2; -1 for none of them. */
    static int eventIndex(int flags) {
        if ((flags & TcpFlags.RST) != 0) {
            return 3;
        }
        if ((flags & TcpFlags.SYN) != 0) {
            return 0;
        }
        if ((flags & TcpFlags.FIN) != 0) {
            return 1;
        }
        if ((flags & TcpFlags.ACK) != 0) {
            return 2;
        }
        return -1;
    }

    /** {@code set_tcp_state}: the next state; a packet with none of the four flags moves to CLOSE. */
    static TcpState next(Row row, int flags, TcpState current) {
        int idx = eventIndex(flags);
        if (idx < 0) {
            return CLOSE;
        }
        return TABLE[row.ordinal() * 4 + idx][current.ordinal()];
    }
}
