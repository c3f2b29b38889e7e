package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streams from other tools: line ends, byte-order marks, long lines, failing output, parse memory. */
class StreamsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> result = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isEmpty()) {
        result.add(MAPPER.readTree(l));
      }
    }
    return result;
  }

  @Test
  void aBareCarriageReturnDoesNotSplitALine() throws IOException {
    MainTest.Result r = MainTest.run("{\"id\":1,\r\"text\":\"x\"}\n{\"id\":2,\"text\":\"y\"}\n"
        + "{\"id\":3,\"text\":\"a\rb\"}\n{\"id\":4,\"text\":\"z\"}\n", "scan");
    List<JsonNode> out = lines(r.out());
    assertEquals(4, out.size(), r.out());
    assertEquals("x", out.get(0).get("redacted").asText());
    assertEquals("y", out.get(1).get("redacted").asText());
    // an unescaped CR inside a string is a JSON error of that line only; numbering stays exact
    assertEquals(3, out.get(2).get("line").asInt());
    assertEquals(4, out.get(3).get("id").asInt());
    assertEquals(1, r.status());
  }

  @Test
  void crlfAndLfEndLinesAndTheLastLineNeedsNoEnd() throws IOException {
    MainTest.Result r = MainTest.run("{\"id\":1,\"text\":\"x\"}\r\n{\"id\":2,\"text\":\"y\"}\n"
        + "\r\n{\"id\":3,\"text\":\"z\"}", "scan");
    List<JsonNode> out = lines(r.out());
    assertEquals(List.of(1, 2, 3), out.stream().map(n -> n.get("id").asInt()).toList());
    assertEquals(0, r.status(), r.out());
  }

  @Test
  void aByteOrderMarkAtTheStartIsSkipped(@TempDir Path dir) throws IOException {
    MainTest.Result r = MainTest.run("\uFEFF{\"id\":1,\"text\":\"x\"}\n{\"id\":2,\"text\":\"y\"}\n",
        "scan");
    assertEquals(0, r.status(), r.out());
    assertEquals(2, lines(r.out()).size());
    Path config = dir.resolve("c.json");
    Files.write(config, ("\uFEFF{\"formality\": \"DU\"}").getBytes(StandardCharsets.UTF_8));
    MainTest.Result c = MainTest.run("{\"id\":1,\"text\":\"x\"}\n", "scan", "--config",
        config.toString());
    assertEquals(0, c.status(), c.err());
  }

  @Test
  void aByteOrderMarkElsewhereIsNotSkipped() throws IOException {
    MainTest.Result r = MainTest.run("{\"id\":1,\"text\":\"x\"}\n\uFEFF{\"id\":2,\"text\":\"y\"}\n",
        "scan");
    assertEquals(1, r.status());
    assertTrue(lines(r.out()).get(1).has("error"), r.out());
  }

  @Test
  void aLineTooLongIsAnErrorAndTheRestGoesOn() throws IOException {
    String huge = "{\"id\":2,\"text\":\"" + "a".repeat(LineReader.MAX_LINE_CHARS) + "\"}";
    MainTest.Result r = MainTest.run("{\"id\":1,\"text\":\"x\"}\n" + huge + "\n"
        + "{\"id\":3,\"text\":\"z\"}\n", "scan");
    List<JsonNode> out = lines(r.out());
    assertEquals(3, out.size());
    assertEquals("line 2: line: longer than 1048576 characters; skipped",
        out.get(1).get("error").asText());
    assertEquals(3, out.get(2).get("id").asInt());
    assertEquals(1, r.status());
  }

  @Test
  void lineReaderBoundsAndEnds() throws IOException {
    LineReader r = new LineReader(new StringReader("abc\r\nabcdef\nab\rc\nabcd\r\n\r"), 4);
    assertEquals("abc", r.next().text());
    assertTrue(r.next().tooLong());
    assertEquals("ab\rc", r.next().text());
    assertEquals("abcd", r.next().text(), "a CR before the LF does not count");
    assertEquals("\r", r.next().text(), "a CR at the end of the input without LF stays");
    assertNull(r.next());
  }

  /** An output stream like /dev/full: every write fails. */
  static final class FullDevice extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  @Test
  void aFailingOutputIsReportedAndNotExitZero() {
    for (String command : List.of("scan", "demo")) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = Main.run(new String[] {command},
          new ByteArrayInputStream("{\"id\":1,\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8)),
          new PrintStream(new FullDevice(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), false);
      assertEquals(Main.OUTPUT_FAILED, status, command);
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot write the output"),
          err.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void redeliveryIsJudgedByContentNotByHashCode() throws IOException {
    // "Aa" and "BB" have the same String.hashCode and length: an edit made of such a swap used to
    // pass as a redelivery, and its text was never scanned
    assertEquals("Aa".hashCode(), "BB".hashCode());
    String first = ParseFacebookCommandTest.BATCH;
    String edited = first.replace("\"w1\"", "\"w2\"").replace("Schreibt mir", "Schreibt mAa")
        .replace("Hallo", "HaBB");
    String original = first.replace("Schreibt mir", "Schreibt mBB").replace("Hallo", "HaAa");
    MainTest.Result r = MainTest.run(original + "\n" + edited + "\n", "parse", "--platform",
        "facebook");
    assertEquals(0, r.status(), r.out());
    long comments = lines(r.out()).stream()
        .filter(n -> n.get("messageId").asText().equals("5_9")).count();
    assertEquals(2, comments, "the edit is kept: " + r.out());
    MainTest.Result again = MainTest.run(original + "\n" + original + "\n", "parse", "--platform",
        "facebook");
    MainTest.Result once = MainTest.run(original + "\n", "parse", "--platform", "facebook");
    assertEquals(lines(once.out()).size(), lines(again.out()).size(),
        "an exact redelivery is still dropped");
  }

  @Test
  void theRedeliveryWindowIsBoundedWhateverTheIdLength() {
    RedeliveryWindow w = new RedeliveryWindow(1000);
    String longId = "x".repeat(10_000);
    for (int i = 0; i < 5000; i++) {
      Message m = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "Text " + i)
          .id(longId + i).build();
      assertTrue(w.firstDelivery(m));
      assertTrue(w.size() <= 1000);
    }
    Message recent = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "Text 4999")
        .id(longId + 4999).build();
    assertFalse(w.firstDelivery(recent), "a recent delivery is remembered");
    Message old = Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "Text 0").id(longId + 0)
        .build();
    assertTrue(w.firstDelivery(old), "the oldest deliveries leave the window");
    assertEquals(32, RedeliveryWindow.digest(recent).length, "each entry keeps 32 bytes of digest");
    assertTrue((long) RedeliveryWindow.CAPACITY * RedeliveryWindow.ENTRY_BYTES
        <= RedeliveryWindow.MAX_BYTES);
  }
}
