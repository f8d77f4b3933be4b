package io.swarmsim.kernel.netfilter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulesetParseTest {

    private static String nat(String... rules) {
        return "*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\n"
                + ":A - [0:0]\n:B - [0:0]\n" + String.join("\n", rules) + "\nCOMMIT\n";
    }

    @Test
    void parsesTablesChainsPoliciesAndInsertions() {
        Ruleset rs = Ruleset.parse("# c\n*filter\n:INPUT DROP [3:4]\n:X - [0:0]\n-A INPUT -j X\n-A X -j ACCEPT\n"
                + "-I X -p udp -j DROP\n-I X 2 -p tcp -j RETURN\nCOMMIT\n");
        Table f = rs.table(TableKind.FILTER).orElseThrow();
        assertEquals(Verdict.DROP, f.chain("INPUT").policy());
        assertEquals(new PacketCount(3, 4), f.chain("INPUT").initialPolicyCounters());
        assertEquals(Verdict.ACCEPT, f.chain("OUTPUT").policy(), "undeclared built-ins default to ACCEPT");
        assertEquals("-A X -p udp -j DROP", f.chain("X").rule(1).toSaveLine("X"));
        assertEquals("-A X -p tcp -j RETURN", f.chain("X").rule(2).toSaveLine("X"));
        assertEquals("-A X -j ACCEPT", f.chain("X").rule(3).toSaveLine("X"));
        assertTrue(rs.table(TableKind.NAT).isEmpty());
    }

    @Test
    void restoreReplacesOnlyTheTablesInTheText() {
        Ruleset rs = Ruleset.parse(nat("-A OUTPUT -j A") + "*filter\n-A INPUT -j DROP\nCOMMIT\n");
        Ruleset next = rs.restore("*filter\n-A INPUT -j ACCEPT\nCOMMIT\n");
        assertEquals(1, next.table(TableKind.NAT).orElseThrow().chain("OUTPUT").rules().size());
        assertEquals("-A INPUT -j ACCEPT", next.table(TableKind.FILTER).orElseThrow().chain("INPUT").rule(1).toSaveLine("INPUT"));
        assertEquals(2, rs.tables().size());
        assertEquals(0, Ruleset.empty().tables().size());
    }

    @Test
    void canonicalForms() {
        Ruleset rs = Ruleset.parse(nat(
                "-A OUTPUT -d 10.0.0.4 -p udp --dport 53 -j DNAT --to-destination 127.0.0.11:43235",
                "-A POSTROUTING -s 1.2.3.4/255.255.0.0 -p tcp --sport 1:1023 -j SNAT --to-source :53",
                "-A PREROUTING -p 6 -m multiport --dports 1,2:3 -j REDIRECT --to-ports 80"));
        Table t = rs.table(TableKind.NAT).orElseThrow();
        assertEquals("-A OUTPUT -d 10.0.0.4/32 -p udp -m udp --dport 53 -j DNAT --to-destination 127.0.0.11:43235",
                t.chain("OUTPUT").rule(1).toSaveLine("OUTPUT"));
        assertEquals("-A POSTROUTING -s 1.2.0.0/16 -p tcp -m tcp --sport 1:1023 -j SNAT --to-source :53",
                t.chain("POSTROUTING").rule(1).toSaveLine("POSTROUTING"));
        assertEquals("-A PREROUTING -p tcp -m multiport --dports 1,2:3 -j REDIRECT --to-ports 80",
                t.chain("PREROUTING").rule(1).toSaveLine("PREROUTING"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-A NOPE -j ACCEPT|unknown chain",
        "-A OUTPUT -j MISSING|jump to missing chain",
        "-A OUTPUT -j LOG|target LOG is not supported",
        "-A OUTPUT -m quota --quota 5 -j ACCEPT|unknown match \"quota\"",
        "-A OUTPUT -p tcp --syn -j ACCEPT|unknown option \"--syn\"",
        "-A OUTPUT -d 10.0.0.300 -j ACCEPT|host/network",
        "-A OUTPUT -p tcp --dport 70000 -j ACCEPT|port",
        "-A OUTPUT -m tcp --dport 80 -j ACCEPT|needs -p tcp",
        "-A OUTPUT -j DNAT --to-destination 1.2.3.4:80|Need TCP, UDP",
        "-A POSTROUTING -d 1.2.3.4 -j DNAT --to-destination 1.2.3.5|DNAT is not allowed",
        "-A A -j B|jump loop: A -> B -> A",
        "-A INPUT -o eth0 -j ACCEPT|Can't use -o with INPUT",
        "-A OUTPUT -p gre -j ACCEPT|protocol \"gre\" is not supported",
        "-A OUTPUT -m ipvs --vaddr 1.2.3.4 -j ACCEPT|unknown option \"--vaddr\"",
        "-A OUTPUT -d 1.2.3.4|without -j",
        "-A OUTPUT -j A|jump loop: A -> B -> A",
    })
    void refusesBadTablesNamingTheLine(String rule, String message) {
        // loop cases add "-A B -j A" first so that the rule closes a loop A -> B -> A
        String text = message.startsWith("jump loop") ? nat("-A B -j A", rule.startsWith("-A A") ? rule : "-A A -j B", rule)
                : nat(rule);
        String finalText = text;
        RulesetException e = assertThrows(RulesetException.class, () -> Ruleset.parse(finalText));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        int expectedLine = finalText.split("\n", -1).length - 2;
        if (!message.startsWith("jump loop")) {
            assertEquals(expectedLine, e.line(), e.getMessage());
        }
        assertTrue(e.getMessage().startsWith("line " + e.line() + ": "));
    }

    @Test
    void refusesStructuralErrors() {
        RulesetException wrong = assertThrows(RulesetException.class,
                () -> Ruleset.parse("*nat\n:FORWARD ACCEPT [0:0]\nCOMMIT\n"));
        assertEquals(2, wrong.line());
        assertTrue(wrong.getMessage().contains("built-in chain FORWARD does not exist in table nat"));
        RulesetException noCommit = assertThrows(RulesetException.class,
                () -> Ruleset.parse("\n*filter\n-A INPUT -j ACCEPT\n"));
        assertEquals(2, noCommit.line());
        assertTrue(noCommit.getMessage().contains("no COMMIT"));
        RulesetException nested = assertThrows(RulesetException.class,
                () -> Ruleset.parse("*filter\n-A INPUT -j ACCEPT\n*nat\nCOMMIT\n"));
        assertTrue(nested.getMessage().contains("no COMMIT"));
        assertThrows(RulesetException.class, () -> Ruleset.parse("*bogus\nCOMMIT\n"));
        assertThrows(RulesetException.class, () -> Ruleset.parse("*filter\n:X ACCEPT [0:0]\nCOMMIT\n"));
        assertThrows(RulesetException.class, () -> Ruleset.parse("*filter\n:X - [0:0]\n:X - [0:0]\nCOMMIT\n"));
        assertThrows(RulesetException.class, () -> Ruleset.parse("*filter\n-A INPUT -j DNAT --to-destination 1.1.1.1\nCOMMIT\n"));
        assertThrows(RulesetException.class, () -> Ruleset.parse("*filter\n-I INPUT 3 -j ACCEPT\nCOMMIT\n"));
        assertThrows(RulesetException.class, () -> Ruleset.parse("*filter\n-A INPUT -j INPUT\nCOMMIT\n"));
    }
}
