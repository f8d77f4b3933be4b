package io.swarmsim.gui;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code sim gui [scenario.yaml] [--experiment NAME] [--seed N]}: opens the window. Not an
 * {@code Application} itself, so it starts from a plain class path, and it checks for a display
 * first: without one it says what to do in one line instead of a stack trace.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = check(args, System.getenv("DISPLAY"), System.getenv("WAYLAND_DISPLAY"), System.getProperty("glass.platform"), System.err);
        if (code != 0) {
            System.exit(code);
        }
        javafx.application.Application.launch(SimApp.class, args);
    }

    /** 0 when the window can open, else what {@code sim gui} exits with after saying why on {@code err}. */
    static int check(String[] args, String display, String wayland, String glassPlatform, PrintStream err) {
        try {
            StartOptions o = StartOptions.parse(args);
            if (o.scenario().isPresent() && !Files.isRegularFile(o.scenario().get())) {
                err.println("sim gui: no such scenario file: " + o.scenario().get());
                return 2;
            }
        } catch (IllegalArgumentException e) {
            err.println("sim gui: " + e.getMessage());
            return 2;
        }
        boolean headless = "Monocle".equals(glassPlatform);
        if (!headless && empty(display) && empty(wayland)) {
            err.println("sim gui: no display to open a window on: set DISPLAY, or run it under a virtual one: "
                    + "apt-get install xvfb libgtk-3-0, then xvfb-run -a ./sim gui scenarios/vote.yaml");
            return 1;
        }
        return 0;
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    /** The command line: an optional scenario, an experiment, a seed. */
    record StartOptions(Optional<Path> scenario, Optional<String> experiment, long seed) {
        static StartOptions parse(String[] args) {
            Optional<Path> file = Optional.empty();
            Optional<String> exp = Optional.empty();
            long seed = 1;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--experiment") || a.equals("--seed")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    String v = args[++i];
                    if (a.equals("--experiment")) {
                        exp = Optional.of(v);
                    } else {
                        try {
                            seed = Long.parseLong(v);
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--seed takes an integer, not '" + v + "'");
                        }
                    }
                } else if (a.startsWith("-")) {
                    throw new IllegalArgumentException("unknown option " + a + "; usage: sim gui [scenario.yaml] [--experiment NAME] [--seed N]");
                } else if (file.isEmpty()) {
                    file = Optional.of(Path.of(a));
                } else {
                    throw new IllegalArgumentException("one scenario at a time; usage: sim gui [scenario.yaml] [--experiment NAME] [--seed N]");
                }
            }
            return new StartOptions(file, exp, seed);
        }
    }
}
