package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.model.Message;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared payload conformance data (test resources {@code conformance/payloads/}: real X
 * payloads from MIT-licensed projects, sources in {@code SOURCES.md}, licences in
 * {@code LICENSES.md}) run through {@link TwitterAdapter#parsePayload}: every line of
 * {@code twitter.jsonl} must give one of the results {@code expected.jsonl} accepts for it.
 *
 * <p>Kinds of accepted results: {@code messages} (no problem reported, exactly these messages in
 * this order; {@code "*"} matches any value, {@code null} an absent one, attributes are a subset),
 * {@code none} (no message, no problem), {@code error} (a {@link PayloadException} or a reported
 * problem), {@code any} (anything but an exception).
 */
class PayloadConformanceTest {
  static final String PLATFORM = "twitter";
  static final ObjectMapper JSON = new ObjectMapper();
  static final TwitterAdapter ADAPTER = new TwitterAdapter();

  static List<String> lines(String resource) {
    InputStream in = PayloadConformanceTest.class.getResourceAsStream(resource);
    Objects.requireNonNull(in, resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<String> payloads = lines("/conformance/payloads/" + PLATFORM + ".jsonl");
    List<Arguments> out = new ArrayList<>();
    for (String e : lines("/conformance/payloads/expected.jsonl")) {
      JsonNode expected = JSON.readTree(e);
      if (expected.get("platform").asText().equals(PLATFORM)) {
        int line = expected.get("line").asInt();
        out.add(Arguments.of(line + ": " + expected.get("shape").asText(),
            payloads.get(line - 1), expected));
      }
    }
    return out.stream();
  }

  @Test
  void everyPayloadLineHasAnExpectation() throws IOException {
    assertEquals(28, lines("/conformance/payloads/" + PLATFORM + ".jsonl").size());
    assertEquals(28, cases().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void payloadGivesAnAcceptedResult(String description, String payload, JsonNode expected) {
    ParsedPayload result;
    PayloadException error = null;
    try {
      result = ADAPTER.parsePayload(payload);
    } catch (PayloadException e) {
      result = null;
      error = e;
    }
    List<String> mismatches = new ArrayList<>();
    for (JsonNode accept : expected.get("accept")) {
      String mismatch = mismatch(accept, result, error);
      if (mismatch == null) {
        return;
      }
      mismatches.add(mismatch);
    }
    fail(description + " (" + expected.get("note").asText() + "): " + mismatches);
  }

  /** Why the result is not the accepted one, or null when it is. */
  static String mismatch(JsonNode accept, ParsedPayload result, PayloadException error) {
    String kind = accept.get("kind").asText();
    if (kind.equals("error")) {
      return error != null || !result.problems().isEmpty() ? null : "no error";
    }
    if (error != null) {
      return "error " + error.getMessage();
    }
    switch (kind) {
      case "any":
        return null;
      case "none":
        return result.messages().isEmpty() && result.problems().isEmpty() ? null
            : "expected none, got " + result.messages().size() + " messages, problems "
            + result.problems();
      case "messages":
        if (!result.problems().isEmpty()) {
          return "problems " + result.problems();
        }
        JsonNode want = accept.get("messages");
        if (want.size() != result.messages().size()) {
          return "expected " + want.size() + " messages, got " + result.messages().size();
        }
        for (int i = 0; i < want.size(); i++) {
          String m = compare(want.get(i), result.messages().get(i));
          if (m != null) {
            return "message " + i + ": " + m;
          }
        }
        return null;
      default:
        throw new AssertionError("unknown kind " + kind);
    }
  }

  static String compare(JsonNode want, Message got) {
    if (!matches(want.get("messageId"), got.id())) {
      return "messageId " + got.id();
    }
    if (!want.get("visibility").asText().equals(got.visibility().name().toLowerCase())) {
      return "visibility " + got.visibility();
    }
    if (!matches(want.get("authorId"), got.author().map(a -> a.id()).orElse(null))) {
      return "authorId " + got.author().map(a -> a.id()).orElse(null);
    }
    JsonNode created = want.get("createdAt");
    Instant gotCreated = got.createdAt().orElse(null);
    if (created.isNull() ? gotCreated != null
        : !Instant.parse(created.asText()).equals(gotCreated)) {
      return "createdAt " + gotCreated;
    }
    if (!matches(want.get("inReplyTo"), got.inReplyTo().orElse(null))) {
      return "inReplyTo " + got.inReplyTo().orElse(null);
    }
    if (!matches(want.get("text"), got.text())) {
      return "text differs (" + got.text().length() + " chars)";
    }
    JsonNode followers = want.get("followers");
    if (followers != null) {
      Long gotFollowers = got.author().filter(a -> a.followers().isPresent())
          .map(a -> a.followers().getAsLong()).orElse(null);
      if (followers.isNull() ? gotFollowers != null
          : !Long.valueOf(followers.asLong()).equals(gotFollowers)) {
        return "followers " + gotFollowers;
      }
    }
    JsonNode attributes = want.get("attributes");
    if (attributes != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> a = it.next();
        if (!a.getValue().asText().equals(got.attributes().get(a.getKey()))) {
          return "attribute " + a.getKey() + " = " + got.attributes().get(a.getKey());
        }
      }
    }
    return null;
  }

  static boolean matches(JsonNode want, String got) {
    if (want == null || want.isNull()) {
      return got == null;
    }
    if (want.asText().equals("*")) {
      return got != null;
    }
    return want.asText().equals(got);
  }

  @Test
  void theComparisonCanFail() {
    assertTrue(mismatch(JSON.createObjectNode().put("kind", "none"),
        ParsedPayload.of(List.of(Message.builder(io.replyguard.model.Platform.TWITTER,
            io.replyguard.model.Visibility.PUBLIC, "x").id("1").build())), null) != null);
  }
}
