package io.replyguard.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Channel;
import io.replyguard.model.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the README honest: its embedding snippet is the compiled example, and it does what it says. */
class ReadmeTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static String between(String text, String begin, String end) {
    int b = text.indexOf(begin);
    int e = b < 0 ? -1 : text.indexOf(end, b + begin.length());
    assertTrue(b >= 0 && e > b, "markers " + begin + " … " + end + " not found");
    return text.substring(b + begin.length(), e);
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent))
        .collect(Collectors.joining("\n")).strip();
  }

  @Test
  void readmeSnippetIsTheCompiledExampleWithItsImports() throws Exception {
    String source = Files.readString(ROOT.resolve(
        "examples/src/main/java/io/replyguard/examples/EmbeddingExample.java"));
    String imports = source.lines().filter(l -> l.startsWith("import "))
        .collect(Collectors.joining("\n"));
    String snippet = imports + "\n\n"
        + dedent(between(source, "// README:BEGIN\n", "    // README:END"));
    String readme = Files.readString(ROOT.resolve("README.md"));
    String block = between(readme, "<!-- embedding-example -->\n```java\n", "```");
    assertEquals(snippet, block.strip());
  }

  @Test
  void theExampleDoesWhatItsCommentsSay() {
    EmbeddingExample.Outcome o = EmbeddingExample.run();
    assertEquals(Channel.EMAIL, o.advice().channel());
    assertEquals(Set.of(Action.HIDE_ORIGINAL, Action.WARN_CUSTOMER), o.advice().actions());
    assertEquals("Ich will kündigen! Meine Kundennummer ist ••••••••.", o.redacted());
    assertEquals(Verdict.REVIEW, o.check().verdict());
    assertTrue(o.check().findings().stream().anyMatch(f -> f.ruleId().equals("commitment.vague")
        && f.suggestion().isPresent()), o.check().findings().toString());
    assertEquals("am Montag, 30.11., bis 8:40 Uhr", o.commitment());
  }

  @Test
  void firstScreenHasExactlyTheTwoCommands() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String first = readme.substring(0, readme.indexOf("<!-- end of first screen -->"));
    List<String> commands = first.lines().filter(l -> l.startsWith("./") || l.startsWith("mvn "))
        .toList();
    assertEquals(2, commands.size(), commands.toString());
    assertTrue(commands.get(0).startsWith("./replyguard demo"));
    assertTrue(commands.get(1).startsWith("mvn -B verify"));
  }

  @Test
  void theApiSectionListsEveryExportedType() throws Exception {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String api = between(readme, "## API\n", "\n## ");
    List<String> missing = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(ROOT.resolve(
        "examples/src/test/resources/api/exported-types.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String type = line.strip();
      String pkg = java.util.Arrays.stream(type.split("\\.")).filter(p -> Character.isLowerCase(p.charAt(0)))
          .collect(Collectors.joining("."));
      String name = type.substring(pkg.length() + 1);
      if (!api.contains("`" + pkg + "`") || !api.contains("`" + name + "`")) {
        missing.add(type);
      }
    }
    assertTrue(missing.isEmpty(), "the README's API section lacks " + missing);
  }
}
