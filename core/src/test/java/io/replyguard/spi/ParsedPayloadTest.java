package io.replyguard.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Deletion;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParsedPayloadTest {
  private static final Message M = Message.builder(Platform.TWITTER, Visibility.PUBLIC,
      "Meine IBAN ist DE89 3704 0044 0532 0130 00").id("1").build();

  @Test
  void messagesOrThrowReturnsTheMessagesWhenComplete() {
    ParsedPayload p = ParsedPayload.of(List.of(M));
    assertSame(p.messages(), p.messagesOrThrow());
    assertEquals(List.of(), p.deletions());
  }

  @Test
  void messagesOrThrowNamesTheFirstProblemAndCountsTheRest() {
    ParsedPayload one = new ParsedPayload(List.of(M), List.of(),
        List.of(new PayloadProblem("/entry/1/id", "required key 'id' is missing")));
    PayloadException e = assertThrows(PayloadException.class, one::messagesOrThrow);
    assertEquals("/entry/1/id", e.path());
    assertEquals("/entry/1/id: required key 'id' is missing", e.getMessage());
    ParsedPayload three = new ParsedPayload(List.of(), List.of(), List.of(
        new PayloadProblem("/a", "x"), new PayloadProblem("/b", "y"), new PayloadProblem("", "z")));
    assertEquals("/a: x (and 2 more problems)",
        assertThrows(PayloadException.class, three::messagesOrThrow).getMessage());
  }

  @Test
  void problemsRoundTripThroughExceptions() {
    PayloadProblem p = new PayloadProblem("/data/0/text", "expected a string but found a number");
    assertEquals(p, PayloadProblem.of(p.toException()));
    assertEquals(new PayloadProblem("", "malformed"),
        PayloadProblem.of(new PayloadException("", "malformed")));
    assertEquals("payload: malformed", new PayloadProblem("", "malformed").toString());
  }

  @Test
  void componentsAreCopiedAndToStringShowsNoText() {
    List<Message> messages = new ArrayList<>(List.of(M));
    ParsedPayload p = new ParsedPayload(messages, List.of(), List.of());
    messages.clear();
    assertEquals(1, p.messages().size());
    assertFalse(p.toString().contains("DE89"), p.toString());
    assertThrows(NullPointerException.class, () -> new ParsedPayload(null, List.of(), List.of()));
  }

  @Test
  void deletionsValidateAndShowIdsOnly() {
    Deletion d = new Deletion("m_1", Platform.FACEBOOK, Optional.of("7"),
        Optional.of(Instant.EPOCH), Map.of("facebook.kind", "messenger"));
    assertTrue(d.toString().contains("m_1"));
    assertEquals(Deletion.of(Platform.TWITTER, "9"), new Deletion("9", Platform.TWITTER,
        Optional.empty(), Optional.empty(), Map.of()));
    assertThrows(IllegalArgumentException.class, () -> Deletion.of(Platform.TWITTER, " "));
    assertThrows(IllegalArgumentException.class, () -> new Deletion("9", Platform.TWITTER,
        Optional.of(""), Optional.empty(), Map.of()));
    assertThrows(NullPointerException.class, () -> Deletion.of(null, "9"));
  }

  @Test
  void theDefaultParsePayloadWrapsParse() {
    PlatformAdapter throwing = new AdapterRegistryTest.CountingAdapter("acme", 10);
    PayloadException e = assertThrows(PayloadException.class, () -> throwing.parsePayload("{}"));
    assertEquals("payload: not supported by this test adapter", e.getMessage());
    PlatformAdapter parsing = new AdapterRegistryTest.CountingAdapter("acme", 10) {
      @Override
      public List<Message> parse(String json) {
        return List.of(M);
      }
    };
    assertEquals(ParsedPayload.of(List.of(M)), parsing.parsePayload("{}"));
  }
}
