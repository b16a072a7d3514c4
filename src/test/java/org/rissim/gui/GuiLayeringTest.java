package org.rissim.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Layering: only org.rissim.gui may use Swing and MASON's display; the model and scenario use no
 * GUI; the model depends on no command-line, experiment, chart or file code.
 */
class GuiLayeringTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // The compiled main classes only: scanning the whole class path takes seconds.
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target/classes"));
  }

  @Test
  void modelAndScenarioUseNoSwingAwtOrMasonDisplay() {
    ArchRule rule = noClasses().that().resideInAnyPackage("org.rissim.model..",
            "org.rissim.scenario..")
        .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..",
            "sim.display..", "sim.portrayal..");
    rule.check(classes);
  }

  @Test
  void onlyTheGuiPackageUsesSwingOrMasonDisplay() {
    ArchRule rule = noClasses().that().resideOutsideOfPackage("org.rissim.gui..")
        .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "sim.display..",
            "sim.portrayal..");
    rule.check(classes);
  }

  @Test
  void theModelKnowsNoCommandLineExperimentChartsOrFiles() {
    // Dependencies point one way (STYLE.md): cli -> experiment -> model, scenario, observe.
    ArchRule rule = noClasses().that().resideInAnyPackage("org.rissim.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.rissim.cli..",
            "org.rissim.experiment..", "org.rissim.analysis..", "org.rissim.chart..",
            "org.rissim.gui..", "org.rissim.io..", "java.nio.file..", "java.io..");
    rule.check(classes);
  }
}
