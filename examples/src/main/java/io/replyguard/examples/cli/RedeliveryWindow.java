package io.replyguard.examples.cli;

import io.replyguard.model.Message;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which deliveries {@code parse} has seen recently: a window of the most recent deliveries, each
 * remembered as the SHA-256 digest of its message id, attributes and text (length-prefixed, so no
 * two different deliveries share an input to the digest). Every entry has the same size whatever
 * the length of ids and texts, so the window is bounded in bytes ({@link #MAX_BYTES}); when it is
 * full the oldest delivery is forgotten. A crafted edit cannot pass as a redelivery: that would
 * need a SHA-256 collision. Not thread-safe.
 */
final class RedeliveryWindow {
  /** Memory for the window: 16 MiB. */
  static final long MAX_BYTES = 16L << 20;
  /**
   * What one entry costs on the heap, generously: the map entry (40 bytes), the key wrapper (48)
   * and the 32-byte digest array (48), rounded up.
   */
  static final int ENTRY_BYTES = 160;
  /** Deliveries remembered: {@link #MAX_BYTES} / {@link #ENTRY_BYTES}. */
  static final int CAPACITY = (int) (MAX_BYTES / ENTRY_BYTES);

  private final int capacity;
  private final Map<ByteBuffer, Boolean> seen;

  RedeliveryWindow() {
    this(CAPACITY);
  }

  RedeliveryWindow(int capacity) {
    this.capacity = capacity;
    this.seen = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Boolean> eldest) {
        return size() > RedeliveryWindow.this.capacity;
      }
    };
  }

  /**
   * Remembers a delivery.
   *
   * @param m the delivered message
   * @return true when it is not a redelivery of one in the window
   */
  boolean firstDelivery(Message m) {
    return seen.put(ByteBuffer.wrap(digest(m)), Boolean.TRUE) == null;
  }

  int size() {
    return seen.size();
  }

  static byte[] digest(Message m) {
    MessageDigest d;
    try {
      d = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is a required algorithm of every Java platform", e);
    }
    field(d, m.id());
    for (Map.Entry<String, String> a : new TreeMap<>(m.attributes()).entrySet()) {
      field(d, a.getKey());
      field(d, a.getValue());
    }
    field(d, m.text());
    return d.digest();
  }

  private static void field(MessageDigest d, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.update(ByteBuffer.allocate(4).putInt(b.length).array());
    d.update(b);
  }
}
