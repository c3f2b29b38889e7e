package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.examples.cli.CommitCommandTest.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderCommandTest {
  private static Run run(String stdin) {
    return CommitCommandTest.run(stdin, "render");
  }

  @Test
  void rendersWithCommitmentAndRotatesVariants() {
    String line = "{\"id\":%d,\"template\":\"acknowledgement\",\"now\":\"2026-11-23T10:15:00+01:00\","
        + "\"values\":{\"customerName\":\"Frau Weber\"}}";
    Run r = run(String.format(line, 1) + "\n" + String.format(line, 2));
    assertEquals(0, r.status(), r.stderr());
    assertEquals("{\"id\":1,\"text\":\"Hallo Frau Weber, danke für Ihre Nachricht. Wir kümmern "
        + "uns darum und melden uns innerhalb der nächsten Stunde bei Ihnen.\"}", r.lines().get(0));
    assertTrue(r.lines().get(1).contains("innerhalb der nächsten Stunde"), r.lines().get(1));
    assertNotEquals(r.lines().get(0).substring(8), r.lines().get(1).substring(8));
  }

  @Test
  void rendersEnglishOutOfHours() {
    Run r = run("{\"id\":\"x\",\"template\":\"out-of-hours\",\"locale\":\"en\","
        + "\"now\":\"2026-11-28T21:00:00+01:00\",\"values\":{\"customerName\":\"Sam\"}}");
    assertEquals(List.of("{\"id\":\"x\",\"text\":\"Hi Sam, thanks for your message. Our team is "
        + "available Mon–Sat 8 am–8 pm and will get back to you on Monday, 30 November, from "
        + "8:00 am.\"}"), r.lines());
  }

  @Test
  void nowDefaultsToTheCurrentTime() {
    Run r = run("{\"id\":1,\"template\":\"thanks\",\"values\":{\"customerName\":\"Sam\"}}");
    assertEquals(0, r.status(), r.stderr());
    assertTrue(r.lines().get(0).startsWith("{\"id\":1,\"text\":\"Vielen Dank, Sam!"));
  }

  @Test
  void badLinesNameTheProblemWithoutEchoingValues() {
    Run r = run(String.join("\n",
        "{\"id\":1,\"template\":\"acknowledgement\",\"values\":{}}",
        "{\"id\":2,\"template\":\"thanks\",\"values\":{\"customerName\":\"Erika\",\"iban\":\"DE89370400440532013000\"}}",
        "{\"id\":3,\"template\":\"nope\",\"values\":{}}",
        "{\"id\":4,\"template\":\"thanks\",\"values\":{\"customerName\":7}}",
        "{\"id\":5,\"template\":\"thanks\"}",
        "{\"id\":6,\"template\":\"thanks\",\"values\":{\"customerName\":\"Erika\"},\"locale\":\"fr\"}",
        "{\"id\":7,\"template\":\"personal-data-warning\",\"values\":{\"customerName\":\"Erika\",\"channel\":\"FAX\"}}"));
    assertEquals(1, r.status());
    List<String> l = r.lines();
    assertEquals(7, l.size());
    assertTrue(l.get(0).contains("/values: template 'acknowledgement' (de): missing value for "
        + "placeholder {customerName}"), l.get(0));
    assertTrue(l.get(1).contains("/values: template 'thanks' (de): unknown value 'iba…' (4 "
        + "characters)"), l.get(1));
    assertTrue(l.get(2).contains("/template: unknown template; known: ["), l.get(2));
    assertTrue(l.get(3).contains("/values/customerName"), l.get(3));
    assertTrue(l.get(4).contains("values"), l.get(4));
    assertTrue(l.get(5).contains("/locale"), l.get(5));
    assertTrue(l.get(6).contains("/values: ") && l.get(6).contains("{channel} must be one of"),
        l.get(6));
    for (String line : l) {
      assertFalse(line.contains("Erika") || line.contains("DE89") || line.contains("FAX"), line);
    }
  }
}
