package io.swarmsim.gui.timeline;

import java.util.Locale;

/** The protocols the event list filters by: what a learner asks for ("show me the DNS"). */
enum Proto {
    TCP, UDP, ICMP, ARP, DNS;

    /** The lower-case word shown in the filter ({@code tcp}). */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return word();
    }
}
