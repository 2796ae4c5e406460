package dev.evalpress.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one-way pipeline of evalpress, checked on the production classes.
 *
 * <p>Input is read and located ({@code load}), measured ({@code analyse}), turned into pages
 * ({@code render}) and written ({@code site}); each stage sees only the stages and the shared
 * packages below it, never one after it. Every rule names what it guards in its {@code because}, so
 * a failure says which dependency broke which promise.
 */
class PipelineRulesTest {

  private static final String ROOT = "dev.evalpress";

  /**
   * Each top-level package and the evalpress packages it may use besides its own subpackages. A
   * package not in this table has no place in the pipeline yet (see {@link
   * #everyClassHasAPlaceInThePipeline}).
   */
  private static final Map<String, Layer> LAYERS = new LinkedHashMap<>();

  static {
    layer(
        "model",
        "the model is the shared vocabulary of every stage, so it can depend on none of them");
    layer("problem", "problems are reported by every stage, so they know only the model", "model");
    layer(
        "located",
        "located values tie the model to places in input files, and know nothing of the stages",
        "problem",
        "model");
    layer(
        "markdown",
        "the Markdown dialect's syntax is shared by load (checking) and render (HTML), so it"
            + " can depend on neither",
        "located",
        "problem",
        "model");
    layer(
        "load",
        "load is the first stage: it reads input and may use only the shared packages",
        "markdown",
        "located",
        "problem",
        "model");
    layer(
        "analyse",
        "analysis works on loaded models only: it never reads files (load, located, markdown)"
            + " nor knows how results are shown (render) or written (site)",
        "problem",
        "model");
    layer(
        "render",
        "render turns analysed models into pages; it never reads input (load, located) nor"
            + " writes output (site), and never drives a build",
        "analyse",
        "markdown",
        "problem",
        "model");
    layer(
        "site",
        "site is the write stage: it writes rendered pages and knows nothing of reading input",
        "render",
        "problem",
        "model");
    layer(
        "export",
        "exports write results from the model alone, whatever stage ran before",
        "model",
        "problem");
    layer(
        "bench",
        "bench makes synthetic inputs and measures the heap for the benchmark entry point; it knows"
            + " no stage",
        "problem",
        "model");
    layer(
        "build",
        "build holds the library's entry points (SiteBuild, ...) that run the stages; only the"
            + " preview server and the command line sit above it",
        "bench",
        "load",
        "analyse",
        "render",
        "site",
        "export",
        "markdown",
        "located",
        "problem",
        "model");
    layer(
        "serve",
        "the preview server builds through the library's entry points like any other user",
        "build",
        "problem",
        "model");
    layer(
        "cli",
        "the command line sits on top and may use everything",
        "serve",
        "bench",
        "build",
        "load",
        "analyse",
        "render",
        "site",
        "export",
        "markdown",
        "located",
        "problem",
        "model");
  }

  private static JavaClasses classes;

  @BeforeAll
  static void importProductionClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ROOT);
  }

  @TestFactory
  Stream<DynamicTest> eachStageUsesOnlyTheStagesBelowIt() {
    return LAYERS.values().stream()
        .map(layer -> dynamicTest(layer.name, () -> layer.rule().check(classes)));
  }

  @Test
  void nothingDependsOnTheCommandLine() {
    noClasses()
        .that()
        .resideOutsideOfPackage(pkg("cli"))
        .should()
        .dependOnClassesThat()
        .resideInAPackage(pkg("cli"))
        .because(
            "the command line is only a front end: the library (build and below) must work without it")
        .check(classes);
  }

  @Test
  void everyClassHasAPlaceInThePipeline() {
    classes()
        .should()
        .resideInAnyPackage(
            LAYERS.keySet().stream().map(PipelineRulesTest::pkg).toArray(String[]::new))
        .because(
            "a package outside "
                + LAYERS.keySet()
                + " escapes the pipeline rules; give it a place in"
                + " PipelineRulesTest.LAYERS first")
        .check(classes);
  }

  @Test
  void noPackageCycles() {
    // (**) captures the whole package below dev.evalpress, so every package is its own slice:
    // render.markdown and render.markdown.internal are two slices, and a cycle between them counts
    slices()
        .matching(ROOT + ".(**)")
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .because(
            "a cycle between packages means neither can be understood, tested or moved without the other")
        .check(classes);
  }

  @TestFactory
  Stream<DynamicTest> internalPackagesAreUsedOnlyFromTheirParent() {
    Set<String> internals = new TreeSet<>();
    for (JavaClass type : classes) {
      String name = type.getPackageName();
      int at = name.indexOf(".internal");
      while (at >= 0) {
        int end = at + ".internal".length();
        if (end == name.length() || name.charAt(end) == '.') {
          internals.add(name.substring(0, end));
        }
        at = name.indexOf(".internal", end);
      }
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (String internal : internals) {
      String parent = internal.substring(0, internal.length() - ".internal".length());
      tests.add(
          dynamicTest(
              internal,
              () ->
                  noClasses()
                      .that()
                      .resideOutsideOfPackage(parent + "..")
                      .should()
                      .dependOnClassesThat()
                      .resideInAPackage(internal + "..")
                      .because(
                          internal
                              + " is an implementation detail of "
                              + parent
                              + ": only "
                              + parent
                              + " and its subpackages may use it")
                      .check(classes)));
    }
    return tests.stream();
  }

  @Test
  void noThirdPartyInternals() {
    // one exception: Flexmark offers no other way to replace its quadratic inline matching than a
    // subclass of its inline parser; LinearInlineParserTest compares its HTML with Flexmark's own,
    // so a Flexmark upgrade that changes the internals fails there
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName(ROOT + ".markdown.LinearInlineParser")
        .should()
        .dependOnClassesThat(
            resideInAPackage("..internal..")
                .and(resideOutsideOfPackage(ROOT + ".."))
                .as("reside in a third-party ..internal.. package"))
        .because(
            "a library's internal packages (such as com.vladsch.flexmark.ext.attributes.internal) are not"
                + " its API and change without notice")
        .check(classes);
  }

  private static void layer(String name, String because, String... allowed) {
    LAYERS.put(name, new Layer(name, because, allowed));
  }

  private static String pkg(String layer) {
    return ROOT + "." + layer + "..";
  }

  private record Layer(String name, String because, String... allowed) {

    ArchRule rule() {
      List<String> own = new ArrayList<>();
      own.add(pkg(name));
      for (String other : allowed) {
        own.add(pkg(other));
      }
      String forbidden =
          allowed.length == 0
              ? "reside in any other evalpress package"
              : "reside in any evalpress package but " + String.join(", ", allowed);
      return noClasses()
          .that()
          .resideInAPackage(pkg(name))
          .should()
          .dependOnClassesThat(
              resideInAPackage(ROOT + "..")
                  .and(not(resideInAnyPackage(own.toArray(String[]::new))))
                  .as(forbidden))
          .because(because)
          // markdown and export may not exist yet; a missing package breaks no rule
          .allowEmptyShould(true);
    }
  }
}
