package io.replyguard.facebook;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts of a Graph error response. Internal: package-private.
 *
 * @param httpStatus the HTTP status
 * @param code the envelope's {@code code}, empty when there is no envelope
 * @param type the envelope's {@code type}
 * @param subcode the envelope's {@code error_subcode}
 * @param fbtraceId the envelope's {@code fbtrace_id}
 * @param platformMessage the envelope's {@code message} (may echo user content)
 */
record GraphError(int httpStatus, OptionalInt code, Optional<String> type, OptionalInt subcode,
    Optional<String> fbtraceId, Optional<String> platformMessage) {

  GraphError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subcode, "subcode");
    Objects.requireNonNull(fbtraceId, "fbtraceId");
    Objects.requireNonNull(platformMessage, "platformMessage");
  }

  /** A response without a usable envelope. */
  static GraphError withoutEnvelope(int httpStatus) {
    return new GraphError(httpStatus, OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
        Optional.empty(), Optional.empty());
  }

  /** code, subcode, type and trace id for exception messages; never the platform's message. */
  String describe() {
    StringBuilder sb = new StringBuilder("HTTP ").append(httpStatus);
    code.ifPresent(c -> sb.append(", code ").append(c));
    subcode.ifPresent(c -> sb.append(", subcode ").append(c));
    type.ifPresent(t -> sb.append(", type ").append(t));
    fbtraceId.ifPresent(t -> sb.append(", fbtrace_id ").append(t));
    return sb.toString();
  }
}
