package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code replyguard parse --platform facebook} on Page webhook bodies, one per line. */
class ParseFacebookCommandTest {

  static final String EMAIL = "erika.mustermann@example.com";

  static final String BATCH = ("{\"id\":\"w1\",\"object\":\"page\",\"entry\":[{\"id\":\"900\",\"time\":1795428000,"
      + "\"changes\":["
      + "{\"field\":\"feed\",\"value\":{\"item\":\"reaction\",\"verb\":\"add\",\"post_id\":\"900_5\"}},"
      + "{\"field\":\"feed\",\"value\":{\"item\":\"comment\",\"verb\":\"add\",\"comment_id\":\"5_9\","
      + "\"post_id\":\"900_5\",\"parent_id\":\"900_5\",\"from\":{\"id\":\"42\",\"name\":\"Erika Mustermann\"},"
      + "\"created_time\":1795427990,\"message\":\"😡 Schreibt mir an EMAIL\"}}],"
      + "\"messaging\":[{\"sender\":{\"id\":\"771\"},\"recipient\":{\"id\":\"900\"},"
      + "\"timestamp\":1795427999876,\"message\":{\"mid\":\"m_1\",\"text\":\"Hallo\"}},"
      + "{\"sender\":{\"id\":\"900\"},\"recipient\":{\"id\":\"771\"},\"timestamp\":1795428000000,"
      + "\"message\":{\"mid\":\"m_2\",\"text\":\"Gern\",\"is_echo\":true}}]}]}")
      .replace("EMAIL", EMAIL);

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(new ObjectMapper().readTree(l));
      }
    }
    return nodes;
  }

  @Test
  void batchBecomesOneLinePerMessageWithoutPersonalData() throws Exception {
    MainTest.Result r = MainTest.run(BATCH + "\n", "parse", "--platform", "facebook");
    assertEquals(0, r.status(), r.out() + r.err());
    List<JsonNode> out = lines(r.out());
    assertEquals(3, out.size(), r.out());
    JsonNode comment = out.get(0);
    assertEquals("w1", comment.get("id").asText());
    assertEquals("5_9", comment.get("messageId").asText());
    assertEquals("facebook", comment.get("platform").asText());
    assertEquals("public", comment.get("visibility").asText());
    assertEquals("42", comment.get("author").get("id").asText());
    assertEquals("2026-11-23T09:59:50Z", comment.get("createdAt").asText());
    assertEquals("900_5", comment.get("inReplyTo").asText());
    assertEquals("900_5", comment.get("conversationId").asText());
    assertEquals("comment", comment.get("attributes").get("facebook.kind").asText());
    assertEquals("add", comment.get("attributes").get("facebook.verb").asText());
    assertEquals("900", comment.get("attributes").get("facebook.pageId").asText());
    JsonNode pii = comment.get("pii");
    String text = "😡 Schreibt mir an " + EMAIL;
    boolean emailFound = false;
    for (JsonNode p : pii) {
      if (p.get("type").asText().equals("EMAIL")) {
        assertEquals(text.indexOf(EMAIL), p.get("start").asInt(), "UTF-16 index after the emoji");
        assertEquals(text.length(), p.get("end").asInt());
        emailFound = true;
      }
    }
    assertTrue(emailFound, pii.toString());
    assertTrue(comment.get("redactedText").asText().startsWith("😡 Schreibt mir an "));

    JsonNode messenger = out.get(1);
    assertEquals("m_1", messenger.get("messageId").asText());
    assertEquals("private", messenger.get("visibility").asText());
    assertEquals("771", messenger.get("conversationId").asText());
    assertEquals("2026-11-23T09:59:59.876Z", messenger.get("createdAt").asText());
    assertEquals("false", messenger.get("attributes").get("facebook.isEcho").asText());
    assertEquals("true", out.get(2).get("attributes").get("facebook.isEcho").asText());
    assertEquals("771", out.get(2).get("attributes").get("facebook.psid").asText());

    assertFalse(r.out().contains(EMAIL), r.out());
    assertFalse(r.out().contains("Mustermann"), r.out());
  }

  @Test
  void duplicatesAcrossLinesAreDropped() throws Exception {
    MainTest.Result r = MainTest.run(BATCH + "\n" + BATCH.replace("\"w1\"", "\"w2\"") + "\n",
        "parse", "--platform", "facebook");
    assertEquals(0, r.status(), r.err());
    assertEquals(3, lines(r.out()).size(), r.out());
  }

  @Test
  void anEditOfTheSameCommentInALaterLineIsKept() throws Exception {
    String edited = BATCH.replace("\"w1\"", "\"w3\"").replace("\"verb\":\"add\",\"comment_id\"",
        "\"verb\":\"edited\",\"comment_id\"").replace("Schreibt mir", "Schreiben Sie mir");
    MainTest.Result r = MainTest.run(BATCH + "\n" + edited + "\n", "parse", "--platform", "facebook");
    assertEquals(0, r.status(), r.err());
    List<JsonNode> out = lines(r.out());
    assertEquals(4, out.size(), "the edit is a new delivery, the Messenger events are redeliveries: "
        + r.out());
    assertEquals("edited", out.get(3).get("attributes").get("facebook.verb").asText());
    assertEquals("w3", out.get(3).get("id").asText());
  }

  @Test
  void badLinesNameTheJsonPointerAndProcessingGoesOn() throws Exception {
    String missingCommentId = BATCH.replace("\"comment_id\":\"5_9\",", "").replace("\"w1\"", "\"bad\"");
    String reactionsOnly = "{\"id\":\"quiet\",\"object\":\"page\",\"entry\":[{\"id\":\"900\",\"changes\":["
        + "{\"field\":\"feed\",\"value\":{\"item\":\"reaction\",\"verb\":\"add\",\"post_id\":\"900_5\"}}]}]}";
    String twitter = "{\"id\":7,\"for_user_id\":\"1\",\"tweet_create_events\":[]}";
    String malformed = "{\"object\":\"page\",";
    MainTest.Result r = MainTest.run(String.join("\n", missingCommentId, reactionsOnly, twitter,
        malformed) + "\n", "parse", "--platform", "facebook");
    assertEquals(1, r.status(), r.err());
    List<JsonNode> out = lines(r.out());
    // Line 1: the bad comment is reported, the good Messenger messages of the same body are kept.
    assertEquals(List.of("m_1", "m_2"), out.subList(0, 2).stream()
        .map(o -> o.get("messageId").asText()).toList());
    assertTrue(out.subList(0, 2).stream().allMatch(o -> o.get("id").asText().equals("bad")));
    out = out.subList(2, out.size());
    assertEquals(3, out.size(), "the reactions-only line yields no message: " + r.out());
    assertEquals("bad", out.get(0).get("id").asText());
    assertEquals(1, out.get(0).get("line").asInt());
    assertEquals("line 1: /entry/0/changes/1/value/comment_id: required key 'comment_id' is missing",
        out.get(0).get("error").asText());
    assertEquals(7, out.get(1).get("id").asInt());
    assertEquals(3, out.get(1).get("line").asInt());
    assertTrue(out.get(1).get("error").asText().startsWith("line 3: payload: not a Facebook"
        + " payload: expected a Page webhook body"),
        out.get(1).toString());
    assertTrue(out.get(2).get("id").isNull());
    assertEquals(4, out.get(2).get("line").asInt());
    assertFalse(r.out().contains(EMAIL), r.out());
    assertFalse(r.out().contains("Mustermann"), r.out());
  }
}
