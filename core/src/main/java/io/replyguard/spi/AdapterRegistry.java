package io.replyguard.spi;

import io.replyguard.model.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The platform adapters an engine uses, at most one per platform.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}: adapters found by the
 * {@link ServiceLoader} ({@link Builder#loadInstalled()}) and adapters registered by hand
 * ({@link Builder#register}) are combined; two adapters for one platform are an
 * {@link IllegalStateException} naming both classes.
 *
 * @since 0.1.0
 */
public final class AdapterRegistry {
  private final Map<Platform, PlatformAdapter> adapters;

  private AdapterRegistry(Map<Platform, PlatformAdapter> adapters) {
    this.adapters = Map.copyOf(adapters);
  }

  /**
   * A registry of all adapters installed on the class path or module path.
   *
   * @return the registry
   * @throws IllegalStateException when two installed adapters serve one platform
   */
  public static AdapterRegistry installed() {
    return builder().loadInstalled().build();
  }

  /**
   * A registry without adapters.
   *
   * @return the empty registry
   */
  public static AdapterRegistry empty() {
    return new AdapterRegistry(Map.of());
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The adapter for a platform.
   *
   * @param platform not null
   * @return the adapter
   * @throws IllegalStateException when no adapter serves the platform, naming the installed ones
   */
  public PlatformAdapter require(Platform platform) {
    PlatformAdapter adapter = adapters.get(Objects.requireNonNull(platform, "platform"));
    if (adapter == null) {
      throw new IllegalStateException("no adapter for platform '" + platform
          + "'; installed: " + new TreeMap<>(describe(adapters.values()))
          + " (add replyguard-adapters-" + platform + " as a dependency or register one)");
    }
    return adapter;
  }

  /**
   * The adapter for a platform, if any.
   *
   * @param platform not null
   * @return the adapter or empty
   */
  public Optional<PlatformAdapter> find(Platform platform) {
    return Optional.ofNullable(adapters.get(Objects.requireNonNull(platform, "platform")));
  }

  /**
   * The platforms served.
   *
   * @return the platform ids, sorted
   */
  public List<String> platforms() {
    return adapters.keySet().stream().map(Platform::id).sorted().collect(Collectors.toList());
  }

  /**
   * A copy in which one platform's adapter is replaced by the given one.
   *
   * @param adapter not null
   * @return the new registry
   */
  public AdapterRegistry replacing(PlatformAdapter adapter) {
    Map<Platform, PlatformAdapter> copy = new LinkedHashMap<>(adapters);
    copy.put(adapter.platform(), adapter);
    return new AdapterRegistry(copy);
  }

  private static Map<String, String> describe(Collection<PlatformAdapter> list) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PlatformAdapter a : list) {
      out.put(a.platform().id(), a.getClass().getName());
    }
    return out;
  }

  @Override
  public String toString() {
    return "AdapterRegistry" + new TreeMap<>(describe(adapters.values()));
  }

  /** Builds {@link AdapterRegistry} instances. Not thread-safe. */
  public static final class Builder {
    private final List<PlatformAdapter> adapters = new ArrayList<>();

    private Builder() {}

    /**
     * Adds every adapter the {@link ServiceLoader} finds for the module graph (boot layer) and the
     * thread's context class loader.
     *
     * @return this builder
     */
    public Builder loadInstalled() {
      ServiceLoader<PlatformAdapter> loader = ServiceLoader.load(PlatformAdapter.class);
      for (PlatformAdapter adapter : loader) {
        adapters.add(adapter);
      }
      return this;
    }

    /**
     * Adds an adapter by hand.
     *
     * @param adapter not null
     * @return this builder
     */
    public Builder register(PlatformAdapter adapter) {
      adapters.add(Objects.requireNonNull(adapter, "adapter"));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     * @throws IllegalStateException when two adapters serve one platform, naming their classes
     */
    public AdapterRegistry build() {
      Map<Platform, PlatformAdapter> byPlatform = new LinkedHashMap<>();
      for (PlatformAdapter adapter : adapters) {
        Platform platform = Objects.requireNonNull(adapter.platform(),
            () -> adapter.getClass().getName() + ".platform() returned null");
        PlatformAdapter previous = byPlatform.putIfAbsent(platform, adapter);
        if (previous != null) {
          throw new IllegalStateException("two adapters for platform '" + platform + "': "
              + previous.getClass().getName() + " and " + adapter.getClass().getName()
              + "; remove one from the class path or register only one");
        }
      }
      return new AdapterRegistry(byPlatform);
    }
  }
}
