package io.replyguard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/**
 * The layering of core, checked on its compiled classes: no package cycles; the API packages
 * (model, config, spi, time, template) do not reach into the engines; the engines are reached only
 * through the facade; no third-party type (Jackson, Caffeine, RE2/J, SLF4J) appears in a public
 * signature of an exported package.
 */
class ArchitectureTest {
  /** Core's main classes (Maven runs tests in the module directory). */
  static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPath(java.nio.file.Path.of("target", "classes"));

  static final String[] EXPORTED = {"io.replyguard", "io.replyguard.model", "io.replyguard.config",
      "io.replyguard.spi", "io.replyguard.time", "io.replyguard.template", "io.replyguard.testing",
      "io.replyguard.json"};
  static final String[] ENGINES = {"io.replyguard.advice..", "io.replyguard.check..",
      "io.replyguard.pii..", "io.replyguard.internal.template.."};

  /** One slice per package of core, the root package included. */
  static final SliceAssignment PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass c) {
      return c.getPackageName().startsWith("io.replyguard")
          ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return "packages of io.replyguard";
    }
  };

  @Test
  void packagesHaveNoCycles() {
    SlicesRuleDefinition.slices().assignedFrom(PACKAGES).should().beFreeOfCycles()
        .check(CORE);
  }

  @Test
  void theApiPackagesDoNotDependOnTheEngines() {
    noClasses().that().resideInAnyPackage("io.replyguard.model", "io.replyguard.config",
        "io.replyguard.spi", "io.replyguard.time", "io.replyguard.template",
        "io.replyguard.testing").should().dependOnClassesThat().resideInAnyPackage(ENGINES)
        .check(CORE);
  }

  @Test
  void theEnginesAreReachedOnlyThroughTheFacade() {
    noClasses().that().resideOutsideOfPackages(ENGINES).and().resideOutsideOfPackage(
        "io.replyguard").should().dependOnClassesThat().resideInAnyPackage(ENGINES)
        .check(CORE);
  }

  @Test
  void modelDependsOnNothingElseOfReplyguard() {
    noClasses().that().resideInAPackage("io.replyguard.model").should().dependOnClassesThat()
        .resideInAnyPackage("io.replyguard", "io.replyguard.config..", "io.replyguard.spi..",
            "io.replyguard.time..", "io.replyguard.template..", "io.replyguard.json..",
            "io.replyguard.testing..", "io.replyguard.internal.json..")
        .check(CORE);
  }

  @Test
  void noThirdPartyTypeInAPublicSignature() {
    DescribedPredicate<JavaClass> thirdParty = DescribedPredicate.describe("a third-party type",
        c -> c.getPackageName().startsWith("com.fasterxml") || c.getPackageName()
            .startsWith("com.github.benmanes") || c.getPackageName().startsWith("com.google.re2j")
            || c.getPackageName().startsWith("org.slf4j"));
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic().and()
        .areDeclaredInClassesThat().resideInAnyPackage(EXPORTED)
        .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
            "use no third-party type in parameters or return type") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod m,
              com.tngtech.archunit.lang.ConditionEvents events) {
            boolean bad = thirdParty.test(m.getRawReturnType())
                || m.getRawParameterTypes().stream().anyMatch(thirdParty);
            if (bad && !m.getOwner().getModifiers().contains(JavaModifier.SYNTHETIC)) {
              events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m,
                  m.getFullName() + " exposes a third-party type"));
            }
          }
        }).check(CORE);
  }
}
