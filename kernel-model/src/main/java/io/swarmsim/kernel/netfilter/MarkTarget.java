package io.swarmsim.kernel.netfilter;

/**
 * {@code -j MARK --set-xmark value/mask} (also {@code --set-mark v[/m]}, stored as xmark
 * {@code v/(m|v)}): the new mark is {@code (mark & ~mask) ^ value}. Not terminal.
 */
public record MarkTarget(int value, int mask) implements Target {

    public int apply(int mark) {
        return (mark & ~mask) ^ value;
    }

    @Override
    public String name() {
        return "MARK";
    }

    /** As libxt_MARK's mark_tg_print (revision 2). */
    @Override
    public String listText() {
        if (value == 0) {
            return " MARK and " + MarkMatch.hex(~mask);
        } else if (value == mask) {
            return " MARK or " + MarkMatch.hex(value);
        } else if (mask == 0) {
            return " MARK xor " + MarkMatch.hex(value);
        } else if (mask == 0xffffffff) {
            return " MARK set " + MarkMatch.hex(value);
        }
        return " MARK xset " + MarkMatch.hex(value) + "/" + MarkMatch.hex(mask);
    }

    @Override
    public String saveText() {
        return " -j MARK --set-xmark " + MarkMatch.hex(value) + "/" + MarkMatch.hex(mask);
    }
}
