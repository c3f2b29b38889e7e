package io.replyguard.twitter;

import io.replyguard.model.Author;
import io.replyguard.model.Draft;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The @names at the start of an X reply that X does not count toward the post limit (since 2017,
 * the names of the conversation's participants at the start of a reply are reply metadata).
 *
 * <p>Participants, from what the answered {@link Message} tells: its author's handle
 * ({@link Author#handle()}) and every @name mentioned in its text (X addresses a reply to the
 * author and everyone the answered post mentions). Earlier posts of the thread are not known to
 * the model and their authors are not counted as participants unless the answered post mentions
 * them; so the discount is never larger than X's.
 *
 * <p>The uncounted prefix is the run of participant @names at the very start of the draft, each
 * followed by the end of the text or by spaces (U+0020, tab, line breaks, U+00A0, U+3000), which
 * belong to the prefix too. The run stops at the first word that is not a participant's @name:
 * that name and everything after it count, as does any @name later in the text. Handles compare
 * case-insensitively. Stateless and thread-safe.
 */
final class ReplyMentions {
  /** X user names: 1 to 15 letters, digits or underscores. */
  static final int MAX_HANDLE = 15;

  private ReplyMentions() {}

  /**
   * The number of leading UTF-16 units of a public X reply that do not count; 0 for drafts that
   * are not public replies to a public X post.
   */
  static int uncountedPrefix(Draft draft) {
    if (draft.visibility() != Visibility.PUBLIC || draft.inReplyTo().isEmpty()) {
      return 0;
    }
    Message answered = draft.inReplyTo().get();
    if (!answered.platform().equals(Platform.TWITTER)
        || answered.visibility() != Visibility.PUBLIC) {
      return 0;
    }
    String text = draft.text();
    if (text.isEmpty() || !isAt(text.charAt(0))) {
      return 0;
    }
    Set<String> participants = participants(answered);
    int pos = 0;
    int n = text.length();
    while (pos < n && isAt(text.charAt(pos))) {
      int end = handleEnd(text, pos + 1);
      if (end < 0 || end < n && !isSeparator(text.charAt(end))
          || !participants.contains(text.substring(pos + 1, end).toLowerCase(Locale.ROOT))) {
        break;
      }
      pos = end;
      while (pos < n && isSeparator(text.charAt(pos))) {
        pos++;
      }
    }
    return pos;
  }

  /** The lower-cased handles of the answered post's author and of the names it mentions. */
  static Set<String> participants(Message answered) {
    Set<String> out = new HashSet<>();
    answered.author().flatMap(Author::handle).map(ReplyMentions::normalizeHandle)
        .ifPresent(out::add);
    String t = answered.text();
    for (int i = 0; i < t.length(); i++) {
      if (isAt(t.charAt(i)) && (i == 0 || mayPrecedeMention(t.charAt(i - 1)))) {
        int end = handleEnd(t, i + 1);
        if (end > 0 && (end == t.length() || !isAt(t.charAt(end)) && !t.startsWith("://", end))) {
          out.add(t.substring(i + 1, end).toLowerCase(Locale.ROOT));
          i = end - 1;
        }
      }
    }
    return out;
  }

  /** A handle as stored on an author (with or without its '@'), lower-cased, if it is one. */
  private static String normalizeHandle(String h) {
    String s = !h.isEmpty() && isAt(h.charAt(0)) ? h.substring(1) : h;
    return handleEnd(s, 0) == s.length() ? s.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * The end of the handle characters starting at {@code i} when there are 1 to 15 of them and
   * no further handle character follows, else -1.
   */
  private static int handleEnd(String s, int i) {
    int j = i;
    while (j < s.length() && isHandleChar(s.charAt(j))) {
      j++;
      if (j - i > MAX_HANDLE) {
        return -1;
      }
    }
    return j > i ? j : -1;
  }

  private static boolean isAt(char c) {
    return c == '@' || c == '\uFF20';
  }

  private static boolean isHandleChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  /** twitter-text: a mention is not preceded by a letter, digit or one of {@code _!#$%&*@＠}. */
  private static boolean mayPrecedeMention(char c) {
    return !isHandleChar(c) && "!#$%&*@\uFF20".indexOf(c) < 0;
  }

  /** Spaces after a leading @name; all are left unchanged by NFC and weigh as X counts them. */
  static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u3000';
  }
}
