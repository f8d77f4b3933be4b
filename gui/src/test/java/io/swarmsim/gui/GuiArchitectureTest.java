package io.swarmsim.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gui's side of DESIGN.md, checked on its compiled classes (sim-engine's ArchitectureTest runs
 * before the gui is built): the window reads events and snapshots and never reaches the model's
 * mutable parts; the session API is its only door to the simulation.
 */
class GuiArchitectureTest {
    private static final JavaClasses GUI = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.swarmsim.gui");

    @Test
    void theWindowNeverTouchesTheMutableModel() {
        noClasses().that().resideInAPackage("io.swarmsim.gui..").should().dependOnClassesThat()
                .haveFullyQualifiedName("io.swarmsim.kernel.netns.NetNamespace")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.swarmsim.kernel.conntrack.Conntrack")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.swarmsim.kernel.ipvs.IpvsTable")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.swarmsim.kernel.netfilter.Counters")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.swarmsim.engine.net.Fabric")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.swarmsim.engine.loop.EventLoop")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.swarmsim.engine.sim.Simulation")
                .because("the GUI reads the session's events and snapshots and never mutates the model")
                .check(GUI);
    }

    @Test
    void nothingButTheGuiNeedsTheCli() {
        noClasses().that().resideInAPackage("io.swarmsim.gui..").should().dependOnClassesThat().resideInAPackage("io.swarmsim.cli..")
                .check(GUI);
    }
}
