package io.swarmsim.engine.scenario;

import io.swarmsim.engine.scenario.YamlNode.MapNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Loads a scenario file (a docker stack file with an {@code x-sim} block) into a {@link Scenario}. Every
 * problem, including unreadable files and YAML syntax errors, comes back as a located
 * {@link ScenarioException}; nothing else is thrown for any input.
 */
public final class ScenarioLoader {
    /** Largest scenario file read (README, "Errors"); generated million-task stacks stay far below it. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private ScenarioLoader() {
    }

    /** The first {@code limit + 1} bytes at most, so that a device or pipe without end ends the read. */
    private static byte[] readAtMost(Path file, int limit) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(limit + 1);
        }
    }

    /** Reads and loads {@code file}, substituting variables of this process's environment and of .env beside it. */
    public static Scenario load(Path file) throws ScenarioException {
        return load(file, System.getenv());
    }

    /** Reads and loads {@code file}; messages name the file as given; {@code environment} wins over .env beside the file. */
    public static Scenario load(Path file, java.util.Map<String, String> environment) throws ScenarioException {
        return load(file, environment, Optional.empty());
    }

    /**
     * As {@link #load(Path, java.util.Map)}, deployed as stack {@code stack} when given (as
     * {@code docker stack deploy -c FILE NAME}); without it, as x-sim.deployed_with says: a stack named
     * after the file (the default), or {@code docker service create} commands with the names as written.
     */
    public static Scenario load(Path file, java.util.Map<String, String> environment, Optional<String> stack)
            throws ScenarioException {
        Location start = Location.start(file);
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioException(new ScenarioError(start, "is a directory; expected a stack file"));
            }
            bytes = readAtMost(file, MAX_BYTES);
            if (bytes.length > MAX_BYTES) {
                throw new ScenarioException(new ScenarioError(start, "the file is larger than " + MAX_BYTES
                    + " bytes; expected a stack file of at most " + MAX_BYTES / (1024 * 1024) + " MiB"));
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(new ScenarioError(start, "no such file; expected an existing stack file"));
        } catch (AccessDeniedException e) {
            throw new ScenarioException(new ScenarioError(start, "permission denied; expected a readable file"));
        } catch (IOException | SecurityException e) {
            throw new ScenarioException(new ScenarioError(start, "cannot read the file ("
                + Text.clip(String.valueOf(e.getMessage())) + "); expected a readable file"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScenarioException(new ScenarioError(start, "the file is not UTF-8 text; expected UTF-8"));
        }
        return parse(text, file, DotEnv.variables(file, environment), stack);
    }

    /** Loads a scenario from {@code text}; {@code nameForMessages} is the file name used in locations. */
    public static Scenario parse(String text, Path nameForMessages) throws ScenarioException {
        return parse(text, nameForMessages, java.util.Map.of(), Optional.empty());
    }

    /** Loads a scenario from {@code text}, substituting {@code variables} ({@code ${NAME}}) in its values. */
    public static Scenario parse(String text, Path nameForMessages, java.util.Map<String, String> variables) throws ScenarioException {
        return parse(text, nameForMessages, variables, Optional.empty());
    }

    /** As {@link #parse(String, Path, java.util.Map)}, deployed as stack {@code stack} when given. */
    public static Scenario parse(String text, Path nameForMessages, java.util.Map<String, String> variables,
                                 Optional<String> stack) throws ScenarioException {
        Path file = nameForMessages == null ? Path.of("<input>") : nameForMessages;
        String body = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        Problems problems = new Problems();
        YamlNode root = new Interpolation(variables, problems).apply(new YamlTreeReader(file, problems).read(body));
        if (!(root instanceof MapNode top)) {
            problems.add(root.location(), "the top level is " + root.describe()
                + "; expected a map with 'services' (and optionally 'networks', 'x-sim')");
            problems.throwIfAny();
            throw new IllegalStateException("unreachable");
        }
        Reading reading = new Reading(problems);
        Sources sources = new Sources();
        reading.checkKeys(top, "", ComposeKeys.TOP, ComposeKeys.TOP_IGNORED);
        ComposeReader compose = new ComposeReader(reading, sources);
        Optional<String> version = compose.version(top);
        ComposeVersionRules.check(reading, top, version);
        List<Service> services = compose.services(top);
        List<NetworkDef> networks = new NetworkReader(reading, sources).networks(top);
        SimReader.Draft sim = new SimReader(reading, sources).read(top);
        JobModes.check(services, sim.dockerVersion(), problems);
        problems.throwIfAny();

        boolean defaulted = sim.nodes().isEmpty();
        List<NodeDef> nodes = sim.nodes().orElseGet(() -> DefaultNodes.forServices(services));
        List<Service> placed = services.stream()
            .map(s -> s.mode().isGlobal() ? s.withReplicas((int) nodes.stream().filter(s::allows).count()) : s)
            .toList();
        boolean asStack = stack.isPresent() || sim.deployedWith() == StackDeploy.DeployedWith.STACK;
        new ScenarioValidator(problems, sources, networks, nodes).asStack(asStack).existing(sim.existingNetworks())
            .validate(placed, sim.experiments());
        problems.throwIfAny();
        SimSettings settings = new SimSettings(sim.dockerVersion(), sim.seed(), nodes, defaulted, sim.upstreamDns(),
            sim.images(), sim.serves(), sim.experiments(), sim.existingNetworks());
        Scenario written = new Scenario(file, version, placed, networks, settings, reading.notSimulated(), Optional.empty());
        if (stack.isPresent()) {
            return StackDeploy.apply(written, stack.get(), false);
        }
        if (asStack) {
            return StackDeploy.apply(written, StackDeploy.defaultName(file), true);
        }
        return StackDeploy.namesOtherNetworks(written) ? StackDeploy.deploy(written, Optional.empty()) : written;
    }
}
