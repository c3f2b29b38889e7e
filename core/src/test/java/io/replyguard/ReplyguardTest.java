package io.replyguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.spi.AdapterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplyguardTest {

  @Test
  void platformLimitsForAMissingAdapterFailNamingThePath() {
    ReplyguardConfig config = ReplyguardConfig.builder()
        .platformLimits(Map.of("mastodon", Map.of("post", 500))).build();
    ConfigException e = assertThrows(ConfigException.class, () -> Replyguard.builder()
        .config(config).adapters(AdapterRegistry.empty()).build());
    assertEquals("/platformLimits/mastodon", e.path());
    assertTrue(e.getMessage().contains("no adapter installed for platform 'mastodon'"),
        e.getMessage());
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    Replyguard.Builder b = Replyguard.builder();
    assertEquals("config", assertThrows(NullPointerException.class, () -> b.config(null)).getMessage());
    assertEquals("clock", assertThrows(NullPointerException.class, () -> b.clock(null)).getMessage());
    assertEquals("adapters",
        assertThrows(NullPointerException.class, () -> b.adapters(null)).getMessage());
  }
}
