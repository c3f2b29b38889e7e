package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile configuration files: exit status 2, the JSON Pointer on stderr, nothing quoted raw. */
class ConfigCliTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      {"boilerplate":{"similarity":0.8,"capacity":10,"retention":"P1000000000D"}} | /boilerplate/retention
      {"burst":{"threshold":3,"window":"PT2562047788015215H","maxTracked":10}}     | /burst/window
      {"serviceLevel":"P3660D"}                                                    | /serviceLevel
      {"closures":[{"from":"2000-01-01T00:00","to":"2100-01-01T00:00"}]}           | /closures
      {"serviceHours":{"monday":["24:00-24:00"]}}                                 | /serviceHours/monday/0
      {"recognizers":[{"id":"r","type":"PHONE","pattern":"((a{1000}){1000}){1000}"}]} | /recognizers/0/pattern
      {"max@example.de":1}                                                         | configuration
      {"draftRules":[{"id":"d","category":"TONE","severity":"INFO","keywords":["x"],"platforms":["mastodon"],"message":{"de":"m"}}]} | /draftRules/0/platforms/0
      """)
  void hostileConfigurationsExitWithStatusTwoNamingThePointer(String json, String pointer,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("c.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    MainTest.Result r = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> MainTest.run("{\"id\":1,\"text\":\"x\"}\n", "scan", "--config", file.toString()));
    assertEquals(2, r.status(), r.err());
    assertTrue(r.err().startsWith("replyguard: configuration error: " + pointer + ": "), r.err());
    assertFalse(r.err().contains("max@example.de"), r.err());
    assertTrue(r.out().isEmpty(), r.out());
  }
}
