package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.testsupport.PayloadConformance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared payload conformance data for X (test resources
 * {@code conformance/payloads/}, sources and licences beside it) run through
 * {@link TwitterAdapter#parsePayload}: every line of {@code twitter.jsonl} must give one of the
 * results {@code expected.jsonl} accepts for it (see {@link PayloadConformance}).
 */
class PayloadConformanceTest {
  static final TwitterAdapter ADAPTER = new TwitterAdapter();

  static List<PayloadConformance.Case> cases() {
    return PayloadConformance.cases(PayloadConformanceTest.class::getResourceAsStream, "twitter");
  }

  @Test
  void everyPayloadLineHasAnExpectation() {
    assertEquals(28, PayloadConformance.lines(PayloadConformanceTest.class::getResourceAsStream,
        "/conformance/payloads/twitter.jsonl").size());
    assertEquals(28, cases().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void payloadGivesAnAcceptedResult(PayloadConformance.Case c) {
    assertNull(PayloadConformance.check(ADAPTER, c));
  }

  @Test
  void theComparisonCanFail() {
    assertNotNull(PayloadConformance.mismatch(
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("kind", "none"),
        ParsedPayload.of(List.of(Message.builder(Platform.TWITTER, Visibility.PUBLIC, "x").id("1")
            .build())), null));
  }
}
