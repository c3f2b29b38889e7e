package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  record Result(int status, String out, String err) {}

  static Result run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return new Result(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void noCommandIsBadUsage() {
    Result r = run("");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("replyguard: no command given"), r.err());
    assertTrue(r.err().contains("usage: replyguard COMMAND"), r.err());
  }

  @Test
  void unknownCommandAndOptionAreBadUsage() {
    assertTrue(run("", "frobnicate").err().contains("unknown command; expected one of [advise, "
        + "check, commit, parse, render, scan] or demo"));
    assertEquals(2, run("", "frobnicate").status());
    Result r = run("", "parse", "--verbose");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("unknown option '--verbose'"), r.err());
    assertTrue(run("", "parse", "--platform", "myspace").err()
        .contains("unknown platform; expected twitter or facebook"));
    assertTrue(run("", "parse", "--config").err().contains("--config needs a file"));
  }

  @Test
  void parseWithoutPlatformIsBadUsage() {
    Result r = run("{}", "parse");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("parse needs --platform"), r.err());
  }

  @Test
  void missingConfigFileIsBadUsage(@TempDir Path dir) {
    Result r = run("", "demo", "--config", dir.resolve("nope.json").toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("configuration file not found"), r.err());
  }

  @Test
  void invalidConfigFailsWithItsPath(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("c.json");
    Files.writeString(config, "{\"serviceHours\": {\"monday\": [\"20:00-08:00\"]}}");
    Result r = run("", "demo", "--config", config.toString());
    assertEquals(2, r.status());
    assertTrue(r.err().contains("configuration error: /serviceHours/monday/0: window end"),
        r.err());
  }

  @Test
  void helpPrintsUsage() {
    Result r = run("", "--help");
    assertEquals(0, r.status());
    assertTrue(r.out().startsWith("usage: replyguard"));
  }

  private static final String ALLOWED =
      "{\"id\":1,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Danke für Ihr Lob!\"}\n";
  private static final String REVIEWED =
      "{\"id\":2,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Wir melden uns zeitnah.\","
      + "\"now\":\"2026-11-23T10:00:00+01:00\"}\n";
  private static final String BLOCKED =
      "{\"id\":3,\"platform\":\"twitter\",\"visibility\":\"public\",\"text\":\"Nennen Sie uns bitte Ihr "
      + "Passwort.\"}\n";

  @Test
  void failOnGivesExitStatusThreeWhenADraftReachesTheVerdict() {
    assertEquals(0, run(ALLOWED + REVIEWED, "check", "--fail-on", "block").status());
    assertEquals(3, run(ALLOWED + REVIEWED, "check", "--fail-on", "review").status());
    assertEquals(3, run(ALLOWED + BLOCKED, "check", "--fail-on", "BLOCK").status());
    assertEquals(3, run(BLOCKED + ALLOWED, "check", "--fail-on", "review").status(),
        "a stricter verdict than asked for fails too, wherever it stands");
    assertEquals(0, run(ALLOWED, "check", "--fail-on", "review").status());
    Result r = run(ALLOWED + BLOCKED, "check", "--fail-on", "block");
    assertEquals(2, r.out().strip().split("\n").length, r.out() + " — every line is answered");
    // a failed line is status 1, whatever the verdicts
    assertEquals(1, run(BLOCKED + "{\"id\":4}\n", "check", "--fail-on", "block").status());
    assertEquals(2, run(ALLOWED, "check", "--fail-on", "maybe").status());
    assertEquals(2, run(ALLOWED, "check", "--fail-on").status());
    assertEquals(2, run(ALLOWED, "scan", "--fail-on", "block").status());
  }

  @Test
  void platformAndVisibilityNamesAreCaseInsensitive() {
    for (String platform : new String[] {"twitter", "TWITTER", "Twitter"}) {
      for (String visibility : new String[] {"public", "PUBLIC", "Public"}) {
        Result r = run("{\"id\":1,\"platform\":\"" + platform + "\",\"visibility\":\""
            + visibility + "\",\"text\":\"Wie schalte ich mobile Daten aus?\"}\n", "advise");
        assertEquals(0, r.status(), r.out());
        assertTrue(r.out().contains("\"channel\":\"PUBLIC_REPLY\""), r.out());
      }
    }
    assertEquals(0, run("{\"id\":1,\"text\":\"x\",\"locale\":\"DE\"}\n", "scan").status());
    assertEquals(0, run("{\"object\":\"page\",\"entry\":[]}\n", "parse", "--platform",
        "FACEBOOK").status());
  }

  @Test
  void jsonSyntaxErrorsShowTheCharacterLineAndColumnButNoValues() {
    Result r = run("{\"id\":1,\"text\":\"Max Mustermann\" \"locale\":\"de\"}\n", "scan");
    assertTrue(r.out().contains("malformed JSON at line 1, column 33: Unexpected character "
        + "('\\\"' (code 34)): was expecting comma to separate Object entries"), r.out());
    r = run("{\"id\":1,\"text\":Mustermann}\n", "scan");
    assertTrue(r.out().contains("(a token of 10 characters)"), r.out());
    assertFalse(r.out().contains("Mustermann"), r.out());
    r = run("{\"id\":1,\"text\":\"Max Mustermann, Hauptstr. 5\"\n", "scan");
    assertTrue(r.out().contains("malformed JSON at line 1, column"), r.out());
    assertFalse(r.out().contains("Mustermann"), r.out());
    assertFalse(r.out().contains("<token>"), r.out());
  }
}
