package io.replyguard.facebook;

import java.util.List;
import java.util.Objects;

/**
 * A successful Graph API response. The body may contain personal data: {@link #toString()} shows
 * only its length.
 *
 * <p>Immutable and thread-safe.
 *
 * @param httpStatus the HTTP status (2xx)
 * @param body the JSON body, not null (e.g. {@code {"id":"…"}} for a created comment)
 * @param usage the usage figures parsed from the rate-limit headers, not null, copied
 *
 * @since 0.1.0
 */
public record GraphResponse(int httpStatus, String body, List<GraphUsage> usage) {

  /**
   * Validates and copies the components.
   *
   * @param httpStatus the HTTP status (2xx)
   * @param body the JSON body, not null (e.g. {@code {"id":"…"}} for a created comment)
   * @param usage the usage figures parsed from the rate-limit headers, not null, copied
   */
  public GraphResponse {
    Objects.requireNonNull(body, "body");
    usage = List.copyOf(Objects.requireNonNull(usage, "usage"));
  }

  @Override
  public String toString() {
    return "GraphResponse[httpStatus=" + httpStatus + ", body=<" + body.length() + " chars>, usage="
        + usage + "]";
  }
}
