package io.swarmsim.engine.apps;

/** The user commands the simulator knows, by program name. */
public final class Commands {
    private Commands() {
    }

    /** Parses a command line; throws {@link IllegalArgumentException} naming what is supported. */
    public static UserCommand parse(String text) {
        CommandLine line = CommandLine.parse(text);
        return switch (line.program()) {
            case "dig" -> new DigCommand(line);
            case "ping" -> new PingCommand(line);
            case "curl" -> new CurlCommand(line);
            case "getent" -> new GetentCommand(line);
            case "nslookup" -> new NslookupCommand(line);
            default -> throw new IllegalArgumentException("command '" + line.program() + "' is not simulated; supported: dig, ping, curl, getent ahosts|hosts, nslookup");
        };
    }
}
