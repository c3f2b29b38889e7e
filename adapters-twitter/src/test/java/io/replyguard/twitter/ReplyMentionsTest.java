package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.replyguard.Replyguard;
import io.replyguard.model.Author;
import io.replyguard.model.CheckResult;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Span;
import io.replyguard.model.Visibility;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * X does not count the @names at the start of a reply that address the conversation's
 * participants ({@link ReplyMentions}); they stay in the text the adapter sends. Replies shaped
 * like the ones brands post: one and several leading names, a name that is not a participant,
 * a name later in the text, in German and English.
 */
class ReplyMentionsTest {
  static final TwitterAdapter ADAPTER = new TwitterAdapter();
  static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  static final String GERMAN = ("Das tut uns leid! Bitte schicken Sie uns eine Direktnachricht mit"
      + " Ihrer Postleitzahl, dann prüfen wir die Störung an Ihrem Anschluss sofort. Wir melden"
      + " uns heute bis 18:00 Uhr bei Ihnen. Viele Grüße, Ihr Service-Team (Julia) – wir sind"
      + " Mo–Sa von 8 bis 20 Uhr für Sie da, auch am Wochenende. Danke!").substring(0, 280);
  static final String ENGLISH = ("Sorry to hear that! Please send us a direct message with your"
      + " postcode and we will check the outage at your line straight away. We will get back"
      + " to you today by 6:00 pm. Best wishes, your service team (Julia) - we are here for you"
      + " Mon-Sat from 8 am to 8 pm, weekends included. Thank you!!").substring(0, 280);

  /** The customer's post: written by @kunde_1, mentioning the brand and a friend. */
  static Message answered(String text) {
    return Message.builder(Platform.TWITTER, Visibility.PUBLIC, text).id("1861234567890123456")
        .author(new Author("6253282", Optional.of("kunde_1"), Optional.of("Kunde"),
            OptionalLong.empty()))
        .build();
  }

  static final Message POST = answered("@TelcoHilfe seit heute kein Internet, @anna_b auch nicht");

  static Draft reply(String text) {
    return Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(POST).at(NOW);
  }

  @Test
  void bodiesAreExactly280() {
    assertEquals(280, ADAPTER.measure(GERMAN, Visibility.PUBLIC).length());
    assertEquals(280, ADAPTER.measure(ENGLISH, Visibility.PUBLIC).length());
  }

  @Test
  void oneLeadingNameOfTheAuthorDoesNotCount() {
    for (String body : new String[] {GERMAN, ENGLISH}) {
      String text = "@kunde_1 " + body;
      TextLength reply = ADAPTER.measure(reply(text));
      assertEquals(280, reply.length(), body);
      assertTrue(reply.fits());
      // the same text as a post that answers nothing counts the name
      assertEquals(289, ADAPTER.measure(text, Visibility.PUBLIC).length());
      assertEquals(289, ADAPTER.measure(Draft.of(text, Platform.TWITTER, Visibility.PUBLIC))
          .length());
    }
  }

  @Test
  void severalLeadingNamesOfParticipantsDoNotCount() {
    // author, a name the answered post mentions, the brand it mentions; any case, several spaces
    String text = "@Kunde_1  @anna_b @telcohilfe\n" + GERMAN;
    assertEquals(280, ADAPTER.measure(reply(text)).length());
    assertEquals(280, ADAPTER.measure(reply("＠kunde_1\u00a0@ANNA_B " + ENGLISH)).length());
  }

  @Test
  void aNameThatIsNoParticipantCountsAndEndsTheDiscount() {
    assertEquals(280 + 9, ADAPTER.measure(reply("@fremder " + GERMAN)).length());
    // participants after it count too: the discount covers only the leading run
    assertEquals(280 + 9 + 9, ADAPTER.measure(reply("@fremder @kunde_1 " + ENGLISH)).length());
    // participants before it do not count, it does
    assertEquals(280 + 9, ADAPTER.measure(reply("@kunde_1 @fremder " + ENGLISH)).length());
    assertFalse(ADAPTER.measure(reply("@kunde_1 @fremder " + ENGLISH)).fits());
  }

  @Test
  void aNameLaterInTheTextCounts() {
    String de = GERMAN.substring(0, 270) + " @kunde_1";
    String en = ENGLISH.substring(0, 270) + " @kunde_1";
    assertEquals(279, ADAPTER.measure(reply(de)).length());
    assertEquals(279, ADAPTER.measure(reply(en)).length());
    assertEquals(280 + 15, ADAPTER.measure(reply("Danke @kunde_1 " + GERMAN)).length());
  }

  @Test
  void nameLikeWordsAreNoNames() {
    // an e-mail address, a name glued to punctuation, a 16-character name: all count
    assertEquals(280 + 12, ADAPTER.measure(reply("@kunde_1.de " + GERMAN)).length());
    assertEquals(280 + 10, ADAPTER.measure(reply("@kunde_1, " + GERMAN)).length());
    Message longName = answered("hallo").toBuilder().author(new Author("1",
        Optional.of("a234567890123456"), Optional.empty(), OptionalLong.empty())).build();
    Draft d = Draft.of("@a234567890123456 " + ENGLISH, Platform.TWITTER, Visibility.PUBLIC)
        .inReplyTo(longName);
    assertEquals(280 + 18, ADAPTER.measure(d).length());
  }

  @Test
  void onlyPublicRepliesToPublicPostsAreDiscounted() {
    String text = "@kunde_1 " + GERMAN;
    Draft dm = Draft.of(text, Platform.TWITTER, Visibility.PRIVATE).inReplyTo(POST);
    assertEquals(text.codePointCount(0, text.length()), ADAPTER.measure(dm).length());
    Message privateMessage = Message.builder(Platform.TWITTER, Visibility.PRIVATE, "hi")
        .id("1").author(new Author("6253282", Optional.of("kunde_1"), Optional.empty(),
            OptionalLong.empty())).build();
    Draft toDm = Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).inReplyTo(privateMessage);
    assertEquals(289, ADAPTER.measure(toDm).length());
  }

  @Test
  void theOverflowStartsAfterTheNamesAnd280Characters() {
    String text = "@kunde_1 @anna_b " + GERMAN + " Extra";
    TextLength length = ADAPTER.measure(reply(text));
    assertEquals(286, length.length());
    assertEquals(Optional.of(Span.of(17 + 280, text.length())), length.overflow());
  }

  @Test
  void participantsAreTheAuthorAndTheNamesTheAnsweredPostMentions() {
    assertEquals(Set.of("kunde_1", "telcohilfe", "anna_b"), ReplyMentions.participants(POST));
    // not a mention: glued to a word, an e-mail address, followed by another @
    assertEquals(Set.of("kunde_1"), ReplyMentions.participants(answered(
        "mail@example.de x@y @a@b")));
    Message noHandle = Message.builder(Platform.TWITTER, Visibility.PUBLIC, "Hilfe").id("2")
        .author(Author.of("99")).build();
    assertEquals(Set.of(), ReplyMentions.participants(noHandle));
  }

  @Test
  void theRequestKeepsTheNames() throws Exception {
    String text = "@kunde_1 @anna_b " + ENGLISH;
    var request = ADAPTER.replyRequest(reply(text));
    assertEquals(text, new ObjectMapper().readTree(request.jsonBody().orElseThrow()).get("text").asText());
  }

  @Test
  void theDraftCheckCountsAsX() {
    Replyguard guard = Replyguard.create();
    String text = "@kunde_1 " + GERMAN;
    CheckResult reply = guard.check(reply(text).withLocale(Locale.GERMAN));
    assertTrue(reply.findings().stream().noneMatch(f -> f.ruleId().equals("length.limit")),
        reply.findings()::toString);
    CheckResult post = guard.check(Draft.of(text, Platform.TWITTER, Visibility.PUBLIC).at(NOW)
        .withLocale(Locale.GERMAN));
    assertTrue(post.findings().stream().anyMatch(f -> f.ruleId().equals("length.limit")
        && f.span().equals(Span.of(280, text.length()))), post.findings()::toString);
  }

  /**
   * A reply's count is the same text's count as a post minus exactly the weight of its leading
   * participant names and spaces (1 each, 2 for the full-width ＠ and U+3000): nothing else
   * changes. (The rest is not measured alone: twitter-text's URL rules look at the character
   * before a URL, so "é1.gr" at the start of a text and after a space differ.)
   */
  @Property(tries = 500)
  void exactlyTheLeadingParticipantNamesAreDiscounted(@ForAll("prefixes") String prefix,
      @ForAll("bodies") String body) {
    String text = prefix + body;
    TextLength post = ADAPTER.measure(text, Visibility.PUBLIC);
    TextLength reply = ADAPTER.measure(reply(text));
    int prefixWeight = prefix.length() + (int) prefix.chars()
        .filter(c -> c == '\uff20' || c == '\u3000').count();
    assertEquals(post.length() - prefixWeight, reply.length(), text);
    if (!reply.fits()) {
      assertTrue(reply.validEnd() >= post.validEnd(), text);
    }
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.of("@kunde_1", "@KUNDE_1", "＠anna_b", "@TelcoHilfe")
        .flatMap(name -> Arbitraries.of(" ", "  ", "\n", "\u00a0", "\u3000").map(sep -> name
            + sep)).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.of("Danke", "Grüße", "siehe example.de/hilfe", "😀", "👍🏽", "e\u0301",
        "ありがとう", "https://t.co/abc", "x", "!", "1.", "#hilfe", " ", "\u00a9", "é1.gr",
        "@fremder ", "Straße ".repeat(12))
        .list().ofMinSize(1).ofMaxSize(60).map(l -> String.join("", l))
        .filter(s -> !s.startsWith(" ") && !s.startsWith("@"));
  }
}
