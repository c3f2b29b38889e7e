package io.replyguard.kafka;

import io.replyguard.Replyguard;
import io.replyguard.config.ReplyguardConfig;
import io.replyguard.kafka.internal.BurstProcessor;
import io.replyguard.kafka.internal.ConfigUpdater;
import io.replyguard.kafka.internal.DraftProcessor;
import io.replyguard.kafka.internal.DraftRouter;
import io.replyguard.kafka.internal.Engines;
import io.replyguard.kafka.internal.FirstResponseProcessor;
import io.replyguard.kafka.internal.InboundProcessor;
import io.replyguard.kafka.internal.Out;
import io.replyguard.kafka.internal.SentReplyProcessor;
import io.replyguard.kafka.internal.Wiring;
import io.replyguard.spi.AdapterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowBytesStoreSupplier;

/**
 * Replyguard on Kafka Streams: adds its processing to a {@link StreamsBuilder}
 * ({@link #addTo(StreamsBuilder)}) or builds a {@link Topology} ({@link #build()}).
 *
 * <ul>
 *   <li>Inbound posts ({@code advise} lines plus {@code brand}, or raw platform payloads with the
 *       header {@code replyguard-platform}) → channel advice and the redacted post, keyed by
 *       conversation id.</li>
 *   <li>Drafts ({@code check} lines plus {@code brand}) → verdicts, keyed by conversation id; the
 *       drafts are repartitioned by brand so that each brand's boilerplate memory (recently sent
 *       replies, kept as redacted text in a state store) sees every draft of the brand.</li>
 *   <li>Outage reports → repartitioned by brand and topic, counted in a window store, exactly one
 *       BROADCAST suggestion per burst.</li>
 *   <li>Sent replies joined with inbound posts per conversation: a post without a reply by its
 *       deadline (the brand's service level in business time) gives one {@code OVERDUE} event; a
 *       later reply gives {@code CLOSED}.</li>
 *   <li>Per-brand configuration from a compacted topic read as a global store, with the default
 *       configuration as fallback; invalid records are reported and ignored.</li>
 *   <li>Bad records → the dead-letter topic with the error (JSON Pointer, rule), never the
 *       content; processing goes on.</li>
 * </ul>
 *
 * <p>Run it with {@link #streamsConfig(String, String)}, whose processing guarantee is
 * {@code exactly_once_v2}. Immutable and thread-safe; one instance may be added to one builder.
 *
 * @since 0.2.0
 */
public final class ReplyguardTopology {
  private final Topics topics;
  private final ReplyguardConfig defaults;
  private final AdapterRegistry adapters;
  private final Clock clock;
  private final String defaultBrand;
  private final Duration burstGrace;
  private final Duration burstRetention;
  private final Duration overdueInterval;
  private final Duration overdueRetention;
  private final boolean inMemoryState;

  private ReplyguardTopology(Builder b) {
    this.topics = b.topics;
    this.defaults = b.defaults;
    this.adapters = b.adapters == null ? AdapterRegistry.installed() : b.adapters;
    this.clock = b.clock;
    this.defaultBrand = b.defaultBrand;
    this.burstGrace = b.burstGrace;
    this.burstRetention = b.burstRetention;
    this.overdueInterval = b.overdueInterval;
    this.overdueRetention = b.overdueRetention;
    this.inMemoryState = b.inMemoryState;
  }

  /**
   * Starts a builder: default topics, the embedded default configuration, the installed adapters.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Streams properties for this topology: string key and value serdes, processing guarantee
   * {@code exactly_once_v2} (each input's outputs and state changes are committed atomically, so
   * a crash loses and duplicates nothing), {@code read_committed} consumers. Callers may change
   * anything afterwards (threads, replication, standby replicas).
   *
   * @param applicationId the application id (consumer group, state directory, internal topics),
   *     not null
   * @param bootstrapServers the brokers, not null
   * @return new properties
   */
  public static Properties streamsConfig(String applicationId, String bootstrapServers) {
    Properties p = new Properties();
    p.put(StreamsConfig.APPLICATION_ID_CONFIG, Objects.requireNonNull(applicationId,
        "applicationId"));
    p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers,
        "bootstrapServers"));
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
    p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    return p;
  }

  /**
   * The topic names.
   *
   * @return the topics
   */
  public Topics topics() {
    return topics;
  }

  /**
   * Builds a topology with only Replyguard's processing.
   *
   * @return a new topology
   */
  public Topology build() {
    StreamsBuilder b = new StreamsBuilder();
    addTo(b);
    return b.build();
  }

  /**
   * Adds Replyguard's sources, processors, stores and sinks to a builder. Processor, store and
   * internal topic names start with {@code replyguard-}.
   *
   * @param builder not null
   * @return the builder
   * @throws org.apache.kafka.streams.errors.TopologyException when the builder already has a
   *     source for one of the input topics
   */
  public StreamsBuilder addTo(StreamsBuilder builder) {
    Objects.requireNonNull(builder, "builder");
    Function<ReplyguardConfig, Replyguard> factory = c -> Replyguard.builder().config(c)
        .adapters(adapters).clock(clock).build();
    Engines shared = new Engines(defaults, factory, e -> e, true);
    Wiring w = new Wiring(topics.advice(), topics.redactedPosts(), topics.verdicts(),
        topics.broadcasts(), topics.overdue(), topics.deadLetters(), defaultBrand, defaults,
        factory, shared, new Engines(defaults, factory, e -> e, false), burstGrace,
        overdueInterval, overdueRetention);
    Serde<String> s = Serdes.String();
    Serde<Out> out = Serdes.serdeFrom(new Out.JsonSerializer(), (Deserializer<Out>) (t, d) -> {
      throw new UnsupportedOperationException("outputs are written, never read");
    });
    Produced<String, Out> produced = Produced.with(s, out);
    TopicNameExtractor<String, Out> topic = (k, v, rc) -> v.topic();

    builder.addGlobalStore(Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(Wiring.CONFIG_STORE), s, s).withLoggingDisabled(),
        topics.config(), Consumed.with(s, s).withName("replyguard-config-source"),
        () -> new ConfigUpdater(w));
    builder.addStateStore(Stores.keyValueStoreBuilder(kv(Wiring.BURST_STATE), s, s));
    builder.addStateStore(Stores.windowStoreBuilder(window(), s, s));
    builder.addStateStore(Stores.keyValueStoreBuilder(kv(Wiring.SENT_REPLIES), s, s));
    builder.addStateStore(Stores.keyValueStoreBuilder(kv(Wiring.PENDING_STORE), s, s));
    builder.addStateStore(Stores.keyValueStoreBuilder(kv(Wiring.DEADLINES), s, s));

    KStream<String, Out> inbound = builder.stream(topics.posts(),
            Consumed.with(s, s).withName("replyguard-posts-source"))
        .process(() -> new InboundProcessor(w), Named.as("replyguard-inbound"));
    KStream<String, Out> sent = builder.stream(topics.sentReplies(),
            Consumed.with(s, s).withName("replyguard-sent-source"))
        .process(() -> new SentReplyProcessor(w), Named.as("replyguard-sent"));
    KStream<String, Out> drafts = builder.stream(topics.drafts(),
            Consumed.with(s, s).withName("replyguard-drafts-source"))
        .process(() -> new DraftRouter(w), Named.as("replyguard-drafts"));

    inbound.filter((k, v) -> !Wiring.internal(v), Named.as("replyguard-inbound-outputs"))
        .to(topic, produced.withName("replyguard-inbound-sink"));
    sent.filter((k, v) -> !Wiring.internal(v), Named.as("replyguard-sent-outputs"))
        .to(topic, produced.withName("replyguard-sent-sink"));
    drafts.filter((k, v) -> !Wiring.internal(v), Named.as("replyguard-drafts-outputs"))
        .to(topic, produced.withName("replyguard-drafts-sink"));

    route(inbound, Wiring.BURST, "replyguard-bursts")
        .repartition(Repartitioned.with(s, s).withName("replyguard-bursts"))
        .process(() -> new BurstProcessor(w), Named.as("replyguard-burst"),
            Wiring.BURST_REPORTS, Wiring.BURST_STATE)
        .to(topic, produced.withName("replyguard-burst-sink"));

    route(inbound, Wiring.PENDING, "replyguard-pending")
        .merge(route(sent, Wiring.SENT, "replyguard-replied"), Named.as("replyguard-first-response-in"))
        .process(() -> new FirstResponseProcessor(w), Named.as("replyguard-first-response"),
            Wiring.PENDING_STORE, Wiring.DEADLINES)
        .to(topic, produced.withName("replyguard-first-response-sink"));

    route(drafts, Wiring.BY_BRAND, "replyguard-drafts-by-brand")
        .merge(route(sent, Wiring.BY_BRAND, "replyguard-sent-by-brand"),
            Named.as("replyguard-by-brand-in"))
        .repartition(Repartitioned.with(s, s).withName("replyguard-by-brand"))
        .process(() -> new DraftProcessor(w), Named.as("replyguard-check"), Wiring.SENT_REPLIES)
        .to(topic, produced.withName("replyguard-check-sink"));
    return builder;
  }

  private static KStream<String, String> route(KStream<String, Out> from, String route,
      String name) {
    return from.filter((k, v) -> v.topic().equals(route), Named.as(name))
        .mapValues(Out::json, Named.as(name + "-json"));
  }

  private KeyValueBytesStoreSupplier kv(String name) {
    return inMemoryState ? Stores.inMemoryKeyValueStore(name) : Stores.persistentKeyValueStore(name);
  }

  private WindowBytesStoreSupplier window() {
    Duration size = Duration.ofMinutes(1);
    return inMemoryState
        ? Stores.inMemoryWindowStore(Wiring.BURST_REPORTS, burstRetention, size, true)
        : Stores.persistentWindowStore(Wiring.BURST_REPORTS, burstRetention, size, true);
  }

  @Override
  public String toString() {
    return "ReplyguardTopology[topics=" + topics + ", defaultBrand=" + defaultBrand + "]";
  }

  /** Builds {@link ReplyguardTopology} instances; validates each argument at once. Not thread-safe. */
  public static final class Builder {
    private Topics topics = Topics.defaults();
    private ReplyguardConfig defaults = ReplyguardConfig.defaults();
    private AdapterRegistry adapters;
    private Clock clock = Clock.systemUTC();
    private String defaultBrand = "default";
    private Duration burstGrace = Duration.ofMinutes(5);
    private Duration burstRetention = Duration.ofHours(2);
    private Duration overdueInterval = Duration.ofSeconds(30);
    private Duration overdueRetention = Duration.ofDays(30);
    private boolean inMemoryState;

    private Builder() {}

    /**
     * The topic names (default {@link Topics#defaults()}).
     *
     * @param value not null
     * @return this builder
     */
    public Builder topics(Topics value) {
      this.topics = Objects.requireNonNull(value, "topics");
      return this;
    }

    /**
     * The configuration of brands without a record in the config topic, and the base that a
     * brand's partial record is merged onto (default: the embedded default).
     *
     * @param value not null
     * @return this builder
     */
    public Builder defaultConfig(ReplyguardConfig value) {
      this.defaults = Objects.requireNonNull(value, "defaultConfig");
      return this;
    }

    /**
     * The platform adapters (default: the installed ones).
     *
     * @param value not null
     * @return this builder
     */
    public Builder adapters(AdapterRegistry value) {
      this.adapters = Objects.requireNonNull(value, "adapters");
      return this;
    }

    /**
     * The engines' clock for drafts without {@code now} (default: system UTC).
     *
     * @param value not null
     * @return this builder
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /**
     * The brand of records that name none (default {@code "default"}).
     *
     * @param value not blank
     * @return this builder
     */
    public Builder defaultBrand(String value) {
      Objects.requireNonNull(value, "defaultBrand");
      if (value.isBlank() || value.indexOf('|') >= 0 || value.indexOf('\u0000') >= 0) {
        throw new IllegalArgumentException("default brand must not be blank or contain '|' or NUL");
      }
      this.defaultBrand = value;
      return this;
    }

    /**
     * How far behind the stream time an outage report may be and still count (default 5
     * minutes); older reports are late and ignored.
     *
     * @param value not negative
     * @return this builder
     */
    public Builder burstGrace(Duration value) {
      Objects.requireNonNull(value, "burstGrace");
      if (value.isNegative()) {
        throw new IllegalArgumentException("burst grace must not be negative");
      }
      this.burstGrace = value;
      return this;
    }

    /**
     * How long outage reports are kept (default 2 hours); must cover the longest
     * {@code burst.window} of any brand plus the grace period.
     *
     * @param value positive
     * @return this builder
     */
    public Builder burstRetention(Duration value) {
      Objects.requireNonNull(value, "burstRetention");
      if (value.isNegative() || value.isZero() || value.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("burst retention must be at least one minute");
      }
      this.burstRetention = value;
      return this;
    }

    /**
     * How often, in wall-clock time, posts past their first-response deadline are looked for
     * (default 30 seconds).
     *
     * @param value positive
     * @return this builder
     */
    public Builder overdueCheckInterval(Duration value) {
      Objects.requireNonNull(value, "overdueCheckInterval");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("overdue check interval must be positive");
      }
      this.overdueInterval = value;
      return this;
    }

    /**
     * How long after its deadline an unanswered post stays tracked (default 30 days). A reply
     * within that time still closes it with a {@code CLOSED} event; when the time is up the post
     * is dropped from the state stores with one {@code EXPIRED} event, so that posts nobody
     * answers do not grow the stores without bound.
     *
     * @param value at least one minute
     * @return this builder
     * @since 0.2.0
     */
    public Builder overdueRetention(Duration value) {
      Objects.requireNonNull(value, "overdueRetention");
      if (value.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException("overdue retention must be at least one minute");
      }
      this.overdueRetention = value;
      return this;
    }

    /**
     * Whether the state stores are in memory (restored from their changelogs on start) instead of
     * RocksDB (default false: RocksDB).
     *
     * @param value true for in-memory stores
     * @return this builder
     */
    public Builder inMemoryState(boolean value) {
      this.inMemoryState = value;
      return this;
    }

    /**
     * Builds the topology description.
     *
     * @return the topology
     * @throws IllegalArgumentException when the burst retention does not cover the default
     *     configuration's burst window plus the grace period
     */
    public ReplyguardTopology build() {
      if (burstRetention.compareTo(defaults.burst().window().plus(burstGrace)) < 0) {
        throw new IllegalArgumentException("burst retention " + burstRetention
            + " must cover the burst window " + defaults.burst().window() + " plus the grace "
            + burstGrace);
      }
      return new ReplyguardTopology(this);
    }
  }
}
