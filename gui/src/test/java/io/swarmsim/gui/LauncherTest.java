package io.swarmsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** `sim gui` before any window: a machine without a display, a missing file, a bad option: one line each, no stack trace. */
class LauncherTest {
    private static String[] run(String display, String glass, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Launcher.check(args, display, null, glass, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void noDisplaySaysWhatToDoInOneLine() {
        String[] r = run(null, null, "../scenarios/vote.yaml");
        assertEquals("1", r[0]);
        assertEquals("sim gui: no display to open a window on: set DISPLAY, or run it under a virtual one: "
                + "apt-get install xvfb libgtk-3-0, then xvfb-run -a ./sim gui scenarios/vote.yaml\n", r[1]);
    }

    @Test
    void aDisplayOrHeadlessGlassIsEnough() {
        assertEquals("0", run(":99", null, "../scenarios/vote.yaml")[0]);
        assertEquals("0", run(null, "Monocle")[0]);
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertEquals("sim gui: no such scenario file: nothere.yaml\n", run(":99", null, "nothere.yaml")[1]);
        String[] bad = run(":99", null, "--speed", "3");
        assertEquals("2", bad[0]);
        assertEquals("sim gui: unknown option --speed; usage: sim gui [scenario.yaml] [--experiment NAME] [--seed N]\n", bad[1]);
        assertEquals("sim gui: --seed takes an integer, not 'x'\n", run(":99", null, "--seed", "x")[1]);
    }
}
