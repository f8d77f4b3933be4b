package io.swarmsim.kernel.netfilter;

import io.swarmsim.kernel.packet.Packet;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code -m statistic --mode nth --every n [--packet p]} or {@code --mode random --probability x}.
 * nth matches the packets whose 0-based index {@code k} (counted by this rule) has
 * {@code k mod every == packet}, as xt_statistic's shared counter does. random keeps the
 * probability as the kernel's 31-bit fraction and matches when the 31-bit draw is below it.
 */
public record StatisticMatch(boolean random, long every, long packet, long probability31) implements Match {

    private static final double TWO_31 = 2147483648.0;

    public static StatisticMatch nth(long every, long packet) {
        return new StatisticMatch(false, every, packet, 0);
    }

    /** As libxt_statistic: {@code lround(0x80000000 * p)}. */
    public static StatisticMatch random(double p) {
        return new StatisticMatch(true, 0, 0, Math.round(TWO_31 * p));
    }

    @Override
    public String module() {
        return "statistic";
    }

    @Override
    public boolean matches(Packet p, PacketContext ctx, MatchState state) {
        if (random) {
            long draw = (long) (ctx.nextRandom() * TWO_31) & 0x7fffffffL;
            return draw < probability31;
        }
        return state.nextPacketIndex() % every == packet;
    }

    /** {@code %.11f} of the stored fraction, rounded like C's printf (exact value, half-even). */
    String probabilityText() {
        return new BigDecimal(probability31 / TWO_31).setScale(11, RoundingMode.HALF_EVEN).toPlainString();
    }

    @Override
    public String listText() {
        if (random) {
            return " statistic mode random probability " + probabilityText();
        }
        return " statistic mode nth every " + every + (packet != 0 ? " packet " + packet : "");
    }

    @Override
    public String saveText() {
        if (random) {
            return " -m statistic --mode random --probability " + probabilityText();
        }
        return " -m statistic --mode nth --every " + every + " --packet " + packet;
    }
}
