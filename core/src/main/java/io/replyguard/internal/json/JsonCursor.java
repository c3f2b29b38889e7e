package io.replyguard.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.replyguard.internal.SafeText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read position in a JSON tree that knows its JSON Pointer, so every error names the exact place.
 * Errors are created by the caller's {@link Errors} factory (configuration errors, payload errors).
 * Error messages describe types and places, never the values read (they may be personal data).
 *
 * <p>Internal: not part of the API; shared with the adapter modules through a qualified export.
 * Immutable and thread-safe.
 */
public final class JsonCursor {

  /** Creates the exception for a problem at a JSON Pointer. */
  @FunctionalInterface
  public interface Errors {
    /**
     * Creates the exception.
     *
     * @param pointer JSON Pointer of the place
     * @param problem what is wrong
     * @return the exception to throw
     */
    RuntimeException at(String pointer, String problem);
  }

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private final JsonNode node;
  private final String pointer;
  private final Errors errors;

  private JsonCursor(JsonNode node, String pointer, Errors errors) {
    this.node = node;
    this.pointer = pointer;
    this.errors = errors;
  }

  /**
   * Parses a JSON document strictly (duplicate keys and trailing tokens are errors).
   *
   * @param json the document, not null
   * @param errors the error factory
   * @return a cursor on the root
   */
  public static JsonCursor parse(String json, Errors errors) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode root = STRICT.readTree(json);
      if (root == null || root.isMissingNode()) {
        throw errors.at("", "empty document");
      }
      return new JsonCursor(root, "", errors);
    } catch (JsonProcessingException e) {
      // Stream constraint violations (nesting depth, sizes) carry no location.
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr();
      throw errors.at("", "malformed JSON" + where + ": "
          + syntaxProblem(String.valueOf(e.getOriginalMessage())));
    }
  }

  /**
   * Jackson's description of a syntax error, without the values of the document: a single
   * character and the literals {@code null}, {@code true}, {@code false} are shown as they are
   * ("unexpected character ('}' (code 125))"); a longer token or string, which may be personal
   * data, is replaced by its length.
   */
  static String syntaxProblem(String original) {
    String first = original.split("\n")[0];
    for (String source : new String[] {" (start marker at", " [Source:", "[Source:"}) {
      int at = first.indexOf(source);
      if (at >= 0) {
        first = first.substring(0, at); // Jackson quotes the document there
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < first.length()) {
      char c = first.charAt(i);
      int close = c == '\'' ? first.indexOf('\'', i + 2) : -1;
      if (close < 0) {
        out.append(c);
        i++;
        continue;
      }
      String token = first.substring(i + 1, close);
      if (token.codePointCount(0, token.length()) <= 1 || token.equals("null")
          || token.equals("true") || token.equals("false")) {
        out.append('\'').append(token).append('\'');
      } else {
        out.append("(a token of ").append(token.length()).append(" characters)");
      }
      i = close + 1;
    }
    return out.toString().strip();
  }

  /**
   * A cursor on an already parsed tree.
   *
   * @param node the root node
   * @param errors the error factory
   * @return the cursor
   */
  public static JsonCursor of(JsonNode node, Errors errors) {
    return new JsonCursor(Objects.requireNonNull(node, "node"), "", errors);
  }

  /**
   * The shared strict mapper (duplicate keys fail).
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return STRICT;
  }

  /**
   * The node under the cursor.
   *
   * @return the node
   */
  public JsonNode node() {
    return node;
  }

  /**
   * The JSON Pointer of the cursor.
   *
   * @return e.g. {@code /serviceHours/monday/0}
   */
  public String pointer() {
    return pointer;
  }

  /**
   * An exception for a problem at this place.
   *
   * @param problem what is wrong
   * @return the exception (to throw)
   */
  public RuntimeException error(String problem) {
    return errors.at(pointer, problem);
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String describe(JsonNode n) {
    if (n.isTextual()) {
      return "a string";
    }
    if (n.isNumber()) {
      return "a number";
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isArray()) {
      return "an array";
    }
    if (n.isObject()) {
      return "an object";
    }
    return "null";
  }

  /**
   * Requires an object and rejects keys outside {@code allowed}. The error for an unknown key
   * names this object's pointer and quotes the key only in {@link SafeText#identifier masked} form.
   *
   * @param allowed the allowed keys
   * @return this cursor
   */
  public JsonCursor strictObject(Collection<String> allowed) {
    requireObject();
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        // The key itself may be personal data: the pointer names the object, the message a
        // masked form of the key and the allowed key it most resembles.
        String closest = SafeText.closest(name, allowed);
        throw errors.at(pointer, "unknown key " + SafeText.identifier(name)
            + (closest == null ? "" : "; did you mean '" + closest + "'?")
            + "; allowed: " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  /**
   * Requires an object and rejects keys outside {@code allowed}.
   *
   * @param allowed the allowed keys
   * @return this cursor
   */
  public JsonCursor strictObject(String... allowed) {
    return strictObject(Set.of(allowed));
  }

  /**
   * Requires an object.
   *
   * @return this cursor
   */
  public JsonCursor requireObject() {
    if (!node.isObject()) {
      throw error("expected an object but found " + describe(node));
    }
    return this;
  }

  /**
   * A required member of an object.
   *
   * @param name the key
   * @return the cursor on the member
   */
  public JsonCursor field(String name) {
    return optField(name).orElseThrow(
        () -> errors.at(pointer + "/" + escape(name), "required key '" + name + "' is missing"));
  }

  /**
   * An optional member of an object; absent or {@code null} members are empty.
   *
   * @param name the key
   * @return the cursor on the member, or empty
   */
  public Optional<JsonCursor> optField(String name) {
    requireObject();
    JsonNode child = node.get(name);
    if (child == null || child.isNull()) {
      return Optional.empty();
    }
    return Optional.of(new JsonCursor(child, pointer + "/" + escape(name), errors));
  }

  /**
   * Whether the object has a non-null member.
   *
   * @param name the key
   * @return true when present and not null
   */
  public boolean has(String name) {
    return node.isObject() && node.hasNonNull(name);
  }

  /**
   * The elements of an array.
   *
   * @return cursors on the elements, in order
   */
  public List<JsonCursor> elements() {
    if (!node.isArray()) {
      throw error("expected an array but found " + describe(node));
    }
    List<JsonCursor> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(new JsonCursor(node.get(i), pointer + "/" + i, errors));
    }
    return out;
  }

  /**
   * The members of an object, in document order.
   *
   * @return key to cursor
   */
  public Map<String, JsonCursor> fields() {
    requireObject();
    Map<String, JsonCursor> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(),
        new JsonCursor(e.getValue(), pointer + "/" + escape(e.getKey()), errors)));
    return out;
  }

  /**
   * The value as a string.
   *
   * @return the string
   */
  public String asString() {
    if (!node.isTextual()) {
      throw error("expected a string but found " + describe(node));
    }
    return node.textValue();
  }

  /**
   * The value as a string or a number rendered as text (ids are sometimes numbers).
   *
   * @return the text
   */
  public String asId() {
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    throw error("expected a string or integer id but found " + describe(node));
  }

  /**
   * The value as a non-blank string.
   *
   * @return the string
   */
  public String asNonBlankString() {
    String s = asString();
    if (s.isBlank()) {
      throw error("must not be blank");
    }
    return s;
  }

  /**
   * The value as an int.
   *
   * @return the int
   */
  public int asInt() {
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw error("expected an integer but found " + describe(node));
    }
    return node.intValue();
  }

  /**
   * The value as a long.
   *
   * @return the long
   */
  public long asLong() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      throw error("expected an integer but found " + describe(node));
    }
    return node.longValue();
  }

  /**
   * The value as a double.
   *
   * @return the double
   */
  public double asDouble() {
    if (!node.isNumber()) {
      throw error("expected a number but found " + describe(node));
    }
    return node.doubleValue();
  }

  /**
   * The value as a boolean.
   *
   * @return the boolean
   */
  public boolean asBoolean() {
    if (!node.isBoolean()) {
      throw error("expected true or false but found " + describe(node));
    }
    return node.booleanValue();
  }

  /**
   * The value as an enum constant, matched case-insensitively.
   *
   * @param type the enum type
   * @param <E> the enum type
   * @return the constant
   */
  public <E extends Enum<E>> E asEnum(Class<E> type) {
    String s = asString();
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(s)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    throw error("unknown " + type.getSimpleName() + " " + SafeText.identifier(s)
        + "; allowed: " + names);
  }

  /**
   * The value as a list of strings.
   *
   * @return the strings
   */
  public List<String> asStringList() {
    List<String> out = new ArrayList<>();
    for (JsonCursor c : elements()) {
      out.add(c.asString());
    }
    return out;
  }

  /**
   * Parses the value with a parser that throws {@link RuntimeException} on bad input, turning its
   * failure into an error at this place.
   *
   * @param what what the value should be (for the message), e.g. "an ISO-8601 duration"
   * @param parser the parser
   * @param <T> the result type
   * @return the parsed value
   */
  public <T> T asParsed(String what, java.util.function.Function<String, T> parser) {
    String s = asString();
    try {
      return parser.apply(s);
    } catch (RuntimeException e) {
      throw error("expected " + what + " but found a string that is not one");
    }
  }

  /**
   * The value as a positive ISO-8601 duration such as {@code "PT1H"}.
   *
   * @return the duration, positive
   */
  public java.time.Duration asPositiveDuration() {
    java.time.Duration d = asParsed("an ISO-8601 duration such as \"PT1H\"",
        java.time.Duration::parse);
    if (d.isNegative() || d.isZero()) {
      throw error("duration must be positive");
    }
    return d;
  }

  @Override
  public String toString() {
    return "JsonCursor[" + (pointer.isEmpty() ? "/" : pointer) + "]";
  }
}
