package io.replyguard.model;

import static io.replyguard.internal.Checks.requireArgument;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Where an inbound message should be answered and what to do first, with the reasons.
 *
 * <p>Immutable and thread-safe.
 *
 * @param intents the recognised intents, strongest first; never empty ({@link Intent#OTHER} at least)
 * @param channel the channel the matter belongs on, not null
 * @param actions the actions to take, not null (copied, iteration in enum order)
 * @param priority the handling priority, not null
 * @param pii the personal data found in the message, sorted, not null
 * @param reasons the rules that decided, in the order they were applied; never empty
 *
 * @since 0.1.0
 */
public record Advice(List<Intent> intents, Channel channel, Set<Action> actions,
    Priority priority, List<PiiFinding> pii, List<Reason> reasons) {

  /**
   * Validates and copies the components.
   *
   * @param intents the recognised intents, strongest first; never empty ({@link Intent#OTHER} at least)
   * @param channel the channel the matter belongs on, not null
   * @param actions the actions to take, not null (copied, iteration in enum order)
   * @param priority the handling priority, not null
   * @param pii the personal data found in the message, sorted, not null
   * @param reasons the rules that decided, in the order they were applied; never empty
   */
  public Advice {
    intents = List.copyOf(Objects.requireNonNull(intents, "intents"));
    requireArgument(!intents.isEmpty(), "intents must not be empty");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(actions, "actions");
    actions = actions.isEmpty()
        ? Set.of()
        : java.util.Collections.unmodifiableSet(EnumSet.copyOf(actions));
    Objects.requireNonNull(priority, "priority");
    pii = List.copyOf(Objects.requireNonNull(pii, "pii"));
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    requireArgument(!reasons.isEmpty(), "reasons must not be empty");
  }
}
