package io.replyguard.facebook;

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
 * The shared payload conformance data for Facebook and Messenger (test resources
 * {@code conformance/payloads/}, sources and licences beside it) run through
 * {@link FacebookAdapter#parsePayload}: every line of {@code facebook.jsonl} must give one of the
 * results {@code expected.jsonl} accepts for it (see {@link PayloadConformance}).
 */
class PayloadConformanceTest {
  static final FacebookAdapter ADAPTER = new FacebookAdapter();

  static List<PayloadConformance.Case> cases() {
    return PayloadConformance.cases(PayloadConformanceTest.class::getResourceAsStream, "facebook");
  }

  @Test
  void everyPayloadLineHasAnExpectation() {
    assertEquals(64, PayloadConformance.lines(PayloadConformanceTest.class::getResourceAsStream,
        "/conformance/payloads/facebook.jsonl").size());
    assertEquals(64, cases().size());
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
        ParsedPayload.of(List.of(Message.builder(Platform.FACEBOOK, Visibility.PUBLIC, "x").id("1")
            .build())), null));
  }
}
