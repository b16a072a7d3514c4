package org.rissim.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 16 item 6: the report parses no JSON, YAML or CSV itself; it reads through ResultFolder. */
class ReportReadsThroughResultFolderTest {
  @Test
  void reportClassesUseNoParserOfTheirOwn() {
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(Path.of("target/classes/org/rissim/chart"));
    noClasses().that().haveSimpleNameStartingWith("HtmlReport")
        .or().haveSimpleNameStartingWith("PatternsReport")
        .should().dependOnClassesThat().haveFullyQualifiedName(
            "com.fasterxml.jackson.databind.ObjectMapper")
        .orShould().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..")
        .orShould().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.dataformat..")
        .check(classes);
  }
}
