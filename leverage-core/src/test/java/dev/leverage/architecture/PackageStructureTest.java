package dev.leverage.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The packages of leverage-core read bottom-up like the model, with no cycle among them. */
class PackageStructureTest {
  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.leverage");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("dev.leverage.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void packagesDependOnlyOnLayersBelowThem() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("units and estimates")
        .definedBy(
            "dev.leverage",
            "dev.leverage.internal..",
            "dev.leverage.unit..",
            "dev.leverage.uncertainty..")
        .layer("organization")
        .definedBy("dev.leverage.organization..")
        .layer("activity")
        .definedBy("dev.leverage.activity..")
        .layer("coaching and portfolio")
        .definedBy("dev.leverage.coaching..", "dev.leverage.portfolio..")
        .layer("scenario")
        .definedBy("dev.leverage.scenario..")
        .layer("scoring, planning and simulation")
        .definedBy("dev.leverage.scoring..", "dev.leverage.planning..", "dev.leverage.simulation..")
        .layer("analyses")
        .definedBy("dev.leverage.priorities..")
        .layer("scenario files")
        .definedBy("dev.leverage.file..")
        .whereLayer("analyses")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("scenario files")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("scoring, planning and simulation")
        .mayOnlyBeAccessedByLayers("analyses")
        .whereLayer("scenario")
        .mayOnlyBeAccessedByLayers("scoring, planning and simulation", "analyses", "scenario files")
        .whereLayer("coaching and portfolio")
        .mayOnlyBeAccessedByLayers(
            "scenario", "scoring, planning and simulation", "analyses", "scenario files")
        .whereLayer("activity")
        .mayOnlyBeAccessedByLayers(
            "coaching and portfolio",
            "scenario",
            "scoring, planning and simulation",
            "analyses",
            "scenario files")
        .whereLayer("organization")
        .mayOnlyBeAccessedByLayers(
            "activity",
            "coaching and portfolio",
            "scenario",
            "scoring, planning and simulation",
            "analyses",
            "scenario files")
        .check(CORE);
  }
}
