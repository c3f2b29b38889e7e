package io.replyguard.kafka.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * First-response tracking per conversation (inbound posts and sent replies, both keyed by
 * conversation id, so both topics need the same partition count). The first unanswered post of a
 * conversation starts the clock: its deadline is the brand's service level in business time
 * (service hours, holidays, closures). A wall-clock punctuation emits one {@code OVERDUE} event
 * for every post whose deadline has passed; a reply closes the conversation's open post, and if it
 * was overdue a {@code CLOSED} event follows. An overdue post that gets no reply within the
 * overdue retention after its deadline is dropped with one {@code EXPIRED} event, so that the
 * stores do not grow without bound. Deadlines (and, once overdue, expiry times) are indexed by time
 * in a second store, so a punctuation reads only the posts that are due; the pending record keeps
 * the time it is indexed under ({@code dueAt}).
 */
public final class FirstResponseProcessor implements Processor<String, String, String, Out> {
  private final Wiring w;
  private ProcessorContext<String, Out> ctx;
  private KeyValueStore<String, String> pending;
  private KeyValueStore<String, String> deadlines;
  private Metrics metrics;

  /** @param wiring the shared wiring */
  public FirstResponseProcessor(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<String, Out> context) {
    this.ctx = context;
    this.pending = context.getStateStore(Wiring.PENDING_STORE);
    this.deadlines = context.getStateStore(Wiring.DEADLINES);
    this.metrics = new Metrics(context.metrics());
    context.schedule(w.overdueInterval(), PunctuationType.WALL_CLOCK_TIME, this::overdue);
  }

  static String indexKey(long deadlineMs, String conversation) {
    return String.format("%019d", deadlineMs) + "|" + conversation;
  }

  @Override
  public void process(Record<String, String> record) {
    String conversation = record.key();
    JsonNode n = JsonShapes.read(record.value());
    if (n.has("postId")) {
      if (pending.get(conversation) == null) {
        ObjectNode o = (ObjectNode) n;
        long due = Instant.parse(n.get("deadline").asText()).toEpochMilli();
        o.put("overdue", false).put("dueAt", due);
        pending.put(conversation, o.toString());
        deadlines.put(indexKey(due, conversation), conversation);
      }
      return;
    }
    String open = pending.get(conversation);
    if (open == null) {
      return;
    }
    JsonNode p = JsonShapes.read(open);
    pending.delete(conversation);
    deadlines.delete(indexKey(dueAt(p), conversation));
    if (p.get("overdue").asBoolean()) {
      ObjectNode o = event(conversation, p, "CLOSED");
      o.put("replyId", n.get("replyId").asText()).put("repliedAt", n.get("sentAt").asText());
      metrics.event("closed");
      ctx.forward(new Record<>(conversation, new Out(w.overdue(), o.toString()),
          record.timestamp()));
    }
  }

  private ObjectNode event(String conversation, JsonNode p, String status) {
    ObjectNode o = JsonShapes.object();
    o.put("conversationId", conversation).put("postId", p.get("postId").asText())
        .put("brand", p.get("brand").asText()).put("status", status)
        .put("receivedAt", p.get("receivedAt").asText())
        .put("deadline", p.get("deadline").asText())
        .put("serviceLevel", p.get("serviceLevel").asText());
    return o;
  }

  private void overdue(long now) {
    List<KeyValue<String, String>> due = new ArrayList<>();
    try (KeyValueIterator<String, String> it = deadlines.range(indexKey(0, ""),
        indexKey(now, "\uffff"))) {
      while (it.hasNext()) {
        due.add(it.next());
      }
    }
    for (KeyValue<String, String> kv : due) {
      deadlines.delete(kv.key);
      String open = pending.get(kv.value);
      if (open == null) {
        continue;
      }
      ObjectNode p = (ObjectNode) JsonShapes.read(open);
      if (indexKey(dueAt(p), kv.value).compareTo(kv.key) != 0) {
        continue; // an index entry left behind by an earlier post of the conversation
      }
      if (p.get("overdue").asBoolean()) {
        // overdue and still unanswered when the retention ran out: stop tracking it
        pending.delete(kv.value);
        ObjectNode o = event(kv.value, p, "EXPIRED");
        o.put("expiredAt", Instant.ofEpochMilli(now).toString());
        metrics.event("expired");
        ctx.forward(new Record<>(kv.value, new Out(w.overdue(), o.toString()), now));
        continue;
      }
      long expiry = Instant.parse(p.get("deadline").asText()).plus(w.overdueRetention())
          .toEpochMilli();
      p.put("overdue", true).put("dueAt", expiry);
      pending.put(kv.value, p.toString());
      deadlines.put(indexKey(expiry, kv.value), kv.value);
      ObjectNode o = event(kv.value, p, "OVERDUE");
      o.put("detectedAt", Instant.ofEpochMilli(now).toString());
      metrics.event("overdue");
      ctx.forward(new Record<>(kv.value, new Out(w.overdue(), o.toString()), now));
    }
  }

  /**
   * The time a pending post is indexed under: its {@code dueAt}, or for a record written before
   * there was one, its deadline (then it was indexed under the deadline, overdue or not).
   */
  private static long dueAt(JsonNode p) {
    JsonNode due = p.get("dueAt");
    return due != null && due.canConvertToLong() ? due.asLong()
        : Instant.parse(p.get("deadline").asText()).toEpochMilli();
  }
}
