package io.replyguard.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdapterRegistryTest {

  /** A minimal adapter for one platform, counting UTF-16 units against a fixed limit. */
  static class CountingAdapter implements PlatformAdapter {
    private final Platform platform;
    private final int limit;

    CountingAdapter(String platform, int limit) {
      this.platform = Platform.of(platform);
      this.limit = limit;
    }

    @Override
    public Platform platform() {
      return platform;
    }

    @Override
    public TextLength measure(String text, Visibility visibility) {
      return new TextLength(text.length(), limit, Math.min(limit, text.length()), text.length());
    }

    @Override
    public List<Message> parse(String json) {
      throw new PayloadException("", "not supported by this test adapter");
    }

    @Override
    public OutboundRequest replyRequest(Draft draft) {
      return OutboundRequest.of("POST", "/reply", "{}");
    }

    @Override
    public Optional<OutboundRequest> hideRequest(Message original) {
      return Optional.empty();
    }

    @Override
    public List<Finding> policy(Draft draft, Instant now) {
      return List.of();
    }
  }

  static final class OtherAcmeAdapter extends CountingAdapter {
    OtherAcmeAdapter() {
      super("acme", 5);
    }
  }

  @Test
  void registeredAdaptersAreFoundByPlatform() {
    CountingAdapter acme = new CountingAdapter("acme", 10);
    AdapterRegistry r = AdapterRegistry.builder().register(acme).build();
    assertSame(acme, r.require(Platform.of("acme")));
    assertEquals(Optional.empty(), r.find(Platform.of("other")));
    assertEquals(List.of("acme"), r.platforms());
  }

  @Test
  void twoAdaptersForOnePlatformNameBothClasses() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> AdapterRegistry.builder().register(new CountingAdapter("acme", 10))
            .register(new OtherAcmeAdapter()).build());
    assertTrue(e.getMessage().contains("two adapters for platform 'acme'"), e.getMessage());
    assertTrue(e.getMessage().contains(CountingAdapter.class.getName()), e.getMessage());
    assertTrue(e.getMessage().contains(OtherAcmeAdapter.class.getName()), e.getMessage());
  }

  @Test
  void missingAdapterNamesThePlatformAndTheInstalledOnes() {
    AdapterRegistry r = AdapterRegistry.builder().register(new CountingAdapter("acme", 10)).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> r.require(Platform.of("mastodon")));
    assertTrue(e.getMessage().startsWith("no adapter for platform 'mastodon'; installed: {acme="),
        e.getMessage());
    assertTrue(e.getMessage().contains("replyguard-adapters-mastodon"), e.getMessage());
  }

  @Test
  void adaptersWithoutLimitsRejectLimitOverrides() {
    CountingAdapter a = new CountingAdapter("acme", 10);
    assertSame(a, a.withLimits(Map.of()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> a.withLimits(Map.of("post", 3)));
    assertEquals("platform acme has no configurable length limits: [post]", e.getMessage());
  }

  @Test
  void textLengthReportsTheOverflow() {
    TextLength fits = new TextLength(10, 10, 10, 10);
    assertTrue(fits.fits());
    assertEquals(Optional.empty(), fits.overflow());
    TextLength over = new TextLength(12, 10, 9, 11);
    assertEquals(Optional.of(io.replyguard.model.Span.of(9, 11)), over.overflow());
    assertThrows(IllegalArgumentException.class, () -> new TextLength(1, 0, 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new TextLength(1, 5, 2, 1));
  }

  @Test
  void outboundRequestsHideTheirBodyInToString() {
    OutboundRequest r = OutboundRequest.of("POST", "/2/tweets", "{\"text\":\"Meine IBAN DE89\"}");
    assertEquals("OutboundRequest[POST /2/tweets, body=<26 chars>]", r.toString());
    assertThrows(IllegalArgumentException.class, () -> OutboundRequest.withoutBody("PATCH", "/x"));
    assertThrows(IllegalArgumentException.class, () -> OutboundRequest.withoutBody("GET", "x"));
  }

  @Test
  void payloadExceptionNamesThePointer() {
    PayloadException e = new PayloadException("/data/0/id", "required key 'id' is missing");
    assertEquals("/data/0/id: required key 'id' is missing", e.getMessage());
    assertEquals("/data/0/id", e.path());
    assertEquals("payload: malformed", new PayloadException("", "malformed").getMessage());
  }
}
