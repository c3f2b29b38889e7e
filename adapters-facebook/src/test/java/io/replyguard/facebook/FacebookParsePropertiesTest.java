package io.replyguard.facebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.replyguard.model.Message;
import io.replyguard.spi.PayloadException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Whatever arrives, parse returns messages or throws PayloadException: nothing else. */
class FacebookParsePropertiesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final FacebookAdapter ADAPTER = new FacebookAdapter();

  private static final String RICH = """
      {"object":"page","entry":[
        {"id":"1","time":1,"changes":[
          {"field":"feed","value":{"item":"comment","verb":"add","comment_id":"5_1","post_id":"1_5",
            "parent_id":"1_5","from":{"id":"a","name":"A"},"created_time":10,"message":"one"}},
          {"field":"feed","value":{"item":"comment","verb":"edited","comment_id":"5_2","post_id":"1_5",
            "from":{"id":"b"},"created_time":"2026-11-23T09:59:50+0000","message":"two"}},
          {"field":"feed","value":{"item":"comment","verb":"remove","comment_id":"5_3","post_id":"1_5"}},
          {"field":"feed","value":{"item":"reaction","verb":"add","post_id":"1_5"}}],
         "messaging":[
          {"sender":{"id":"7"},"recipient":{"id":"1"},"timestamp":12000,"message":{"mid":"m_3","text":"three"}},
          {"sender":{"id":"1"},"recipient":{"id":"7"},"timestamp":12001,"message":{"mid":"m_4","text":"four","is_echo":true}},
          {"sender":{"id":"7"},"recipient":{"id":"1"},"timestamp":12002,"read":{"watermark":1}}]}]}
      """;

  /** The sample jqwik once shrank to: a Graph comment object, and the same object as an entry. */
  @net.jqwik.api.Example
  void graphObjectsAndOddEntriesKeepTheInvariants() {
    check("{\"message\":\"\",\"changes\":null,\"id\":0}");
    check("{\"object\":\"page\",\"entry\":[{\"message\":\"\",\"changes\":null,\"id\":0}]}");
  }

  @Property(tries = 500)
  void arbitraryStringsOnlyEverThrowPayloadException(@ForAll String text) {
    check(text);
  }

  @Property(tries = 500)
  void arbitraryJsonTreesOnlyEverThrowPayloadException(@ForAll("jsonValues") JsonNode node)
      throws Exception {
    check(MAPPER.writeValueAsString(node));
    ObjectNode wrapped = F.objectNode().put("object", "page");
    wrapped.set("entry", F.arrayNode().add(node));
    check(MAPPER.writeValueAsString(wrapped));
  }

  @Property(tries = 1000)
  void mutatedWebhookBodiesOnlyEverThrowPayloadException(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int mutations) throws Exception {
    Random random = new Random(seed);
    JsonNode tree = MAPPER.readTree(RICH);
    for (int i = 0; i < mutations; i++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(tree, containers);
      mutate(containers.get(random.nextInt(containers.size())), random);
    }
    check(MAPPER.writeValueAsString(tree));
  }

  private static void check(String json) {
    try {
      List<Message> messages = ADAPTER.parse(json);
      for (Message m : messages) {
        assertFalse(m.id().isBlank());
        assertTrue(m.attribute(FacebookAdapter.ATTR_KIND).isPresent());
        // the page id comes from entry[].id of a webhook body; Graph API objects carry none
        assertTrue(!pageWebhook(json) || m.attribute(FacebookAdapter.ATTR_PAGE_ID).isPresent(),
            json);
      }
      assertTrue(messages.stream().map(m -> m.id() + m.attributes().get(FacebookAdapter.ATTR_VERB))
          .distinct().count() == messages.size(), "duplicates must be dropped");
    } catch (PayloadException e) {
      assertTrue(e.path().isEmpty() || e.path().startsWith("/"), e.path());
    }
  }

  /** Whether the text is a JSON object with {@code "object":"page"} (a webhook body). */
  private static boolean pageWebhook(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      return root != null && root.isObject() && root.path("object").isTextual()
          && root.path("object").asText().equals("page");
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return false;
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      for (JsonNode child : node) {
        collect(child, out);
      }
    }
  }

  private static void mutate(JsonNode container, Random random) {
    if (container instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      Iterator<String> it = o.fieldNames();
      it.forEachRemaining(names::add);
      if (names.isEmpty()) {
        o.set("x", randomValue(random, 2));
        return;
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(3)) {
        case 0 -> o.remove(name);
        case 1 -> o.set(name, randomValue(random, 2));
        default -> o.set(name, o.get(name).deepCopy());
      }
    } else if (container instanceof ArrayNode a) {
      if (a.isEmpty() || random.nextBoolean()) {
        a.add(a.isEmpty() ? randomValue(random, 2) : a.get(random.nextInt(a.size())).deepCopy());
      } else {
        a.set(random.nextInt(a.size()), randomValue(random, 2));
      }
    }
  }

  private static JsonNode randomValue(Random random, int depth) {
    int pick = random.nextInt(depth > 0 ? 12 : 9);
    return switch (pick) {
      case 0 -> F.nullNode();
      case 1 -> F.booleanNode(random.nextBoolean());
      case 2 -> F.numberNode(random.nextLong());
      case 3 -> F.numberNode(-random.nextInt(1000));
      case 4 -> F.numberNode(random.nextDouble());
      case 5 -> F.textNode("");
      case 6 -> F.textNode(" ");
      case 7 -> F.textNode(new String(new char[] {(char) random.nextInt(0x10000),
          (char) random.nextInt(0x10000)}));
      case 8 -> F.textNode(List.of("page", "feed", "comment", "add", "remove", "2026-13-01T00:00:00Z",
          "1_5", "x").get(random.nextInt(8)));
      case 9 -> F.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
      case 10 -> F.arrayNode().add(randomValue(random, depth - 1));
      default -> F.objectNode().set(List.of("id", "item", "message", "mid", "from").get(
          random.nextInt(5)), randomValue(random, depth - 1));
    };
  }

  @Provide
  Arbitrary<JsonNode> jsonValues() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.strings().ofMaxLength(8).map(s -> (JsonNode) F.textNode(s)),
        () -> Arbitraries.longs().map(l -> (JsonNode) F.numberNode(l)),
        () -> Arbitraries.of(true, false).map(b -> (JsonNode) F.booleanNode(b)),
        () -> Arbitraries.just((JsonNode) F.nullNode()),
        () -> jsonValues().list().ofMaxSize(3).map(l -> {
          ArrayNode a = F.arrayNode();
          l.forEach(a::add);
          return (JsonNode) a;
        }),
        () -> Arbitraries.maps(Arbitraries.of("object", "entry", "id", "changes", "messaging",
            "field", "value", "item", "verb", "sender", "message", "mid", "timestamp"), jsonValues())
            .ofMaxSize(4).map(m -> {
              ObjectNode o = F.objectNode();
              m.forEach(o::set);
              return (JsonNode) o;
            }));
  }
}
