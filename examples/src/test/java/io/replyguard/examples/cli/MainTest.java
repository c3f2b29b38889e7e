package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    assertTrue(run("", "frobnicate").err().contains("unknown command 'frobnicate'"));
    assertEquals(2, run("", "frobnicate").status());
    Result r = run("", "parse", "--verbose");
    assertEquals(2, r.status());
    assertTrue(r.err().contains("unknown option '--verbose'"), r.err());
    assertTrue(run("", "parse", "--platform", "myspace").err().contains("unknown platform 'myspace'"));
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
}
