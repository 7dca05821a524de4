package dev.vpclab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of the code base, checked on the compiled classes: the core is pure Java and runs
 * without a display, the packages form no cycle, and the model depends on nothing built on it.
 */
class ArchitectureTest {

    /** The packages that must run headless, in the command line and in tests. */
    private static final String[] CORE = {
        "dev.vpclab.net..",
        "dev.vpclab.model..",
        "dev.vpclab.check..",
        "dev.vpclab.format..",
        "dev.vpclab.routing..",
        "dev.vpclab.i18n..",
        "dev.vpclab.study..",
        "dev.vpclab.catalog..",
        "dev.vpclab.generate..",
        "dev.vpclab.cli..",
        "dev.vpclab.edit..",
        "dev.vpclab.paint..",
        "dev.vpclab.walk..",
        "dev.vpclab.cost..",
        "dev.vpclab.flowlogs..",
        "dev.vpclab.classroom..",
        "dev.vpclab.reach.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.vpclab");
    }

    @Test
    void coreImportsNoJavaFx() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .because(
                        "the core must run in the command line and in tests without a display;"
                                + " only the app package may use JavaFX")
                .check(classes);
    }

    @Test
    void coreImportsNoAwt() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.awt..")
                .because(
                        "AWT needs a display on many systems and would tie the core to one"
                                + " drawing toolkit; exports draw through the app's painter")
                .check(classes);
    }

    @Test
    void coreImportsNoSwing() {
        noClasses()
                .that()
                .resideInAnyPackage(CORE)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.swing..")
                .because("the core is headless; Swing belongs to no part of this product's core")
                .check(classes);
    }

    @Test
    void exportsUseNoJavaFxNorSwing() {
        noClasses()
                .that()
                .resideInAPackage("dev.vpclab.export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "javax.swing..", "dev.vpclab.app..")
                .because(
                        "exports run in the command line without a display: they paint with"
                                + " headless Java2D (images, PDF) or write text (SVG, draw.io)")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.vpclab.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "each package builds on the ones below it (net, model, check, routing,"
                                + " format, cli, app); a cycle would make them one package in"
                                + " disguise")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingBuiltOnIt() {
        noClasses()
                .that()
                .resideInAPackage("dev.vpclab.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.vpclab.format..",
                        "dev.vpclab.routing..",
                        "dev.vpclab.check..",
                        "dev.vpclab.app..")
                .because(
                        "the model is the vocabulary every other package speaks; file formats,"
                                + " validation, tracing and the app read it, never the other way")
                .check(classes);
    }

    @Test
    void coreIsLayered() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Base")
                .definedBy("dev.vpclab.net..", "dev.vpclab.i18n..")
                .layer("Model")
                .definedBy("dev.vpclab.model..", "dev.vpclab.catalog..")
                .layer("Analysis")
                .definedBy("dev.vpclab.check..", "dev.vpclab.routing..", "dev.vpclab.edit..")
                .layer("Derived")
                .definedBy(
                        "dev.vpclab.format..",
                        "dev.vpclab.walk..",
                        "dev.vpclab.cost..",
                        "dev.vpclab.flowlogs..",
                        "dev.vpclab.generate..",
                        "dev.vpclab.reach..")
                .layer("Presentation")
                .definedBy(
                        "dev.vpclab.paint..",
                        "dev.vpclab.study..",
                        "dev.vpclab.classroom..",
                        "dev.vpclab.export..")
                .layer("Entry")
                .definedBy("dev.vpclab", "dev.vpclab.cli..", "dev.vpclab.app..")
                .whereLayer("Entry")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Presentation")
                .mayOnlyBeAccessedByLayers("Entry")
                .whereLayer("Derived")
                .mayOnlyBeAccessedByLayers("Presentation", "Entry")
                .whereLayer("Analysis")
                .mayOnlyBeAccessedByLayers("Derived", "Presentation", "Entry")
                .whereLayer("Model")
                .mayOnlyBeAccessedByLayers("Analysis", "Derived", "Presentation", "Entry")
                .because(
                        "each layer builds on the ones below it: values, the model, the checks"
                                + " and the tracer, what is derived from a trace, what draws or"
                                + " grades it, and the command line and the app on top")
                .check(classes);
    }

    @Test
    void appSubPackagesHaveNoCycles() {
        slices().matching("dev.vpclab.app.(*)..")
                .should()
                .beFreeOfCycles()
                .because(
                        "the walk, classroom, study and export panels build on each other in"
                                + " one direction (the classroom drives the walk, never back)")
                .check(classes);
    }

    @Test
    void appSubPackagesSeeTheWindowOnlyThroughItsInterface() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.vpclab.app.walk..",
                        "dev.vpclab.app.classroom..",
                        "dev.vpclab.app.study..",
                        "dev.vpclab.app.export..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.vpclab.app.MainWindow")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("dev.vpclab.app.VpcLabApp")
                .because(
                        "the main window builds its panels, so they reach it through the small"
                                + " Workbench interface; otherwise window and panels form a cycle"
                                + " that the package cycle check cannot see")
                .check(classes);
    }
}
