package org.rissim;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package dependencies point one way (STYLE.md): no cycles between rissim's packages. */
class PackageDependencyTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // The compiled main classes only: scanning the whole class path takes seconds.
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target/classes"));
  }

  @Test
  void packagesAreFreeOfCyclesButTheWorldAndItsMechanisms() {
    // The one cycle kept on purpose: the world schedules its mechanisms, which act on it
    // (model/package-info.java says why). Ignored in one direction only, so that any other
    // cycle fails here.
    slices().matching("org.rissim.(**)").should().beFreeOfCycles()
        .ignoreDependency(resideInAPackage("org.rissim.model"),
            resideInAPackage("org.rissim.model.mechanism"))
        .check(classes);
  }

  @Test
  void theModelKeepsNoObserversCountsAndItsEventsNoMaps() {
    // Observers count from the events they receive (observe.MonthCounts); the model's event
    // records hold values, and naming them in a field map is the observers' (EventFormat).
    noClasses().that().resideInAPackage("org.rissim.model..")
        .should().haveSimpleName("MonthCounts")
        .check(classes);
    noClasses().that().resideInAPackage("org.rissim.model.event")
        .should().dependOnClassesThat().areAssignableTo(java.util.Map.class)
        .check(classes);
  }

  @Test
  void scenarioDependsOnNothingOfTheModel() {
    // Scenarios are read and checked without building a world (docs/SCENARIOS.md).
    noClasses().that().resideInAPackage("org.rissim.scenario..")
        .should().dependOnClassesThat().resideInAPackage("org.rissim.model..")
        .check(classes);
  }
}
