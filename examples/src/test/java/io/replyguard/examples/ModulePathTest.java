package io.replyguard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Black-box test on the module path: core and both adapters are loaded as named modules in a fresh
 * {@link ModuleLayer} (from the same jars/class directories the build produced), the adapters are
 * found through {@code uses}/{@code provides}, and only the API packages are exported.
 */
class ModulePathTest {

  private static ModuleLayer layer() {
    List<Path> entries = new ArrayList<>();
    for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(e);
      if (Files.isRegularFile(p) && p.toString().endsWith(".jar")
          || Files.isRegularFile(p.resolve("module-info.class"))) {
        entries.add(p);
      }
    }
    ModuleFinder finder = ModuleFinder.of(entries.toArray(Path[]::new));
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
        Set.of("io.replyguard.core", "io.replyguard.twitter", "io.replyguard.facebook"));
    return ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
  }

  @Test
  void adaptersAreFoundThroughTheModuleSystem() throws Exception {
    ModuleLayer layer = layer();
    Class<?> spi = layer.findLoader("io.replyguard.core").loadClass("io.replyguard.spi.PlatformAdapter");
    assertTrue(spi.getModule().isNamed());
    assertEquals("io.replyguard.core", spi.getModule().getName());
    Set<String> platforms = new TreeSet<>();
    for (Object adapter : ServiceLoader.load(layer, spi)) {
      assertTrue(adapter.getClass().getModule().isNamed(), adapter.getClass().getName());
      platforms.add(String.valueOf(spi.getMethod("platform").invoke(adapter)));
    }
    assertEquals(Set.of("facebook", "twitter"), platforms);
  }

  @Test
  void theEngineRunsInsideTheLayer() throws Exception {
    ModuleLayer layer = layer();
    ClassLoader loader = layer.findLoader("io.replyguard.core");
    Class<?> facade = loader.loadClass("io.replyguard.Replyguard");
    Thread t = Thread.currentThread();
    ClassLoader previous = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      Object engine = facade.getMethod("create").invoke(null);
      Object adapters = facade.getMethod("adapters").invoke(engine);
      assertEquals(List.of("facebook", "twitter"),
          adapters.getClass().getMethod("platforms").invoke(adapters));
      Object findings = facade.getMethod("scan", String.class)
          .invoke(engine, "Meine IBAN ist DE89 3704 0044 0532 0130 00, danke!");
      assertEquals(1, ((List<?>) findings).size(), String.valueOf(findings));
    } finally {
      t.setContextClassLoader(previous);
    }
  }

  @Test
  void onlyApiPackagesAreExported() {
    ModuleLayer layer = layer();
    ModuleDescriptor core = layer.findModule("io.replyguard.core").orElseThrow().getDescriptor();
    Set<String> unqualified = core.exports().stream().filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(Set.of("io.replyguard", "io.replyguard.model", "io.replyguard.config",
        "io.replyguard.spi", "io.replyguard.time", "io.replyguard.template",
        "io.replyguard.testing", "io.replyguard.json")), unqualified);
    for (ModuleDescriptor.Exports e : core.exports()) {
      if (e.source().startsWith("io.replyguard.internal")) {
        assertTrue(e.isQualified(), e.source() + " must only be exported to the adapters");
        assertFalse(e.targets().contains("io.replyguard.examples"));
      }
    }
    assertTrue(core.uses().contains("io.replyguard.spi.PlatformAdapter"));
    for (String adapter : List.of("io.replyguard.twitter", "io.replyguard.facebook")) {
      ModuleDescriptor d = layer.findModule(adapter).orElseThrow().getDescriptor();
      assertEquals(1, d.provides().size(), adapter);
      assertEquals("io.replyguard.spi.PlatformAdapter", d.provides().iterator().next().service());
    }
  }

  /**
   * The public types of every exported package of core and the adapters, compared with the
   * reviewed list in {@code api/exported-types.txt}: a type added to (or removed from) the API
   * fails here until the list, and the README's API section, are updated on purpose.
   */
  @Test
  void exportedTypesAreTheReviewedOnes() throws Exception {
    ModuleLayer layer = layer();
    Set<String> actual = new TreeSet<>();
    for (String name : List.of("io.replyguard.core", "io.replyguard.twitter",
        "io.replyguard.facebook")) {
      Module module = layer.findModule(name).orElseThrow();
      Set<String> exported = module.getDescriptor().exports().stream()
          .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
      var reference = layer.configuration().findModule(name).orElseThrow().reference();
      try (var reader = reference.open(); var entries = reader.list()) {
        for (String entry : (Iterable<String>) entries::iterator) {
          if (!entry.endsWith(".class") || entry.endsWith("module-info.class")
              || entry.endsWith("package-info.class")) {
            continue;
          }
          String binary = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
          String pkg = binary.substring(0, binary.lastIndexOf('.'));
          if (!exported.contains(pkg)) {
            continue;
          }
          Class<?> type = Class.forName(binary, false, module.getClassLoader());
          if (isApi(type)) {
            actual.add(type.getCanonicalName());
          }
        }
      }
    }
    Set<String> reviewed = new TreeSet<>();
    try (var in = ModulePathTest.class.getResourceAsStream("/api/exported-types.txt")) {
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          reviewed.add(line.trim());
        }
      }
    }
    Set<String> added = new TreeSet<>(actual);
    added.removeAll(reviewed);
    Set<String> removed = new TreeSet<>(reviewed);
    removed.removeAll(actual);
    assertTrue(added.isEmpty() && removed.isEmpty(), "exported API changed; review and update "
        + "examples/src/test/resources/api/exported-types.txt and the README's API section. "
        + "Added: " + added + " Removed: " + removed);
  }

  /** A public type whose enclosing types are public too (a nested type of a public API type). */
  private static boolean isApi(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!java.lang.reflect.Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass()
          || t.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
