/**
 * Facebook Pages and Messenger adapter. {@link io.replyguard.facebook.FacebookAdapter} implements
 * the {@link io.replyguard.spi.PlatformAdapter} SPI (parsing webhook bodies, mapping drafts to Graph
 * API requests, measuring text, platform policy); {@link io.replyguard.facebook.GraphClient} sends
 * those requests and maps the Graph error envelope to
 * {@link io.replyguard.facebook.FacebookApiException} and its subclasses.
 *
 * <pre>{@code
 * FacebookAdapter facebook = new FacebookAdapter();
 * GraphClient graph = GraphClient.builder().apiVersion("v21.0").build();
 * for (Message m : facebook.parse(webhookBody)) {
 *   Draft draft = Draft.of(replyText, Platform.FACEBOOK, Visibility.PRIVATE).inReplyTo(m);
 *   if (facebook.policy(draft, Instant.now()).isEmpty()) {
 *     graph.send(facebook.replyRequest(draft), pageAccessToken);
 *   }
 * }
 * }</pre>
 */
package io.replyguard.facebook;
