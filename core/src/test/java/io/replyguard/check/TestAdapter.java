package io.replyguard.check;

import io.replyguard.model.Draft;
import io.replyguard.model.Finding;
import io.replyguard.model.Message;
import io.replyguard.model.Platform;
import io.replyguard.model.Visibility;
import io.replyguard.spi.OutboundRequest;
import io.replyguard.spi.PlatformAdapter;
import io.replyguard.spi.TextLength;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A test double for a platform adapter: counts code points against a public and a private limit
 * and reports the policy findings a function gives.
 */
final class TestAdapter implements PlatformAdapter {
  private final Platform platform;
  private final int publicLimit;
  private final int privateLimit;
  private final BiFunction<Draft, Instant, List<Finding>> policy;

  TestAdapter(Platform platform, int publicLimit, int privateLimit,
      BiFunction<Draft, Instant, List<Finding>> policy) {
    this.platform = platform;
    this.publicLimit = publicLimit;
    this.privateLimit = privateLimit;
    this.policy = policy;
  }

  TestAdapter(Platform platform) {
    this(platform, 280, 10_000, (d, n) -> List.of());
  }

  @Override
  public Platform platform() {
    return platform;
  }

  @Override
  public TextLength measure(String text, Visibility visibility) {
    int limit = visibility == Visibility.PUBLIC ? publicLimit : privateLimit;
    int count = 0;
    int validEnd = text.length();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      count++;
      int next = i + Character.charCount(cp);
      if (count == limit + 1) {
        validEnd = i;
      }
      i = next;
    }
    return new TextLength(count, limit, count > limit ? validEnd : text.length(), text.length());
  }

  @Override
  public List<Message> parse(String json) {
    throw new UnsupportedOperationException("not needed by the draft checks");
  }

  @Override
  public OutboundRequest replyRequest(Draft draft) {
    throw new UnsupportedOperationException("not needed by the draft checks");
  }

  @Override
  public Optional<OutboundRequest> hideRequest(Message original) {
    return Optional.empty();
  }

  @Override
  public List<Finding> policy(Draft draft, Instant now) {
    return policy.apply(draft, now);
  }
}
