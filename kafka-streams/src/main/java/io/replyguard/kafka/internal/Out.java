package io.replyguard.kafka.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serializer;

/**
 * One output of a processor: the topic it goes to and its JSON value. Immutable.
 *
 * @param topic the output topic, not null
 * @param json the value, not null
 */
public record Out(String topic, String json) {
  /** Validates. */
  public Out {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(json, "json");
  }

  /** Writes the JSON value as UTF-8 (the topic is chosen by the sink's topic extractor). */
  public static final class JsonSerializer implements Serializer<Out> {
    @Override
    public byte[] serialize(String topic, Out data) {
      return data == null ? null : data.json.getBytes(StandardCharsets.UTF_8);
    }
  }
}
