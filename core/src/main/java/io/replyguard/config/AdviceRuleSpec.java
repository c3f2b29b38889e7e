package io.replyguard.config;

import static io.replyguard.internal.Checks.requireArgument;

import io.replyguard.internal.Checks;
import io.replyguard.model.Action;
import io.replyguard.model.Channel;
import io.replyguard.model.Intent;
import io.replyguard.model.PiiType;
import io.replyguard.model.Priority;
import io.replyguard.model.Visibility;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A declarative advice rule: conditions on an inbound message and what to advise when all hold.
 * A rule with the id of a built-in rule replaces it.
 *
 * <p>JSON form: {@code {"id": "acme.vip", "precedence": 50, "when": {"intents": ["COMPLAINT"],
 * "piiTypes": [], "visibility": "PUBLIC", "platforms": ["twitter"], "minFollowers": 10000,
 * "keywords": ["#fail"]}, "then": {"channel": "PRIVATE_MESSAGE", "actions": ["ESCALATE"],
 * "priority": "HIGH"}, "message": "…"}}. Conditions that are absent always hold; lists hold when
 * any element matches.
 *
 * @param id unique rule id, not blank
 * @param precedence higher wins when rules disagree on the channel or priority
 * @param intents any of these intents, or empty for any; copied
 * @param piiTypes any of these PII types found, or empty for any; copied
 * @param visibility this visibility, if given
 * @param platforms any of these platform ids, or empty for any; copied
 * @param minFollowers author reach at least this, if given
 * @param keywords any of these keywords (case-insensitive), or empty for any; copied
 * @param channel the channel to advise, if any
 * @param actions the actions to add; copied
 * @param priority the priority to advise, if any
 * @param message the reason's sentence, not blank
 *
 * @since 0.1.0
 */
public record AdviceRuleSpec(String id, int precedence, List<Intent> intents,
    List<PiiType> piiTypes, Optional<Visibility> visibility, List<String> platforms,
    OptionalLong minFollowers, List<String> keywords, Optional<Channel> channel,
    List<Action> actions, Optional<Priority> priority, String message) {

  /**
   * Validates and copies the components.
   *
   * @param id unique rule id, not blank
   * @param precedence higher wins when rules disagree on the channel or priority
   * @param intents any of these intents, or empty for any; copied
   * @param piiTypes any of these PII types found, or empty for any; copied
   * @param visibility this visibility, if given
   * @param platforms any of these platform ids, or empty for any; copied
   * @param minFollowers author reach at least this, if given
   * @param keywords any of these keywords (case-insensitive), or empty for any; copied
   * @param channel the channel to advise, if any
   * @param actions the actions to add; copied
   * @param priority the priority to advise, if any
   * @param message the reason's sentence, not blank
   */
  public AdviceRuleSpec {
    Checks.requireNonBlank(id, "id");
    intents = List.copyOf(Objects.requireNonNull(intents, "intents"));
    piiTypes = List.copyOf(Objects.requireNonNull(piiTypes, "piiTypes"));
    Objects.requireNonNull(visibility, "visibility");
    platforms = List.copyOf(Objects.requireNonNull(platforms, "platforms"));
    Objects.requireNonNull(minFollowers, "minFollowers");
    keywords = List.copyOf(Objects.requireNonNull(keywords, "keywords"));
    Objects.requireNonNull(channel, "channel");
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    Objects.requireNonNull(priority, "priority");
    Checks.requireNonBlank(message, "message");
    requireArgument(channel.isPresent() || !actions.isEmpty() || priority.isPresent(),
        "advice rule '%s' needs at least one of channel, actions and priority", id);
    requireArgument(minFollowers.isEmpty() || minFollowers.getAsLong() >= 0,
        "minFollowers of advice rule '%s' must not be negative", id);
  }
}
