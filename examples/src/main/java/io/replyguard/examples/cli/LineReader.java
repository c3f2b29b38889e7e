package io.replyguard.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads JSON Lines: a line ends at LF or CRLF only (a bare CR is a character of the line, so it
 * never splits a line or shifts later line numbers), a byte-order mark at the start of the input is
 * skipped, and a line longer than {@link #MAX_LINE_CHARS} characters is reported as too long and
 * skipped to its end without being held in memory. Not thread-safe.
 */
final class LineReader {
  /** The longest line read, in UTF-16 characters (one mebi-character). */
  static final int MAX_LINE_CHARS = 1 << 20;

  /** A line, or the mark of one that was too long. */
  record Line(String text, boolean tooLong) {}

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[8192];
  private int pos;
  private int end;
  private boolean started;

  LineReader(Reader in) {
    this(in, MAX_LINE_CHARS);
  }

  LineReader(Reader in, int maxChars) {
    this.in = Objects.requireNonNull(in, "in");
    this.maxChars = maxChars;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }

  /**
   * The next line without its line end, or null at the end of the input.
   *
   * @return the line, or null
   * @throws IOException when reading fails
   */
  Line next() throws IOException {
    if (pos >= end && !fill()) {
      return null;
    }
    if (!started) {
      started = true;
      if (buffer[pos] == '\uFEFF') {
        pos++;
        if (pos >= end && !fill()) {
          return new Line("", false);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    boolean tooLong = false;
    boolean ended = false;
    while (true) {
      if (pos >= end && !fill()) {
        break; // the last line has no line end
      }
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        int take = pos - start;
        if (b.length() + take > maxChars + 1) { // + 1: a CR before the LF is not counted
          tooLong = true;
          b.setLength(0);
        } else {
          b.append(buffer, start, take);
        }
      }
      if (pos < end) { // at the LF
        pos++;
        ended = true;
        break;
      }
    }
    if (tooLong) {
      return new Line(null, true);
    }
    int len = b.length();
    if (ended && len > 0 && b.charAt(len - 1) == '\r') {
      b.setLength(len - 1);
    }
    if (b.length() > maxChars) {
      return new Line(null, true);
    }
    return new Line(b.toString(), false);
  }
}
