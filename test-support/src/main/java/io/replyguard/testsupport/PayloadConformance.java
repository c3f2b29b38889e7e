package io.replyguard.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.model.Message;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.PlatformAdapter;
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
import java.util.function.Function;

/**
 * The shared payload conformance data (test resources {@code conformance/payloads/}: real
 * payloads from MIT-licensed projects, sources in {@code SOURCES.md}, licences in
 * {@code LICENSES.md}) and how a result is judged against {@code expected.jsonl}. Each adapter's
 * {@code PayloadConformanceTest} runs its platform's lines through its adapter.
 *
 * <p>Kinds of accepted results: {@code messages} (no problem reported, exactly these messages in
 * this order; {@code "*"} matches any value, {@code null} an absent one, attributes are a subset),
 * {@code none} (no message, no problem), {@code error} (a {@link PayloadException} or a reported
 * problem), {@code any} (anything but an exception).
 */
public final class PayloadConformance {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PayloadConformance() {}

  /** One payload line with its expectation. */
  public record Case(String description, String payload, JsonNode expected) {
    @Override
    public String toString() {
      return description;
    }
  }

  /**
   * The lines of a resource.
   *
   * @param open opens a resource of the calling test's module, e.g.
   *     {@code PayloadConformanceTest.class::getResourceAsStream} (resources of a named module are
   *     visible only to its own code)
   * @param resource the resource path
   * @return the lines
   */
  public static List<String> lines(Function<String, InputStream> open, String resource) {
    InputStream in = open.apply(resource);
    Objects.requireNonNull(in, resource);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cases of one platform, in the order of {@code expected.jsonl}.
   *
   * @param open opens a resource of the calling test's module (see {@link #lines})
   * @param platform the platform id, the name of its payload file
   * @return the cases
   */
  public static List<Case> cases(Function<String, InputStream> open, String platform) {
    List<String> payloads = lines(open, "/conformance/payloads/" + platform + ".jsonl");
    List<Case> out = new ArrayList<>();
    try {
      for (String e : lines(open, "/conformance/payloads/expected.jsonl")) {
        JsonNode expected = JSON.readTree(e);
        if (expected.get("platform").asText().equals(platform)) {
          int line = expected.get("line").asInt();
          out.add(new Case(line + ": " + expected.get("shape").asText(),
              payloads.get(line - 1), expected));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Why an adapter's result for a case is none of the accepted ones, or null when it is one.
   *
   * @param adapter the adapter
   * @param c the case
   * @return null, or the reasons for each accepted result it is not
   */
  public static String check(PlatformAdapter adapter, Case c) {
    ParsedPayload result;
    PayloadException error = null;
    try {
      result = adapter.parsePayload(c.payload());
    } catch (PayloadException e) {
      result = null;
      error = e;
    }
    List<String> mismatches = new ArrayList<>();
    for (JsonNode accept : c.expected().get("accept")) {
      String mismatch = mismatch(accept, result, error);
      if (mismatch == null) {
        return null;
      }
      mismatches.add(mismatch);
    }
    return c.description() + " (" + c.expected().get("note").asText() + "): " + mismatches;
  }

  /**
   * Why a result is not the accepted one, or null when it is.
   *
   * @param accept one accepted result of {@code expected.jsonl}
   * @param result the parsed payload, null when parsing threw
   * @param error what parsing threw, or null
   * @return null, or why not
   */
  public static String mismatch(JsonNode accept, ParsedPayload result, PayloadException error) {
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

}
