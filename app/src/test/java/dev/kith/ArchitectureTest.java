package dev.kith;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on the compiled product: package dependencies point one way, the
 * composition root ({@code dev.kith.app}) is the only place that wires features, and persistence stays
 * behind the features' stores.
 */
class ArchitectureTest {
    /** Every feature: the packages between the shared base ({@code core}, {@code store}) and the adapters. */
    private static final String[] FEATURES = {"dev.kith.book..", "dev.kith.search..", "dev.kith.contacts..",
            "dev.kith.interactions..", "dev.kith.milestones..", "dev.kith.tasks..", "dev.kith.strength..",
            "dev.kith.network..", "dev.kith.goals..", "dev.kith.embeddings..", "dev.kith.today..",
            "dev.kith.events..", "dev.kith.groups..", "dev.kith.articles..", "dev.kith.intros..",
            "dev.kith.reciprocity..", "dev.kith.io..", "dev.kith.settings..", "dev.kith.capture..", "dev.kith.team..",
            "dev.kith.journal.."};

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.kith");
    }

    @Test
    void noPackageImportsAPackageThatImportsItBack() {
        slices().matching("dev.kith.(**)").should().beFreeOfCycles().check(product);
    }

    @Test
    void storeAndCoreDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("dev.kith.core..", "dev.kith.store..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .check(product);
    }

    @Test
    void noFeatureDependsOnTheAdaptersOrTheCompositionRoot() {
        noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat().resideInAnyPackage("dev.kith.cli..", "dev.kith.web..",
                        "dev.kith.app..", "dev.kith.demo..")
                .check(product);
    }

    @Test
    void theWebNeverDependsOnTheCommandLine() {
        noClasses().that().resideInAPackage("dev.kith.web..")
                .should().dependOnClassesThat().resideInAPackage("dev.kith.cli..")
                .check(product);
    }

    @Test
    void adaptersRunNoSql() {
        noClasses().that().resideInAnyPackage("dev.kith.cli..", "dev.kith.web..", "dev.kith.demo..", "dev.kith.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .check(product);
    }

    @Test
    void todaysPlanReadsThroughTheFeaturesAndKeepsOnlyItsOwnLog() {
        noClasses().that().resideInAPackage("dev.kith.today..").and().doNotHaveSimpleName("ActionLog")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
                .check(product);
    }
}
