package io.replyguard.examples;

import com.sun.net.httpserver.HttpHandler;
import io.replyguard.facebook.FacebookAdapter;
import io.replyguard.facebook.FacebookWebhooks;
import io.replyguard.spi.ParsedPayload;
import io.replyguard.spi.PayloadException;
import io.replyguard.spi.WebhookCheck;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The README's webhook example: a plain {@code com.sun.net.httpserver} handler that answers Meta's
 * subscription handshake and parses only deliveries whose {@code X-Hub-Signature-256} matches.
 * {@code WebhookExampleTest} serves it on loopback; the lines between the {@code README} markers
 * are the README's snippet, character for character.
 */
public final class WebhookExample {
  private WebhookExample() {}

  /**
   * The handler.
   *
   * @param hooks the authenticator with the app secret and verify token
   * @param adapter the adapter that parses verified bodies
   * @param inbox receives what each verified delivery contained
   * @return the handler
   */
  public static HttpHandler handler(FacebookWebhooks hooks, FacebookAdapter adapter,
      Consumer<ParsedPayload> inbox) {
    // README:BEGIN
    HttpHandler handler = exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();   // the raw bytes, as signed
      WebhookCheck check = "GET".equals(exchange.getRequestMethod())
          ? hooks.subscribe(exchange.getRequestURI().getRawQuery())
          : hooks.verifyDelivery(body,
              exchange.getRequestHeaders().getFirst(FacebookWebhooks.SIGNATURE_HEADER));
      byte[] answer = new byte[0];
      if (check instanceof WebhookCheck.Challenge challenge) {
        exchange.getResponseHeaders().set("Content-Type", challenge.contentType());
        answer = challenge.body().getBytes(StandardCharsets.UTF_8);
      } else if (check instanceof WebhookCheck.Verified) {
        try {
          inbox.accept(adapter.parsePayload(new String(body, StandardCharsets.UTF_8)));
        } catch (PayloadException e) {
          // authentic but unreadable: log e.path(), still answer 200 (Meta would retry)
        }
      }   // WebhookCheck.Rejected: 400 or 403, body not parsed
      exchange.sendResponseHeaders(check.httpStatus(), answer.length == 0 ? -1 : answer.length);
      exchange.getResponseBody().write(answer);
      exchange.close();
    };
    // README:END
    return handler;
  }
}
