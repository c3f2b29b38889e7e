package io.replyguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.replyguard.model.Channel;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.AdapterRegistry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OutageTopicTest {
  private final Replyguard guard = Replyguard.builder().adapters(AdapterRegistry.empty()).build();

  private static Message post(String text) {
    return Message.builder(Platform.TWITTER, Visibility.PUBLIC, text)
        .createdAt(Instant.parse("2026-11-23T10:00:00Z")).build();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Seit heute früh geht bei mir das Internet nicht, Störung?|internet",
      "Mein DSL ist schon wieder ausgefallen!|internet",
      "Our broadband has been down since this morning, is there an outage?|internet",
      "Kein Empfang im Mobilfunknetz, totaler Ausfall hier|mobile",
      "Festnetz tot, Störung in 10115?|landline",
      "Is there an outage? Nothing works since 8 am.|general",
      "Großstörung bei euch? Gar nichts geht mehr.|general"})
  void aPostReportingAnOutageHasItsTopic(String text, String topic) {
    assertEquals(Optional.of(topic), guard.outageTopic(post(text)), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Wie schalte ich mobile Daten am Handy aus?",
      "I want to cancel my contract.",
      "Danke für die schnelle Hilfe!",
      "Meine Rechnung ist zu hoch, bitte prüfen."})
  void aPostWithoutOutageHasNone(String text) {
    assertEquals(Optional.empty(), guard.outageTopic(post(text)), text);
  }

  @Test
  void askingForTheTopicRecordsNoReport() {
    Message m = post("Internet Störung in Berlin, seit Stunden kein Netz!");
    for (int i = 0; i < 20; i++) {
      guard.outageTopic(m);
    }
    // the default threshold is 5 reports: one advise after 20 topic queries is no burst
    assertNotEquals(Channel.BROADCAST, guard.advise(m).channel());
  }
}
