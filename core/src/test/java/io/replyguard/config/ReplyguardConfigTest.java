package io.replyguard.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.replyguard.model.Formality;
import io.replyguard.model.PiiType;
import io.replyguard.model.Severity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyguardConfigTest {

  @Test
  void embeddedDefaultIsAGermanOperatorMondayToSaturday() {
    ReplyguardConfig c = ReplyguardConfig.defaults();
    assertEquals(Locale.forLanguageTag("de"), c.locale());
    assertEquals(ZoneId.of("Europe/Berlin"), c.zone());
    assertEquals(Formality.SIE, c.formality());
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
      assertEquals(List.of(OpeningWindow.of(LocalTime.of(8, 0), LocalTime.of(20, 0))),
          c.serviceHours().on(d));
    }
    assertEquals(List.of(), c.serviceHours().on(DayOfWeek.SUNDAY));
    assertTrue(c.holidays().germanNational());
    assertEquals(Duration.ofHours(1), c.serviceLevel());
  }

  @Test
  void defaultSurvivesAJsonRoundTrip() {
    ReplyguardConfig c = ReplyguardConfig.defaults();
    assertEquals(c, ReplyguardConfig.fromJson(c.toJson()));
  }

  @Test
  void partialDocumentReplacesOnlyTheKeysItNames() {
    ReplyguardConfig c = ReplyguardConfig.fromJson("""
        {"formality": "DU", "companyContacts": ["0800 330 2020", "kuendigung@example.de"],
         "serviceHours": {"monday": ["09:00-12:00", "13:00-17:30"], "sunday": ["10:00-24:00"]}}
        """);
    ReplyguardConfig d = ReplyguardConfig.defaults();
    assertEquals(Formality.DU, c.formality());
    assertEquals(List.of("0800 330 2020", "kuendigung@example.de"), c.companyContacts());
    assertEquals(2, c.serviceHours().on(DayOfWeek.MONDAY).size());
    assertEquals(List.of(), c.serviceHours().on(DayOfWeek.TUESDAY), "serviceHours replaced whole");
    assertTrue(c.serviceHours().on(DayOfWeek.SUNDAY).get(0).untilMidnight());
    assertEquals(d.zone(), c.zone());
    assertEquals(d.holidays(), c.holidays());
    assertEquals(c, ReplyguardConfig.fromJson(c.toJson()));
  }

  @Test
  void everySectionRoundTrips() {
    ReplyguardConfig c = ReplyguardConfig.fromJson("""
        {
          "locale": "en",
          "zone": "America/New_York",
          "holidays": {"germanNational": false, "regions": ["BY", "BE"], "dates": ["2026-12-24"]},
          "closures": [{"from": "2026-12-31T14:00", "to": "2027-01-02T00:00"}],
          "serviceLevel": "PT4H",
          "recognizers": [{"id": "acme", "type": "CUSTOMER_NUMBER", "pattern": "\\\\bAC-\\\\d{8}\\\\b",
                           "cues": ["Kundennummer"], "cueRequired": true, "checksum": "LUHN", "score": 0.9}],
          "ruleOverrides": {"tone.formality": {"enabled": false}, "commitment.vague": {"severity": "ERROR"}},
          "draftRules": [{"id": "acme.competitor", "category": "TONE", "severity": "WARNING",
                          "keywords": ["Konkurrenz"], "visibility": "PUBLIC", "platforms": ["twitter"],
                          "message": {"de": "Keine Konkurrenz nennen.", "en": "Do not name competitors."}}],
          "adviceRules": [{"id": "acme.vip", "precedence": 50,
                           "when": {"intents": ["COMPLAINT"], "minFollowers": 10000, "keywords": ["#fail"]},
                           "then": {"channel": "PRIVATE_MESSAGE", "actions": ["ESCALATE"], "priority": "HIGH"},
                           "message": "VIP complaint."}],
          "intentKeywords": {"CANCELLATION": ["abbestellen"]},
          "burst": {"threshold": 3, "window": "PT10M", "maxTracked": 100},
          "boilerplate": {"similarity": 0.7, "capacity": 50, "retention": "PT12H"},
          "templates": [{"id": "ack", "locale": "en", "serviceLevel": "PT1H", "platforms": ["twitter"],
                         "visibility": "PUBLIC", "placeholders": {"commitment": "COMMITMENT", "customerName": "TEXT"},
                         "variants": ["Hi {customerName}, we will reply {commitment}."]}],
          "platformLimits": {"facebook": {"comment": 4000}}
        }
        """);
    assertEquals(Locale.ENGLISH, c.locale());
    assertEquals(List.of("BE", "BY"), c.holidays().regions());
    assertEquals(RuleOverride.disabled(), c.ruleOverrides().get("tone.formality"));
    assertEquals(Optional.of(Severity.ERROR), c.ruleOverrides().get("commitment.vague").severity());
    assertEquals(PiiType.CUSTOMER_NUMBER, c.recognizers().get(0).type());
    assertEquals(Optional.of(Checksum.LUHN), c.recognizers().get(0).checksum());
    assertEquals(c, ReplyguardConfig.fromJson(c.toJson()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown top-level key     | {"formalty": "SIE"}                                  | ""            | unknown key 'for…' (8 characters); did you mean 'formality'?
      unknown day               | {"serviceHours": {"funday": []}}                     | /serviceHours | unknown key 'fun…' (6 characters); did you mean 'sunday'?
      zone is not a string      | {"zone": 5}                                          | /zone         | expected a string but found a number
      unknown zone              | {"zone": "Mars/Olympus"}                             | /zone         | expected a time-zone id
      malformed window          | {"serviceHours": {"monday": ["8-20"]}}               | /serviceHours/monday/0 | window must look like
      inverted window           | {"serviceHours": {"monday": ["20:00-08:00"]}}        | /serviceHours/monday/0 | must be after its start
      overlapping windows       | {"serviceHours": {"monday": ["08:00-12:00", "11:00-13:00"]}} | /serviceHours | overlap
      bad formality             | {"formality": "IHR"}                                 | /formality    | unknown Formality 'IHR'; allowed: [SIE, DU]
      bad locale                | {"locale": "fr"}                                     | /locale       | unsupported locale 'fr'
      bad duration              | {"serviceLevel": "1 hour"}                           | /serviceLevel | expected an ISO-8601 duration
      zero duration             | {"serviceLevel": "PT0S"}                             | /serviceLevel | duration must be positive
      unknown state             | {"holidays": {"regions": ["XX"]}}                    | /holidays/regions/0 | unknown German state code 'XX'
      bad holiday date          | {"holidays": {"dates": ["24.12.2026"]}}              | /holidays/dates/0 | expected an ISO date
      blank contact             | {"companyContacts": [" "]}                           | /companyContacts/0 | must not be blank
      contacts not an array     | {"companyContacts": "0800 1"}                        | /companyContacts | expected an array
      bad recognizer pattern    | {"recognizers": [{"id": "r1", "type": "PHONE", "pattern": "(a"}]} | /recognizers/0/pattern | recognizer 'r1': not a valid RE2 pattern
      backreference rejected    | {"recognizers": [{"id": "r1", "type": "PHONE", "pattern": "(a)\\\\1"}]} | /recognizers/0/pattern | not a valid RE2 pattern
      unknown PII type          | {"recognizers": [{"id": "r1", "type": "SHOE_SIZE", "pattern": "a"}]} | /recognizers/0/type | unknown PiiType 'SHO…' (9 characters)
      missing recognizer id     | {"recognizers": [{"type": "PHONE", "pattern": "a"}]} | /recognizers/0/id | required key 'id' is missing
      duplicate recognizer id   | {"recognizers": [{"id": "r", "type": "PHONE", "pattern": "a"}, {"id": "r", "type": "EMAIL", "pattern": "b"}]} | /recognizers/1 | duplicate recognizer id 'r'
      cueRequired without cues  | {"recognizers": [{"id": "r", "type": "PHONE", "pattern": "a", "cueRequired": true}]} | /recognizers/0 | cueRequired needs at least one cue
      score out of range        | {"recognizers": [{"id": "r", "type": "PHONE", "pattern": "a", "score": 2}]} | /recognizers/0 | score must be within (0, 1]
      override changes nothing  | {"ruleOverrides": {"tone.formality": {}}}            | /ruleOverrides/tone.formality | changes nothing
      override bad severity     | {"ruleOverrides": {"x": {"severity": "FATAL"}}}     | /ruleOverrides/x/severity | unknown Severity 'FAT…' (5 characters)
      draft rule both matchers  | {"draftRules": [{"id": "d", "category": "TONE", "severity": "INFO", "pattern": "a", "keywords": ["b"], "message": {"de": "m"}}]} | /draftRules/0 | rule 'd' needs exactly one of pattern and keywords
      draft rule bad pattern    | {"draftRules": [{"id": "d", "category": "TONE", "severity": "INFO", "pattern": "[", "message": {"de": "m"}}]} | /draftRules/0/pattern | rule 'd': not a valid RE2 pattern
      draft rule bad language   | {"draftRules": [{"id": "d", "category": "TONE", "severity": "INFO", "pattern": "a", "message": {"fr": "m"}}]} | /draftRules/0/message | unsupported language 'fr'
      advice rule without then  | {"adviceRules": [{"id": "a", "then": {}, "message": "m"}]} | /adviceRules/0 | needs at least one of channel, actions and priority
      advice rule unknown intent | {"adviceRules": [{"id": "a", "when": {"intents": ["GOSSIP"]}, "then": {"priority": "HIGH"}, "message": "m"}]} | /adviceRules/0/when/intents/0 | unknown Intent 'GOS…' (6 characters)
      unknown intent keyword key | {"intentKeywords": {"GOSSIP": ["x"]}}                | /intentKeywords | unknown intent 'GOS…' (6 characters)
      burst threshold too small | {"burst": {"threshold": 1, "window": "PT1M", "maxTracked": 10}} | /burst | threshold must be at least 2
      boilerplate missing key   | {"boilerplate": {"similarity": 0.8, "capacity": 10}} | /boilerplate/retention | required key 'retention' is missing
      template unknown key      | {"templates": [{"id": "t", "locale": "de", "variants": ["x"], "tone": "warm"}]} | /templates/0 | unknown key 'ton…' (4 characters)
      template no variants      | {"templates": [{"id": "t", "locale": "de", "variants": []}]} | /templates/0 | needs at least one variant
      commitment without level  | {"templates": [{"id": "t", "locale": "de", "placeholders": {"commitment": "COMMITMENT"}, "variants": ["{commitment}"]}]} | /templates/0 | has a COMMITMENT placeholder but no serviceLevel
      duplicate template        | {"templates": [{"id": "t", "locale": "de", "variants": ["a"]}, {"id": "t", "locale": "de", "variants": ["b"]}]} | /templates/1 | duplicate template id 't@de'
      non-positive limit        | {"platformLimits": {"facebook": {"comment": 0}}}     | /platformLimits/facebook/comment | limit must be positive
      duplicate JSON key        | {"formality": "SIE", "formality": "DU"}              | ""            | Duplicate field
      malformed JSON            | {"formality": }                                      | ""            | malformed JSON at line 1
      not an object             | []                                                   | ""            | expected an object but found an array
      """)
  void strictnessErrorsNameTheirPath(String name, String json, String path, String fragment) {
    ConfigException e = assertThrows(ConfigException.class, () -> ReplyguardConfig.fromJson(json));
    String expectedPath = path.equals("\"\"") ? "" : path;
    assertEquals(expectedPath, e.path(), name + ": " + e.getMessage());
    assertTrue(e.getMessage().contains(fragment), name + ": " + e.getMessage());
    assertTrue(e.getMessage().startsWith(expectedPath.isEmpty() ? "configuration: " : expectedPath + ": "),
        e.getMessage());
  }

  @Test
  void errorsNeverQuoteConfiguredValues() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> ReplyguardConfig.fromJson("{\"serviceLevel\": \"geheim-0172-9925904\"}"));
    assertTrue(!e.getMessage().contains("0172"), e.getMessage());
  }

  @Test
  void builderValidatesEachArgumentAtOnce() {
    ReplyguardConfig.Builder b = ReplyguardConfig.builder();
    assertEquals("serviceLevel must be between PT1M and P30D: PT0S",
        assertThrows(IllegalArgumentException.class, () -> b.serviceLevel(Duration.ZERO)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.locale(Locale.FRENCH));
    assertThrows(NullPointerException.class, () -> b.zone(null));
    ReplyguardConfig c = b.formality(Formality.DU).zone(ZoneId.of("Europe/Vienna"))
        .ruleOverrides(Map.of("x", RuleOverride.severity(Severity.INFO))).build();
    assertEquals(Formality.DU, c.formality());
    assertEquals(c, ReplyguardConfig.fromJson(c.toJson()));
    assertEquals(c, c.toBuilder().build());
  }

  @Test
  void builderRejectsDuplicateIds() {
    RecognizerSpec r = new RecognizerSpec("r", PiiType.PHONE, "a", List.of(), false,
        Optional.empty(), 0.5);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReplyguardConfig.builder().recognizers(List.of(r, r)).build());
    assertEquals("duplicate recognizer id 'r'", e.getMessage());
  }

  @Test
  void configurationIsAFinalClassWithoutPublicConstructor() {
    assertTrue(java.lang.reflect.Modifier.isFinal(ReplyguardConfig.class.getModifiers()));
    assertTrue(!ReplyguardConfig.class.isRecord(), "a record's canonical constructor is public API");
    assertEquals(0, ReplyguardConfig.class.getConstructors().length, "no public constructor");
    assertEquals(0, ReplyguardConfig.Builder.class.getConstructors().length,
        "builders come from builder() and toBuilder()");
  }

  @Test
  void toBuilderChangesOnlyWhatItIsToldAndKeepsValueEquality() {
    ReplyguardConfig d = ReplyguardConfig.defaults();
    ReplyguardConfig same = d.toBuilder().build();
    assertEquals(d, same);
    assertEquals(d.hashCode(), same.hashCode());
    ReplyguardConfig vienna = d.toBuilder().zone(ZoneId.of("Europe/Vienna")).build();
    assertTrue(!d.equals(vienna));
    assertEquals(ZoneId.of("Europe/Vienna"), vienna.zone());
    assertEquals(d.serviceHours(), vienna.serviceHours());
    assertEquals(d.templates(), vienna.templates());
    assertEquals(d, vienna.toBuilder().zone(d.zone()).build());
    assertEquals(vienna, ReplyguardConfig.fromJson(vienna.toJson()));
  }

  @Test
  void toStringNamesSizesNotContactData() {
    ReplyguardConfig c = ReplyguardConfig.builder()
        .companyContacts(List.of("0800 330 2020", "kuendigung@example.de")).build();
    String s = c.toString();
    assertTrue(s.contains("companyContacts=2"), s);
    assertTrue(!s.contains("0800") && !s.contains("kuendigung"), s);
  }
}
