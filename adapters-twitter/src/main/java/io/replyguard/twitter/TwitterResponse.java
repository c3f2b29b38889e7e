package io.replyguard.twitter;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A successful X API response. {@code data} may contain the posted text, so {@link #toString()}
 * shows only the status, the rate limit and the problem count.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status the HTTP status (2xx)
 * @param data the response's {@code data} member as JSON text, if present
 * @param fields the scalar members of {@code data} (e.g. {@code id}, {@code dm_event_id},
 *     {@code dm_conversation_id}, {@code hidden}) as text; not null
 * @param problems partial errors the API reported in {@code errors[]}; not null
 * @param rateLimit the rate-limit state reported with the response, if the headers were present
 *
 * @since 0.1.0
 */
public record TwitterResponse(int status, Optional<String> data, Map<String, String> fields,
    List<ApiProblem> problems, Optional<RateLimit> rateLimit) {

  /**
   * Validates and copies the components.
   *
   * @param status the HTTP status (2xx)
   * @param data the response's {@code data} member as JSON text, if present
   * @param fields the scalar members of {@code data} (e.g. {@code id}, {@code dm_event_id},     {@code dm_conversation_id}, {@code hidden}) as text; not null
   * @param problems partial errors the API reported in {@code errors[]}; not null
   * @param rateLimit the rate-limit state reported with the response, if the headers were present
   */
  public TwitterResponse {
    Objects.requireNonNull(data, "data");
    fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    Objects.requireNonNull(rateLimit, "rateLimit");
  }

  /**
   * A scalar member of {@code data}.
   *
   * @param name the member name, not null
   * @return its value as text, if present and scalar
   */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(Objects.requireNonNull(name, "name")));
  }

  @Override
  public String toString() {
    return "TwitterResponse[status=" + status + ", data=" + (data.isPresent() ? "present" : "none")
        + ", problems=" + problems.size() + ", rateLimit=" + rateLimit.map(RateLimit::toString)
            .orElse("none") + "]";
  }
}
