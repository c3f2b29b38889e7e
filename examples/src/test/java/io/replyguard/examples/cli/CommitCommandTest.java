package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitCommandTest {
  record Run(int status, List<String> lines, String stderr) {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    String text = out.toString(StandardCharsets.UTF_8);
    return new Run(status, text.isEmpty() ? List.of() : List.of(text.split("\n")),
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void computesDeadlinesAndPhrases() {
    Run r = run(String.join("\n",
        "{\"id\":\"a\",\"now\":\"2026-11-23T10:15:00+01:00\",\"within\":\"PT1H\"}",
        "{\"id\":\"b\",\"now\":\"2026-11-28T18:30:00Z\",\"within\":\"PT1H\",\"locale\":\"en\"}",
        "{\"id\":3,\"now\":\"2026-12-24T19:30:00+01:00\",\"within\":\"PT1H\",\"locale\":\"de\"}",
        "{\"id\":\"d\",\"now\":\"2026-03-28T19:30:00+01:00\",\"within\":\"PT1H\",\"locale\":\"de\"}"),
        "commit");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(List.of(
        "{\"id\":\"a\",\"deadline\":\"2026-11-23T11:15:00+01:00\","
            + "\"text\":\"innerhalb der nächsten Stunde\"}",
        "{\"id\":\"b\",\"deadline\":\"2026-11-30T08:30:00+01:00\","
            + "\"text\":\"on Monday, 30 November, by 8:30 am\"}",
        "{\"id\":3,\"deadline\":\"2026-12-28T08:30:00+01:00\","
            + "\"text\":\"am Montag, 28.12., bis 8:30 Uhr\"}",
        "{\"id\":\"d\",\"deadline\":\"2026-03-30T08:30:00+02:00\","
            + "\"text\":\"am Montag, 30.03., bis 8:30 Uhr\"}"), r.lines());
  }

  @Test
  void badLinesNameTheFieldAndProcessingGoesOn() {
    Run r = run(String.join("\n",
        "{\"id\":\"a\",\"now\":\"2026-11-23T10:15:00\",\"within\":\"PT1H\"}",
        "{\"id\":\"b\",\"now\":\"2026-11-23T10:15:00+01:00\",\"within\":\"PT0S\"}",
        "{\"id\":\"c\",\"now\":\"2026-11-23T10:15:00+01:00\",\"within\":\"1 hour\"}",
        "{\"id\":\"d\",\"now\":\"2026-11-23T10:15:00+01:00\",\"within\":\"PT1H\",\"locale\":\"fr\"}",
        "{\"id\":\"e\",\"now\":\"2026-11-23T10:15:00+01:00\",\"within\":\"PT1H\",\"extra\":1}",
        "{\"id\":\"f\",\"within\":\"PT1H\"}",
        "{\"id\":\"g\",\"now\":\"2026-11-23T18:00:00+01:00\",\"within\":\"PT30M\"}"), "commit");
    assertEquals(1, r.status());
    assertEquals(7, r.lines().size());
    assertTrue(r.lines().get(0).contains("/now"), r.lines().get(0));
    assertTrue(r.lines().get(1).contains("/within") && r.lines().get(1).contains("positive"),
        r.lines().get(1));
    assertTrue(r.lines().get(2).contains("/within"), r.lines().get(2));
    assertTrue(r.lines().get(3).contains("/locale"), r.lines().get(3));
    assertTrue(r.lines().get(4).contains("unknown key 'ext…' (5 characters)"), r.lines().get(4));
    assertTrue(r.lines().get(5).contains("now"), r.lines().get(5));
    assertEquals("{\"id\":\"g\",\"deadline\":\"2026-11-23T18:30:00+01:00\","
        + "\"text\":\"innerhalb der nächsten 30 Minuten\"}", r.lines().get(6));
  }

  @Test
  void usesTheConfiguredZoneHoursAndLocale(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"locale\":\"en\",\"zone\":\"America/New_York\","
        + "\"serviceHours\":{\"monday\":[\"09:00-17:00\"],\"tuesday\":[\"09:00-17:00\"]},"
        + "\"holidays\":{\"germanNational\":false,\"regions\":[],\"dates\":[]}}");
    Run r = run("{\"id\":1,\"now\":\"2026-11-23T16:30:00-05:00\",\"within\":\"PT1H\"}",
        "commit", "--config", config.toString());
    assertEquals(0, r.status(), r.stderr());
    assertEquals(List.of("{\"id\":1,\"deadline\":\"2026-11-24T09:30:00-05:00\","
        + "\"text\":\"tomorrow by 9:30 am\"}"), r.lines());
  }

  @Test
  void neverOpenConfigurationIsAConfigurationError(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.json");
    Files.writeString(config, "{\"serviceHours\":{}}");
    Run r = run("", "commit", "--config", config.toString());
    assertEquals(2, r.status());
    assertTrue(r.stderr().contains("serviceHours"), r.stderr());
  }
}
