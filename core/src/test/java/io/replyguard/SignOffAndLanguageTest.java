package io.replyguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Action;
import io.replyguard.model.Advice;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.PiiType;
import io.replyguard.model.Platform;
import io.replyguard.model.Verdict;
import io.replyguard.model.Visibility;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A first name alone in a public post hides nothing (the author's name is on the post), a full
 * name does; an agent's own name on the last line of a reply is a signature; findings of a draft
 * without a locale come in the language it is written in.
 */
class SignOffAndLanguageTest {
  private final Replyguard guard = Replyguard.builder()
      .adapters(io.replyguard.check.Fixture.adapters()).build();

  private static Message post(String text) {
    return Message.builder(Platform.TWITTER, Visibility.PUBLIC, text)
        .createdAt(Instant.parse("2026-12-02T09:00:00Z")).build();
  }

  private static Draft draft(String text) {
    return Draft.of(text, Platform.FACEBOOK, Visibility.PUBLIC)
        .at(Instant.parse("2026-12-02T09:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die App stürzt seit dem Update ab.\n\nGruß\nMaik",
      "Seit gestern geht das Login nicht mehr. Vielen Dank!\nOlgierd",
      "Danke für die schnelle Hilfe, läuft wieder!\n\nLG Anna",
      "The app crashes on start since the update.\n\nBest regards\nMichael",
      "Thanks for fixing it so quickly!\n\nCheers,\nBoyd",
      "Still no refund after two weeks.\n\nThanks,\nTom"})
  void aFirstNameAloneHidesNothing(String text) {
    Advice a = guard.advise(post(text));
    assertTrue(a.pii().stream().anyMatch(f -> f.type() == PiiType.PERSON_NAME),
        () -> "the sign-off is still reported: " + a.pii());
    assertFalse(a.actions().contains(Action.HIDE_ORIGINAL), () -> a.toString());
    assertFalse(a.actions().contains(Action.WARN_CUSTOMER), () -> a.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Die App stürzt seit dem Update ab.\n\nViele Grüße\nMaik Bergmann",
      "Mein Name ist Anna Beispiel, bitte ruft mich zurück.",
      "The app crashes on start since the update.\n\nKind regards,\nMarta Kowalczyk",
      "my name is Chris Miller and nobody answers my emails"})
  void aFullNameStillHidesThePost(String text) {
    Advice a = guard.advise(post(text));
    assertTrue(a.actions().contains(Action.HIDE_ORIGINAL), () -> a.toString());
    assertTrue(a.actions().contains(Action.WARN_CUSTOMER), () -> a.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Hey Frank,\n\nder Fehler ist behoben, das Update ist schon draußen.\n\nMike",
      "Danke für den Hinweis, ist korrigiert.\n\n- Jana",
      "Thanks for the report, it is fixed in the current version.\n\nMike",
      "Glad it works again!\n\n^Jenny"})
  void theAgentsNameOnTheLastLineIsASignature(String text) {
    CheckResult r = guard.check(draft(text));
    assertEquals(Verdict.ALLOW, r.verdict(), () -> r.findings().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Please post your email address here so we can check your account.",
      "Could you reply here with your order number? We will look into it shortly.",
      "We will get back to you soon."})
  void anEnglishDraftWithoutLocaleGetsEnglishFindings(String text) {
    CheckResult r = guard.check(draft(text));
    assertFalse(r.findings().isEmpty(), text);
    for (Finding f : r.findings()) {
      assertFalse(f.message().matches(".*\\b(Sie|Ihre?|wir|nicht|öffentlich|Daten)\\b.*"),
          () -> "German message for an English draft: " + f.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Bitte nennen Sie uns hier Ihre Kundennummer, dann prüfen wir das.",
      "Wir melden uns zeitnah bei Ihnen."})
  void aGermanDraftWithoutLocaleGetsGermanFindings(String text) {
    CheckResult r = guard.check(draft(text));
    assertFalse(r.findings().isEmpty(), text);
    for (Finding f : r.findings()) {
      assertFalse(f.message().matches(".*\\b(the|your|you|please|public)\\b.*"),
          () -> "English message for a German draft: " + f.message());
    }
  }
}
