package io.replyguard.twitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader for the regular YAML subset of twitter-text's conformance files (no YAML library is
 * allowed in this build): block mappings and block sequences by indentation, flow sequences of
 * scalars ({@code [0, 9]}, {@code ["a", "b"]}), double-quoted strings with the escapes {@code \"}
 * {@code \\} {@code \n} {@code \t} {@code \r} {@code \/} {@code \\uXXXX} {@code \\UXXXXXXXX},
 * integers, {@code true}/{@code false}, and {@code #} comment lines. Anything else fails with the
 * line number, so a change of the data format cannot go unnoticed. Test-only.
 */
final class ConformanceYaml {
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> numbers = new ArrayList<>();
  private int pos;

  private ConformanceYaml(String text) {
    String[] raw = text.split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String l = raw[i].stripTrailing();
      if (l.isBlank() || l.stripLeading().startsWith("#")) {
        continue;
      }
      lines.add(l);
      numbers.add(i + 1);
    }
  }

  /** Reads a resource and returns its root mapping. */
  static Map<String, Object> load(String resource) {
    try (InputStream in = ConformanceYaml.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    ConformanceYaml y = new ConformanceYaml(text);
    Object root = y.block(0);
    if (y.pos != y.lines.size()) {
      throw y.fail("unexpected content");
    }
    if (!(root instanceof Map)) {
      throw new IllegalArgumentException("root is not a mapping");
    }
    return (Map<String, Object>) root;
  }

  private static int indent(String l) {
    int i = 0;
    while (i < l.length() && l.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private IllegalArgumentException fail(String what) {
    int n = pos < numbers.size() ? numbers.get(pos) : -1;
    return new IllegalArgumentException("line " + n + ": " + what);
  }

  /** A block (mapping or sequence) whose entries are indented by exactly {@code indent}. */
  private Object block(int indent) {
    String first = lines.get(pos);
    if (indent(first) != indent) {
      throw fail("expected indentation " + indent);
    }
    if (first.startsWith("- ", indent)) {
      List<Object> list = new ArrayList<>();
      while (pos < lines.size() && indent(lines.get(pos)) == indent
          && lines.get(pos).startsWith("- ", indent)) {
        // "- key: value" opens a mapping whose keys are indented by indent + 2.
        String l = lines.get(pos);
        lines.set(pos, " ".repeat(indent + 2) + l.substring(indent + 2));
        list.add(mapping(indent + 2));
      }
      return list;
    }
    return mapping(indent);
  }

  private Map<String, Object> mapping(int indent) {
    Map<String, Object> map = new LinkedHashMap<>();
    while (pos < lines.size() && indent(lines.get(pos)) == indent
        && !lines.get(pos).startsWith("- ", indent)) {
      String l = lines.get(pos).substring(indent);
      int colon = l.indexOf(':');
      if (colon <= 0) {
        throw fail("expected 'key:'");
      }
      String key = l.substring(0, colon);
      String rest = l.substring(colon + 1).strip();
      pos++;
      Object value;
      if (rest.isEmpty()) {
        if (pos >= lines.size() || indent(lines.get(pos)) <= indent
            && !(indent(lines.get(pos)) == indent && lines.get(pos).startsWith("- ", indent))) {
          value = null;
        } else {
          value = block(indent(lines.get(pos)));
        }
      } else {
        pos--;
        Scalar s = new Scalar(rest, 0);
        value = s.value();
        if (s.i != rest.length()) {
          throw fail("trailing characters after value");
        }
        pos++;
      }
      if (map.put(key, value) != null) {
        throw fail("duplicate key " + key);
      }
    }
    return map;
  }

  /** Reads one flow value starting at {@code i}. */
  private final class Scalar {
    private final String s;
    private int i;

    Scalar(String s, int i) {
      this.s = s;
      this.i = i;
    }

    Object value() {
      if (i >= s.length()) {
        throw fail("missing value");
      }
      char c = s.charAt(i);
      if (c == '"') {
        return string();
      }
      if (c == '[') {
        i++;
        List<Object> list = new ArrayList<>();
        skipSpaces();
        if (i < s.length() && s.charAt(i) == ']') {
          i++;
          return list;
        }
        while (true) {
          skipSpaces();
          list.add(value());
          skipSpaces();
          if (i >= s.length()) {
            throw fail("unterminated flow sequence");
          }
          char d = s.charAt(i++);
          if (d == ']') {
            return list;
          }
          if (d != ',') {
            throw fail("expected ',' or ']'");
          }
        }
      }
      int start = i;
      while (i < s.length() && ",]".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i).strip();
      if (word.equals("true") || word.equals("false")) {
        return Boolean.valueOf(word);
      }
      if (word.matches("-?[0-9]+")) {
        return Long.valueOf(word);
      }
      throw fail("unsupported scalar (only double-quoted strings, integers, booleans)");
    }

    private void skipSpaces() {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
    }

    private String string() {
      StringBuilder sb = new StringBuilder();
      i++;
      while (true) {
        if (i >= s.length()) {
          throw fail("unterminated string");
        }
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case '"' -> sb.append('"');
          case '\\' -> sb.append('\\');
          case '/' -> sb.append('/');
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          case 'U' -> {
            sb.appendCodePoint(Integer.parseInt(s.substring(i, i + 8), 16));
            i += 8;
          }
          default -> throw fail("unsupported escape \\" + e);
        }
      }
    }
  }
}
