package io.swarmsim.engine.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.core.importer.Locations;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.cycle_detection.Cycle;
import com.tngtech.archunit.library.cycle_detection.Edge;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.syntax.GivenSlices;
import io.swarmsim.engine.loop.EventLoop;
import io.swarmsim.engine.net.Fabric;
import io.swarmsim.engine.sim.Simulation;
import io.swarmsim.kernel.conntrack.Conntrack;
import io.swarmsim.kernel.ipvs.IpvsTable;
import io.swarmsim.kernel.netfilter.Counters;
import io.swarmsim.kernel.netns.NetNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * DESIGN's direction of data, checked on the compiled main classes (bytecode, so a fully-qualified
 * name written inline counts as much as an import): kernel-model depends only on the JDK, the event
 * loop knows no networking type, the modules and packages form no new cycles, the event model never
 * points back at the data plane, layers depend one way, JavaFX stays in gui, pcap4j in live-bridge,
 * Jackson in the engine's loader and report, and a session's readers get no mutable model type.
 */
class ArchitectureTest {

    /**
     * cli is not on sim-engine's test classpath (it builds after sim-engine), so its classes are checked
     * only when a previous build left them here, and then as that build compiled them.
     */
    private static final Path CLI_CLASSES = Path.of("..", "cli", "target", "classes");

    private static final JavaClasses MAIN = importMainClasses();

    static JavaClasses importMainClasses() {
        Set<Location> locations = new HashSet<>(Locations.ofPackage("io.swarmsim"));
        if (Files.isDirectory(CLI_CLASSES)) {
            locations.add(Location.of(CLI_CLASSES.toAbsolutePath().normalize()));
        }
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(locations);
    }

    @Test
    void theMainClassesOfEveryModuleAreImportedAndNoTestClass() {
        assertTrue(MAIN.contain(NetNamespace.class), "kernel-model's classes are imported");
        assertTrue(MAIN.contain(EventLoop.class), "sim-engine's classes are imported");
        if (Files.isDirectory(CLI_CLASSES)) {
            assertTrue(MAIN.stream().anyMatch(c -> c.getPackageName().startsWith("io.swarmsim.cli")),
                    "cli's classes are imported from " + CLI_CLASSES);
        }
        assertFalse(MAIN.contain(ArchitectureTest.class), "test classes are not imported");
    }

    // ---- 1. kernel-model: the JDK and itself ------------------------------------------------------

    @Test
    void kernelModelUsesOnlyTheJdkAndItself() {
        classes().that().resideInAPackage("io.swarmsim.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.swarmsim.kernel..")
                .because("kernel-model is the Linux data plane as pure, deterministic JDK-only code")
                .check(MAIN);
    }

    // ---- 2. the event loop ------------------------------------------------------------------------

    @Test
    void theEventLoopKnowsNoOtherSwarmsimTypeAndNoNetworking() {
        noClasses().that().resideInAPackage("io.swarmsim.engine.loop..")
                .should().dependOnClassesThat(
                        resideInAPackage("io.swarmsim..").and(resideOutsideOfPackage("io.swarmsim.engine.loop.."))
                                .as("reside in io.swarmsim.. outside io.swarmsim.engine.loop.."))
                .orShould().dependOnClassesThat().resideInAPackage("java.net..")
                .because("the event loop orders events in time and knows nothing of what they do")
                .check(MAIN);
    }

    // ---- 3. cycles --------------------------------------------------------------------------------

    @Test
    void theModulesFormNoCycle() {
        slices().matching("io.swarmsim.(*)..").namingSlices("module $1")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    /**
     * Package cycles inside kernel-model that existed when this rule was written. An entry maps one
     * elementary cycle, named from its alphabetically first package, to the classes that form it, e.g.
     * {@code "netfilter -> netns -> netfilter"} to {@code "netfilter.Hook takes a netns.NetNamespace;
     * netns.NetNamespace holds a netfilter.Tables"}. A cycle not in the list fails; an entry whose cycle is
     * gone fails too, so the list only shrinks. Empty: kernel-model's packages had no cycle at all.
     */
    private static final Map<String, String> KNOWN_KERNEL_CYCLES = Map.of();

    /** The same for sim-engine's packages. Empty: they had no cycle at all either. */
    private static final Map<String, String> KNOWN_ENGINE_CYCLES = Map.of();

    @Test
    void kernelModelPackagesFormNoNewCycle() {
        assertOnlyKnownCycles(slices().matching("io.swarmsim.kernel.(*).."), MAIN, KNOWN_KERNEL_CYCLES);
    }

    @Test
    void simEnginePackagesFormNoNewCycle() {
        assertOnlyKnownCycles(slices().matching("io.swarmsim.engine.(*).."), MAIN, KNOWN_ENGINE_CYCLES);
    }

    private static void assertOnlyKnownCycles(GivenSlices slices, JavaClasses classes, Map<String, String> known) {
        List<String> problems = cycleProblems(slices, classes, known);
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    /** Every cycle that is not allow-listed, and every allow-listed cycle that no longer exists. */
    static List<String> cycleProblems(GivenSlices slices, JavaClasses classes, Map<String, String> known) {
        EvaluationResult result = slices.should().beFreeOfCycles().evaluate(classes);
        Map<String, String> found = new TreeMap<>();
        result.handleViolations((Collection<Cycle<?>> cycles, String message) -> {
            for (Cycle<?> cycle : cycles) {
                found.put(cycleName(cycle), message);
            }
        });
        List<String> problems = new ArrayList<>();
        int reported = result.getFailureReport().getDetails().size();
        if (found.size() != reported) {
            // A guard against reading the report wrongly: an unread cycle would otherwise pass as allowed.
            problems.add("Read " + found.size() + " cycles out of " + reported + " reported:\n"
                    + String.join("\n", result.getFailureReport().getDetails()));
        }
        found.forEach((name, message) -> {
            if (!known.containsKey(name)) {
                problems.add("New package cycle " + name + " (break it, or allow-list it with the classes that form it):\n"
                        + message);
            }
        });
        for (String name : new TreeSet<>(known.keySet())) {
            if (!found.containsKey(name)) {
                problems.add("Known cycle " + name + " is gone: delete its entry from the allow-list");
            }
        }
        return problems;
    }

    /** "a -> b -> c -> a", started from the alphabetically first package so the name is stable. */
    static String cycleName(Cycle<?> cycle) {
        List<String> packages = new ArrayList<>();
        for (Edge<?> edge : cycle.getEdges()) {
            packages.add(((Slice) edge.getOrigin()).getNamePart(1));
        }
        int first = packages.indexOf(packages.stream().min(String::compareTo).orElseThrow());
        List<String> rotated = new ArrayList<>(packages.subList(first, packages.size()));
        rotated.addAll(packages.subList(0, first));
        rotated.add(rotated.get(0));
        return String.join(" -> ", rotated);
    }

    /** Fixtures for the cycle self-check: A and B need each other, C needs A only. */
    static final class CycleFixtureA {
        CycleFixtureB b;
    }

    static final class CycleFixtureB {
        CycleFixtureA a;
    }

    static final class CycleFixtureC {
        CycleFixtureA a;
    }

    @Test
    void theCycleAllowListLetsOnlyKnownCyclesThrough() {
        JavaClasses fixtures = new ClassFileImporter()
                .importClasses(CycleFixtureA.class, CycleFixtureB.class, CycleFixtureC.class);
        // Nested classes share one package, so each fixture is its own slice, named by its last letter.
        GivenSlices bySimpleName = slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getSimpleName();
                return name.startsWith("CycleFixture") ? SliceIdentifier.of(name.substring(name.length() - 1))
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "cycle fixtures";
            }
        });

        assertEquals(List.of(), cycleProblems(bySimpleName, fixtures, Map.of("A -> B -> A", "CycleFixtureA <-> CycleFixtureB")));

        List<String> unknown = cycleProblems(bySimpleName, fixtures, Map.of());
        assertEquals(1, unknown.size(), unknown.toString());
        assertTrue(unknown.get(0).startsWith("New package cycle A -> B -> A"), unknown.get(0));

        List<String> stale = cycleProblems(bySimpleName, fixtures, Map.of("A -> B -> A", "", "A -> C -> A", ""));
        assertEquals(List.of("Known cycle A -> C -> A is gone: delete its entry from the allow-list"), stale);
    }

    // ---- 4. the typed event model -----------------------------------------------------------------

    @Test
    void theEventModelDoesNotReferenceTheDataPlaneOrTheEngine() {
        noClasses().that().resideInAPackage("io.swarmsim.kernel.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("io.swarmsim.kernel.netns..", "io.swarmsim.engine..")
                .because("the data plane emits events; an event never holds the data plane's mutable types")
                .check(MAIN);
    }

    // ---- 5. layering and the edges ----------------------------------------------------------------

    @Test
    void theKernelDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("io.swarmsim.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.swarmsim.engine..", "io.swarmsim.cli..", "io.swarmsim.gui..", "io.swarmsim.live..")
                .because("layers depend one way: kernel <- engine <- cli, gui, live")
                .check(MAIN);
    }

    @Test
    void theEngineDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("io.swarmsim.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.swarmsim.cli..", "io.swarmsim.gui..", "io.swarmsim.live..")
                .because("layers depend one way: kernel <- engine <- cli, gui, live")
                .check(MAIN);
    }

    @Test
    void onlyTheCliUsesTheCli() {
        noClasses().that().resideOutsideOfPackage("io.swarmsim.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.swarmsim.cli..")
                .because("the sim command is an entry point, not a library")
                .check(MAIN);
    }

    @Test
    void javaFxStaysInTheGui() {
        noClasses().that().resideOutsideOfPackage("io.swarmsim.gui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("JavaFX belongs to gui/ only")
                .check(MAIN);
    }

    @Test
    void pcap4jStaysInTheLiveBridge() {
        noClasses().that().resideOutsideOfPackage("io.swarmsim.live..")
                .should().dependOnClassesThat().resideInAPackage("org.pcap4j..")
                .because("pcap4j belongs to live-bridge/ only")
                .check(MAIN);
    }

    @Test
    void jacksonIsNotInTheKernel() {
        noClasses().that().resideInAPackage("io.swarmsim.kernel..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .because("kernel-model reads and writes no YAML or JSON")
                .check(MAIN);
    }

    @Test
    void jacksonStaysInTheEnginesLoaderAndReport() {
        noClasses().that().resideInAPackage("io.swarmsim.engine..")
                .and().resideOutsideOfPackages("io.swarmsim.engine.scenario..", "io.swarmsim.engine.report..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
                .because("YAML/JSON stay in the scenario loader and the report")
                .check(MAIN);
    }

    @Test
    void noStaticMutableStateInModelOrEngine() {
        fields().that().areDeclaredInClassesThat().resideInAnyPackage("io.swarmsim.kernel..", "io.swarmsim.engine..")
                .and().areStatic()
                .should().beFinal()
                .because("two simulations in one JVM must not share state")
                .check(MAIN);
    }

    // ---- 6. a session's readers cannot mutate the model -------------------------------------------

    /** The data plane's and the engine's mutable types, which a session never hands out. */
    static final List<Class<?>> MUTABLE_MODEL_TYPES = List.of(
            NetNamespace.class, Conntrack.class, IpvsTable.class, Counters.class,
            Fabric.class, EventLoop.class, Simulation.class);

    /**
     * Public methods and public fields of classes in {@code sessionPackages} neither return nor hold a
     * mutable model type, nor a generic type that mentions one (a {@code List<NetNamespace>}, an
     * {@code Optional<Simulation>}). An empty package passes, so the rule bites once the package exists.
     */
    static ArchRule sessionExposesNoMutableModel(String sessionPackages) {
        return members().that().areDeclaredInClassesThat().resideInAPackage(sessionPackages)
                .and().haveModifier(JavaModifier.PUBLIC)
                .and(methodsOrFields())
                .should(exposeNoMutableModelType())
                .because("readers of an open session see snapshots and cannot mutate the model")
                .allowEmptyShould(true);
    }

    @Test
    void theSessionApiExposesNoMutableModelType() {
        sessionExposesNoMutableModel("io.swarmsim.engine.session..").check(MAIN);
    }

    private static DescribedPredicate<JavaMember> methodsOrFields() {
        return DescribedPredicate.describe("are methods or fields", m -> m instanceof JavaMethod || m instanceof JavaField);
    }

    private static ArchCondition<JavaMember> exposeNoMutableModelType() {
        Set<String> names = MUTABLE_MODEL_TYPES.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        return new ArchCondition<>("return or hold none of " + names) {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                JavaType type = member instanceof JavaMethod m ? m.getReturnType() : ((JavaField) member).getType();
                for (JavaClass involved : type.getAllInvolvedRawTypes()) {
                    for (Class<?> mutable : MUTABLE_MODEL_TYPES) {
                        if (involved.isAssignableTo(mutable)) {
                            String exposes = member instanceof JavaMethod ? "returns " : "is a public field of type ";
                            String what = type.getName().equals(mutable.getName()) ? "the mutable " + mutable.getName()
                                    : type.getName() + ", which exposes the mutable " + mutable.getName();
                            events.add(SimpleConditionEvent.violated(member,
                                    member.getDescription() + " " + exposes + what + " in " + member.getSourceCodeLocation()));
                        }
                    }
                }
            }
        };
    }

    /** Fixtures for the self-check below: one session-like class that leaks, one that does not. */
    static final class LeakySessionFixture {
        public NetNamespace namespace;

        public Simulation simulation() {
            return null;
        }

        public Optional<Conntrack> conntrack() {
            return Optional.empty();
        }

        public String name() {
            return "";
        }

        Fabric packagePrivateIsNotApi() {
            return null;
        }
    }

    static final class ReadOnlySessionFixture {
        public final String name = "";

        public List<String> namespaces() {
            return List.of();
        }

        public long packetCount() {
            return 0;
        }
    }

    @Test
    void theSessionRuleCatchesALeak() {
        JavaClasses fixtures = new ClassFileImporter().importClasses(LeakySessionFixture.class, ReadOnlySessionFixture.class);
        EvaluationResult result = sessionExposesNoMutableModel("io.swarmsim.engine.arch..").evaluate(fixtures);
        assertTrue(result.hasViolation(), "the rule must fail on a class that returns a mutable model type");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertEquals(3, result.getFailureReport().getDetails().size(), report);
        assertTrue(report.contains("LeakySessionFixture.namespace"), report);
        assertTrue(report.contains("LeakySessionFixture.simulation()"), report);
        assertTrue(report.contains("LeakySessionFixture.conntrack()"), report);
        assertFalse(report.contains("ReadOnlySessionFixture"), report);
        assertFalse(report.contains("packagePrivateIsNotApi"), report);

        JavaClasses readOnly = new ClassFileImporter().importClasses(ReadOnlySessionFixture.class);
        assertFalse(sessionExposesNoMutableModel("io.swarmsim.engine.arch..").evaluate(readOnly).hasViolation());
    }
}
