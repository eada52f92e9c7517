package dev.leverage.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The calculator, its report and the example plug-in depend on each other without cycles. */
class PackageStructureTest {
  private static final JavaClasses EXAMPLES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(
              "dev.leverage.calculator", "dev.leverage.report", "dev.leverage.examples");

  @Test
  void noPackageDependsOnItselfThroughOthers() {
    slices().matching("dev.leverage.(**)").should().beFreeOfCycles().check(EXAMPLES);
  }
}
