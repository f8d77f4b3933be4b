package io.swarmsim.cli;

import static io.swarmsim.cli.E2e.VOTE;
import static io.swarmsim.cli.E2e.sim;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The output does not change with the machine's locale: every command's bytes under German (decimal
 * comma), Arabic (Egypt) and Thai with Thai digits equal those under the root locale. Everything is
 * formatted with Locale.ROOT; this test keeps it so.
 */
class LocaleIndependenceTest {
    private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("de-DE"), Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("tr-TR"));

    private static final List<String[]> COMMANDS = List.of(
            new String[] {"run", VOTE},
            new String[] {"run", VOTE, "--json"},
            new String[] {"run", VOTE, "--experiment", "vip", "--max-runs", "2"},
            new String[] {"exec", VOTE, "--experiment", "vip", "client.1", "--", "iptables", "-nvL", "-t", "mangle"},
            new String[] {"exec", VOTE, "--experiment", "vip", "client.1", "--", "ipvsadm", "-Lnc"},
            new String[] {"exec", VOTE, "--experiment", "dnsrr", "client.1", "--", "ping", "-c", "2", "vote"},
            new String[] {"trace", VOTE, "--experiment", "vip", "--request", "2"},
            new String[] {"trace", VOTE, "--experiment", "vip", "--request", "2", "--json"},
            new String[] {"generate", "--nodes", "3", "--services", "2", "--replicas", "2"});

    @Test
    void everyCommandPrintsTheSameBytesInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            for (String[] args : COMMANDS) {
                Locale.setDefault(Locale.ROOT);
                E2e.Result expected = sim(args);
                for (Locale l : LOCALES) {
                    Locale.setDefault(l);
                    E2e.Result got = sim(args);
                    assertEquals(expected.out(), got.out(), String.join(" ", args) + " under " + l);
                    assertEquals(expected.err(), got.err(), String.join(" ", args) + " under " + l);
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
