package io.replyguard.kafka.internal;

import io.replyguard.Replyguard;
import io.replyguard.config.ConfigException;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.config.RuleOverride;
import io.replyguard.json.JsonLines;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The engine of each brand: built from the brand's record in the configuration store (a partial
 * configuration merged onto the default, as {@code --config} files are), or the default engine
 * when the brand has none. Engines are rebuilt when a brand's record changes. Every engine has the
 * rule {@code advice.burst.outage} disabled: bursts are counted by the topology across instances,
 * never in one engine's memory.
 *
 * <p>Thread-safe (engines are; the cache is a concurrent map).
 */
public final class Engines {
  /** The advice rule whose in-memory counting the topology replaces. */
  public static final String BURST_RULE = "advice.burst.outage";

  /** A brand's engine, its JSON Lines codec and the configuration record it was built from. */
  public record Entry(String json, ReplyguardConfig config, Replyguard engine, JsonLines lines) {
    Entry(String json, ReplyguardConfig config, Replyguard engine) {
      this(json, config, engine, JsonLines.of(engine));
    }
  }

  private final ReplyguardConfig defaults;
  private final Function<ReplyguardConfig, Replyguard> factory;
  private final UnaryOperator<Entry> onBuild;
  private final boolean shareDefault;
  private final Map<String, Entry> byBrand = new ConcurrentHashMap<>();
  private volatile Entry fallback;

  /**
   * Engines over a configuration store.
   *
   * @param defaults the configuration for brands without a record, not null
   * @param factory builds an engine from a configuration, not null
   * @param onBuild called with every engine built for a brand (hydration), not null
   * @param shareDefault whether brands without a record share one default engine (stateless
   *     uses); when false each brand gets its own (the boilerplate memory is per brand)
   */
  public Engines(ReplyguardConfig defaults, Function<ReplyguardConfig, Replyguard> factory,
      UnaryOperator<Entry> onBuild, boolean shareDefault) {
    this.shareDefault = shareDefault;
    this.defaults = Objects.requireNonNull(defaults, "defaults");
    this.factory = Objects.requireNonNull(factory, "factory");
    this.onBuild = Objects.requireNonNull(onBuild, "onBuild");
  }

  /** The configuration with the burst rule disabled. */
  public static ReplyguardConfig withoutLocalBursts(ReplyguardConfig c) {
    Map<String, RuleOverride> overrides = new HashMap<>(c.ruleOverrides());
    overrides.put(BURST_RULE, RuleOverride.disabled());
    return c.toBuilder().ruleOverrides(overrides).build();
  }

  /**
   * Parses and validates a brand's configuration record: the partial configuration merged onto
   * the defaults, and an engine built from it (which checks rules, templates, limits).
   *
   * @param json the record, not null
   * @return the configuration and engine
   * @throws ConfigException naming the JSON Pointer when the record is invalid
   */
  public Entry build(String json) {
    ReplyguardConfig config = ReplyguardConfig.fromJson(json, defaults);
    Replyguard engine = factory.apply(withoutLocalBursts(config));
    return new Entry(json, config, engine);
  }

  /**
   * The engine of a brand.
   *
   * @param brand not null
   * @param store the configuration store (brand to JSON), may be null when there is none
   * @param metrics counts configuration errors met while reading the store, may be null
   * @return the entry, never null
   */
  public Entry forBrand(String brand, ReadOnlyKeyValueStore<String, String> store,
      Metrics metrics) {
    String json = store == null ? null : store.get(brand);
    if (json == null && shareDefault) {
      byBrand.remove(brand);
      return fallback();
    }
    String key = json == null ? "" : json;
    Entry e = byBrand.get(brand);
    if (e != null && e.json().equals(key)) {
      return e;
    }
    if (json == null) {
      e = onBuild.apply(new Entry("", defaults, factory.apply(withoutLocalBursts(defaults))));
    } else {
      try {
        e = onBuild.apply(build(json));
      } catch (ConfigException ex) {
        // only reachable when a store was restored without the validating processor
        if (metrics != null) {
          metrics.error("config.invalid");
        }
        e = onBuild.apply(new Entry(json, defaults, factory.apply(withoutLocalBursts(defaults))));
      }
    }
    byBrand.put(brand, e);
    return e;
  }

  /** The default engine (built on first use). @return the entry */
  public Entry fallback() {
    Entry f = fallback;
    if (f == null) {
      synchronized (this) {
        f = fallback;
        if (f == null) {
          f = onBuild.apply(new Entry("", defaults, factory.apply(withoutLocalBursts(defaults))));
          fallback = f;
        }
      }
    }
    return f;
  }
}
