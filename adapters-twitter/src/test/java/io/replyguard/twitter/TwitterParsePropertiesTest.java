package io.replyguard.twitter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.model.Message;
import io.replyguard.spi.PayloadException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever JSON (or non-JSON) arrives, {@link TwitterAdapter#parse} either returns messages or throws
 * {@link PayloadException}; never anything else. The generators produce arbitrary JSON trees and
 * mutations of the documented payload shapes (fields removed, retyped, nulled, duplicated).
 */
class TwitterParsePropertiesTest {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TwitterAdapter ADAPTER = TwitterAdapter.builder().pageUserId("783214")
      .build();
  private static final List<String> KEYS = List.of("data", "includes", "users", "id", "id_str",
      "text", "full_text", "extended_tweet", "user", "author_id", "created_at", "lang",
      "referenced_tweets", "type", "in_reply_to_user_id", "in_reply_to_status_id_str",
      "in_reply_to_user_id_str", "for_user_id", "tweet_create_events", "direct_message_events",
      "message_create", "sender_id", "message_data", "created_timestamp", "target",
      "recipient_id", "public_metrics", "followers_count", "screen_name", "username", "name",
      "note_tweet", "event_type", "conversation_id", "errors", "retweeted_status",
      "quoted_status_id_str", "dm_conversation_id");

  @Property(tries = 500)
  void arbitraryJsonYieldsMessagesOrPayloadException(@ForAll("json") String json) {
    assertParsesOrFailsCleanly(json);
  }

  @Property(tries = 500)
  void mutatedDocumentedPayloadsYieldMessagesOrPayloadException(
      @ForAll("mutatedSamples") String json) {
    assertParsesOrFailsCleanly(json);
  }

  @Property(tries = 200)
  void arbitraryTextIsNeverMoreThanAPayloadError(@ForAll String text) {
    assertParsesOrFailsCleanly(text);
  }

  static void assertParsesOrFailsCleanly(String json) {
    try {
      List<Message> messages = ADAPTER.parse(json);
      Set<String> ids = new HashSet<>();
      for (Message m : messages) {
        assertTrue(ids.add(m.id()), "duplicate id " + m.id());
      }
    } catch (PayloadException e) {
      assertTrue(e.path().isEmpty() || e.path().startsWith("/"), e.path());
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
    }
  }

  @Property(tries = 200)
  void validSamplesStillParseWhenUnknownFieldsAreAdded(@ForAll("sample") String sample,
      @ForAll("anyNode") JsonNode extra) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(sample);
    int before = ADAPTER.parse(sample).size();
    List<JsonNode> parents = root.findParents("id");
    root.set("x_unknown_field", extra.deepCopy());
    for (JsonNode n : parents) {
      ((ObjectNode) n).set("brand_new_field", extra.deepCopy());
    }
    assertEquals(before, ADAPTER.parse(JSON.writeValueAsString(root)).size());
  }

  @Provide
  Arbitrary<String> sample() {
    return Arbitraries.of(TwitterParseTest.V2_SINGLE, TwitterParseTest.V2_MULTIPLE,
        TwitterParseTest.AAA_V1, TwitterParseTest.AAA_V2, TwitterParseTest.AAA_DM);
  }

  @Provide
  Arbitrary<String> json() {
    return Arbitraries.oneOf(node(4).map(JsonNode::toString),
        node(4).map(n -> {
          ObjectNode o = F.objectNode();
          o.set(KEYS.get(Math.floorMod(n.hashCode(), KEYS.size())), n);
          return o.toString();
        }));
  }

  @Provide
  Arbitrary<JsonNode> anyNode() {
    return node(3);
  }

  @Provide
  Arbitrary<String> mutatedSamples() {
    return net.jqwik.api.Combinators.combine(sample(), Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 5), node(2)).as((s, where, how, replacement) -> {
          try {
            JsonNode root = JSON.readTree(s);
            List<JsonNode> containers = new java.util.ArrayList<>();
            collect(root, containers);
            JsonNode target = containers.get(where % containers.size());
            mutate(target, where, how, replacement);
            return root.toString();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      n.forEach(c -> collect(c, out));
    }
  }

  private static void mutate(JsonNode target, int where, int how, JsonNode replacement) {
    if (target instanceof ObjectNode o && o.size() > 0) {
      List<String> names = new java.util.ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      String name = names.get(where % names.size());
      switch (how) {
        case 0 -> o.remove(name);
        case 1 -> o.putNull(name);
        case 2 -> o.set(name, replacement);
        case 3 -> o.put(name, "");
        case 4 -> o.put(name, -1);
        default -> o.set(KEYS.get(where % KEYS.size()), replacement);
      }
    } else if (target instanceof ArrayNode a && a.size() > 0) {
      int i = where % a.size();
      switch (how) {
        case 0 -> a.remove(i);
        case 1 -> a.add(a.get(i).deepCopy());
        default -> a.set(i, replacement);
      }
    }
  }

  private static Arbitrary<JsonNode> node(int depth) {
    Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12).map(F::textNode),
        Arbitraries.of("1", "", " ", "783214", "Wed Oct 10 20:19:24 +0000 2018",
            "2026-11-23T10:00:00Z", "message_create", "MessageCreate", "replied_to", "de",
            "1516403560557", "-5").map(F::textNode),
        Arbitraries.longs().map(F::numberNode),
        Arbitraries.doubles().map(F::numberNode),
        Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<JsonNode> child = node(depth - 1);
    Arbitrary<JsonNode> array = child.list().ofMaxSize(4).map(l -> {
      ArrayNode a = F.arrayNode();
      l.forEach(a::add);
      return a;
    });
    Arbitrary<JsonNode> object = net.jqwik.api.Combinators.combine(
        Arbitraries.of(KEYS).list().ofMaxSize(5), child.list().ofSize(5)).as((keys, values) -> {
          ObjectNode o = F.objectNode();
          for (int i = 0; i < keys.size(); i++) {
            o.set(keys.get(i), values.get(i));
          }
          return o;
        });
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(2, array),
        net.jqwik.api.Tuple.of(4, object));
  }
}
