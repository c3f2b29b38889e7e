package io.replyguard.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The command-line tool and the embedding examples are written against the public API only, as a
 * user's code would be: nothing of the packages core does not export.
 */
class PublicApiOnlyTest {
  static final JavaClasses EXAMPLES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPath(java.nio.file.Path.of("target", "classes"));

  @Test
  void examplesUseOnlyExportedPackages() {
    noClasses().that().resideInAPackage("io.replyguard.examples..").should()
        .dependOnClassesThat().resideInAnyPackage("io.replyguard.internal..",
            "io.replyguard.advice..", "io.replyguard.check..", "io.replyguard.pii..")
        .check(EXAMPLES);
  }
}
