package io.replyguard.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code replyguard parse --platform twitter} over raw X payloads, one JSON document per line. */
class ParseTwitterCommandTest {
  static final String IBAN = "DE89 3704 0044 0532 0130 00";

  static final String DM_BODY = "{\"for_user_id\":\"783214\",\"direct_message_events\":[{\"type\":"
      + "\"message_create\",\"id\":\"954491830116155396\",\"created_timestamp\":\"1516403560557\","
      + "\"message_create\":{\"target\":{\"recipient_id\":\"783214\"},\"sender_id\":\"6253282\","
      + "\"message_data\":{\"text\":\"Meine IBAN ist " + IBAN + ", bitte abbuchen\"}}}],"
      + "\"users\":{\"6253282\":{\"id\":\"6253282\",\"name\":\"Max Mustermann\","
      + "\"screen_name\":\"maxmuster\",\"followers_count\":42}}}";

  static final String POST_BODY = "{\"for_user_id\":\"783214\",\"tweet_create_events\":[{"
      + "\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\",\"id_str\":\"1050118621198921728\","
      + "\"text\":\"@TelcoHilfe kein Netz seit heute\",\"in_reply_to_status_id_str\":\"1050\","
      + "\"in_reply_to_user_id_str\":\"783214\",\"lang\":\"de\",\"user\":{\"id_str\":\"6253282\","
      + "\"screen_name\":\"maxmuster\",\"name\":\"Max Mustermann\",\"followers_count\":42}}]}";

  static final String MISSING_ID = "{\"for_user_id\":\"783214\",\"tweet_create_events\":[{"
      + "\"text\":\"hallo\",\"user\":{\"id_str\":\"6253282\"}}]}";

  record Result(int status, List<JsonNode> lines, String out, String err) {}

  static Result run(String stdin) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"parse", "--platform", "twitter"},
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    String text = out.toString(StandardCharsets.UTF_8);
    List<JsonNode> lines = new ArrayList<>();
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        lines.add(new ObjectMapper().readTree(l));
      }
    }
    return new Result(status, lines, text, err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void webhookBodiesBecomeNormalizedMessagesWithoutPersonalData() throws Exception {
    Result r = run(DM_BODY + "\n" + POST_BODY + "\n");
    assertEquals(0, r.status(), r.err() + r.out());
    assertEquals(2, r.lines().size(), r.out());

    JsonNode dm = r.lines().get(0);
    assertEquals("954491830116155396", dm.get("messageId").asText());
    assertEquals("twitter", dm.get("platform").asText());
    assertEquals("private", dm.get("visibility").asText());
    assertEquals("6253282", dm.get("author").get("id").asText());
    assertEquals(42, dm.get("author").get("followers").asInt());
    assertEquals("2018-01-19T23:12:40.557Z", dm.get("createdAt").asText());
    assertEquals("dm", dm.get("attributes").get("twitter.kind").asText());
    assertEquals("false", dm.get("attributes").get("twitter.fromPage").asText());
    assertEquals("IBAN", dm.get("pii").get(0).get("type").asText());
    assertFalse(dm.get("redactedText").asText().contains("3704"), dm.toString());

    JsonNode post = r.lines().get(1);
    assertEquals("1050118621198921728", post.get("messageId").asText());
    assertEquals("public", post.get("visibility").asText());
    assertEquals("de", post.get("locale").asText());
    assertEquals("1050", post.get("inReplyTo").asText());
    assertEquals("2018-10-10T20:19:24Z", post.get("createdAt").asText());
    assertEquals("true", post.get("attributes").get("twitter.replyToPage").asText());
    assertEquals("@TelcoHilfe kein Netz seit heute", post.get("redactedText").asText());

    for (String secret : List.of(IBAN, "Max Mustermann", "maxmuster")) {
      assertFalse(r.out().contains(secret), r.out());
      assertFalse(r.err().contains(secret), r.err());
    }
  }

  @Test
  void duplicatesAcrossLinesAreDroppedAndBadLinesNameThePointer() throws Exception {
    Result r = run(DM_BODY + "\n" + MISSING_ID + "\n" + DM_BODY + "\n" + POST_BODY + "\n");
    assertEquals(1, r.status(), r.err());
    assertEquals(3, r.lines().size(), r.out());
    assertEquals("954491830116155396", r.lines().get(0).get("messageId").asText());
    JsonNode error = r.lines().get(1);
    assertEquals(2, error.get("line").asInt());
    assertTrue(error.get("error").asText().contains("/tweet_create_events/0/id_str"),
        error.toString());
    assertEquals("1050118621198921728", r.lines().get(2).get("messageId").asText());
  }
}
