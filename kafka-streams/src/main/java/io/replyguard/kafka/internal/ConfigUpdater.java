package io.replyguard.kafka.internal;

import io.replyguard.config.ConfigException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the global configuration store: brand to the brand's configuration record (a partial
 * configuration in the {@code --config} format). A record is validated by building an engine from
 * it; an invalid one is reported (log line with the JSON Pointer and metric
 * {@code error/config-invalid}) and ignored, so the brand keeps its previous configuration. A
 * tombstone removes the brand's record: the brand falls back to the default configuration.
 */
public final class ConfigUpdater implements Processor<String, String, Void, Void> {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigUpdater.class);
  private final Wiring w;
  private KeyValueStore<String, String> store;
  private Metrics metrics;
  private ProcessorContext<Void, Void> ctx;

  /** @param wiring the shared wiring */
  public ConfigUpdater(Wiring wiring) {
    this.w = wiring;
  }

  @Override
  public void init(ProcessorContext<Void, Void> context) {
    this.ctx = context;
    this.store = context.getStateStore(Wiring.CONFIG_STORE);
    this.metrics = new Metrics(context.metrics());
  }

  @Override
  public void process(Record<String, String> record) {
    String where = ctx.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@"
        + m.offset()).orElse("?");
    if (record.key() == null) {
      metrics.error("config.no-brand");
      LOG.warn("configuration record {} ignored: it has no key (the brand)", where);
      return;
    }
    if (record.value() == null) {
      store.delete(record.key());
      return;
    }
    try {
      w.engines().build(record.value());
      store.put(record.key(), record.value());
    } catch (ConfigException e) {
      metrics.error("config.invalid");
      LOG.warn("configuration record {} for brand '{}' ignored, the brand keeps its previous "
          + "configuration: {}", where, record.key(), e.getMessage());
    }
  }
}
